import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  booleanOption,
  configOverrides,
  loadConfig,
  parseBumpKind,
  parsePreid,
  parseReleaseVersion,
  repositoryRoot,
  stringOption,
  withDefaults
} from "./chunk-EPMUPLEO.js";
import {
  UserError
} from "./chunk-IXRSKL5H.js";

// src/version/inputs.ts
function parseVersionRequest(options) {
  const bumpInput = stringOption(options, "bump");
  const setInput = stringOption(options, "set");
  const preidInput = stringOption(options, "preid");
  if (bumpInput && setInput) throw new UserError("inputs bump and set: give one, not both");
  if (!bumpInput && !setInput) throw new UserError("input bump or set: one is required (e.g. --bump minor or --set 1.2.3)");
  const preid = preidInput === void 0 ? void 0 : parsePreid(preidInput, "input preid");
  if (preid && setInput) throw new UserError("input preid: only applies to bump, not to set");
  if (bumpInput) {
    const kind = parseBumpKind(bumpInput, "input bump");
    if (preid && !kind.startsWith("pre")) throw new UserError(`input preid: only applies to pre* bumps, not to ${kind}`);
    return { bump: kind, preid };
  }
  return { set: parseReleaseVersion(setInput, "input set") };
}
function parseChartVersion(options, config, request) {
  const chartInput = stringOption(options, "chart-version");
  const independent = config.chart?.versioning === "independent";
  if (chartInput && !independent) throw new UserError("input chart-version: only with chart-versioning independent (otherwise the chart version is the app version)");
  if (!chartInput && independent && "set" in request) throw new UserError("input chart-version: required with set when the chart is versioned independently");
  return chartInput ? parseReleaseVersion(chartInput, "input chart-version") : void 0;
}
function parseInputs(raw, config) {
  const options = withDefaults("version", raw);
  const loaded = config ?? loadConfig(repositoryRoot(options), configOverrides(options));
  const request = parseVersionRequest(options);
  return {
    config: loaded,
    request,
    chartVersion: parseChartVersion(options, loaded, request),
    allowDowngrade: booleanOption(options, "allow-downgrade"),
    dryRun: booleanOption(options, "dry-run")
  };
}
function parseCheckInputs(raw) {
  const options = withDefaults("check", raw);
  return { config: loadConfig(repositoryRoot(options), configOverrides(options)) };
}

export {
  parseVersionRequest,
  parseChartVersion,
  parseInputs,
  parseCheckInputs
};
