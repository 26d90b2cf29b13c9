{{- define "demo-mcp.labels" -}}
app.kubernetes.io/name: demo-mcp
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end }}

{{- define "demo-mcp.selector" -}}
app.kubernetes.io/name: demo-mcp
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
