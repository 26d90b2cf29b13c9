module dot-ai-release.local/runtime-wrapper

go 1.24
