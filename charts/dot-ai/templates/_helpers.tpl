{{/*
Names. Kubernetes names are limited to 63 characters (DNS label), so everything is cut there.
*/}}
{{- define "dot-ai.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "dot-ai.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Name of the bundled Qdrant objects (leaves room for the "-headless" suffix). */}}
{{- define "dot-ai.qdrant.fullname" -}}
{{- printf "%s-qdrant" (include "dot-ai.fullname" . | trunc 45 | trimSuffix "-") }}
{{- end }}

{{/* Cluster-scoped objects (ClusterRole/Binding) carry the namespace so two releases with the same name do not collide. */}}
{{- define "dot-ai.clusterScopedName" -}}
{{- printf "%s-%s" .Release.Namespace (include "dot-ai.fullname" .) }}
{{- end }}

{{- define "dot-ai.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels. Call with (dict "ctx" $ "component" "server").
The selector labels (name, instance, component) never change between upgrades: a Deployment's
selector is immutable.
*/}}
{{- define "dot-ai.selectorLabels" -}}
app.kubernetes.io/name: {{ include "dot-ai.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "dot-ai.labels" -}}
helm.sh/chart: {{ include "dot-ai.chart" .ctx }}
{{ include "dot-ai.selectorLabels" . }}
app.kubernetes.io/version: {{ .version | default .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: dot-ai
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
{{- end }}

{{/* dot-ai image reference: the tag defaults to appVersion; a digest pins it further. */}}
{{- define "dot-ai.image" -}}
{{- $ref := printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- if .Values.image.digest }}
{{- $ref = printf "%s@%s" $ref .Values.image.digest }}
{{- end }}
{{- $ref }}
{{- end }}

{{/* The agentic-tools plugin: its object names, image, and the URL dot-ai finds it at. */}}
{{- define "dot-ai.plugin.fullname" -}}
{{- printf "%s-agentic-tools" (include "dot-ai.fullname" . | trunc 48 | trimSuffix "-") }}
{{- end }}

{{- define "dot-ai.plugin.image" -}}
{{- $img := index .Values.plugins "agentic-tools" "image" }}
{{- $ref := printf "%s:%s" $img.repository $img.tag }}
{{- if $img.digest }}
{{- $ref = printf "%s@%s" $ref $img.digest }}
{{- end }}
{{- $ref }}
{{- end }}

{{- define "dot-ai.plugin.enabled" -}}
{{- if (index .Values.plugins "agentic-tools" "enabled") }}true{{ end }}
{{- end }}

{{/* /etc/dot-ai/plugins.json: the plugins dot-ai discovers at start (compact JSON, as dot-ai's chart writes it). */}}
{{- define "dot-ai.pluginsJson" -}}
{{- $list := list }}
{{- if include "dot-ai.plugin.enabled" . }}
{{- $list = append $list (dict "name" "agentic-tools" "url" (printf "http://%s:%v" (include "dot-ai.plugin.fullname" .) (index .Values.plugins "agentic-tools" "port"))) }}
{{- end }}
{{- toJson $list }}
{{- end }}

{{/*
Where DOT_AI_AUTH_TOKEN comes from, as JSON {"name": secret, "key": key} for an explicit secretKeyRef,
or {} when the token, if any, arrives whole with secrets.existingSecret or secrets.extra (envFrom).
*/}}
{{- define "dot-ai.authTokenRef" -}}
{{- $a := .Values.secrets.auth }}
{{- if $a.existingSecret }}
{{- toJson (dict "name" $a.existingSecret "key" $a.keyName) }}
{{- else if $a.token }}
{{- toJson (dict "name" (printf "%s-auth" (include "dot-ai.fullname" .)) "key" $a.keyName) }}
{{- else }}{}{{- end }}
{{- end }}

{{/* True (non-empty) when some value gives dot-ai a token; otherwise it refuses every request. */}}
{{- define "dot-ai.hasAuthToken" -}}
{{- if or .Values.secrets.auth.token .Values.secrets.auth.existingSecret .Values.secrets.existingSecret (hasKey .Values.secrets.extra "DOT_AI_AUTH_TOKEN") }}true{{ end }}
{{- end }}

{{- define "dot-ai.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "dot-ai.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* Inline AI secrets given in values (the chart's Secret holds them). */}}
{{- define "dot-ai.inlineAiSecrets" -}}
{{- $s := dict }}
{{- with .Values.secrets.anthropicApiKey }}{{ $_ := set $s "ANTHROPIC_API_KEY" . }}{{ end }}
{{- with .Values.secrets.openaiApiKey }}{{ $_ := set $s "OPENAI_API_KEY" . }}{{ end }}
{{- with .Values.secrets.googleApiKey }}{{ $_ := set $s "GOOGLE_GENERATIVE_AI_API_KEY" . }}{{ end }}
{{- range $k, $v := .Values.secrets.extra }}{{ $_ := set $s $k $v }}{{ end }}
{{- toJson $s }}
{{- end }}

{{/*
Where the Qdrant API key comes from, as JSON {"name": secret, "key": key}, or {} when there is none.
The inline keys live in the chart's Secret under QDRANT_API_KEY.
*/}}
{{- define "dot-ai.qdrantApiKeyRef" -}}
{{- $q := .Values.qdrant }}
{{- if $q.enabled }}
{{- if $q.existingSecret }}
{{- toJson (dict "name" $q.existingSecret "key" $q.existingSecretKey) }}
{{- else if $q.apiKey }}
{{- toJson (dict "name" (include "dot-ai.fullname" .) "key" "QDRANT_API_KEY") }}
{{- else }}{}{{- end }}
{{- else }}
{{- if $q.external.existingSecret }}
{{- toJson (dict "name" $q.external.existingSecret "key" $q.external.existingSecretKey) }}
{{- else if $q.external.apiKey }}
{{- toJson (dict "name" (include "dot-ai.fullname" .) "key" "QDRANT_API_KEY") }}
{{- else }}{}{{- end }}
{{- end }}
{{- end }}

{{/* The inline Qdrant API key, if any (bundled or external). */}}
{{- define "dot-ai.inlineQdrantApiKey" -}}
{{- if .Values.qdrant.enabled }}{{ .Values.qdrant.apiKey }}{{ else }}{{ .Values.qdrant.external.apiKey }}{{ end }}
{{- end }}

{{- define "dot-ai.qdrantUrl" -}}
{{- if .Values.qdrant.enabled }}
{{- printf "http://%s.%s.svc:%v" (include "dot-ai.qdrant.fullname" .) .Release.Namespace .Values.qdrant.service.httpPort }}
{{- else }}
{{- .Values.qdrant.external.url }}
{{- end }}
{{- end }}

{{/* True (non-empty) when more than one dot-ai pod may run at once. */}}
{{- define "dot-ai.multiReplica" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) }}true{{ end }}
{{- end }}

{{/*
Cross-value checks that JSON Schema cannot express clearly. Included from every template that
depends on them, so `helm template` fails with one readable message.
*/}}
{{- define "dot-ai.validate" -}}
{{- if and .Values.ingress.enabled .Values.httpRoute.enabled }}
{{- fail "ingress.enabled and httpRoute.enabled are both true: choose one. Gateway API (httpRoute) is recommended; ingress-nginx is retired." }}
{{- end }}
{{- if and .Values.httpRoute.enabled (not .Values.httpRoute.parentRefs) }}
{{- fail "httpRoute.enabled is true but httpRoute.parentRefs is empty: name the Gateway the route attaches to." }}
{{- end }}
{{- if and .Values.secrets.existingSecret (ne (include "dot-ai.inlineAiSecrets" .) "{}") }}
{{- fail "secrets.existingSecret is set together with inline secrets (secrets.anthropicApiKey/openaiApiKey/googleApiKey/extra): use one or the other, never both." }}
{{- end }}
{{- if and .Values.secrets.auth.token .Values.secrets.auth.existingSecret }}
{{- fail "secrets.auth.token and secrets.auth.existingSecret are both set: use one or the other." }}
{{- end }}
{{- if and .Values.qdrant.enabled .Values.qdrant.apiKey .Values.qdrant.existingSecret }}
{{- fail "qdrant.apiKey and qdrant.existingSecret are both set: use one or the other." }}
{{- end }}
{{- if not .Values.qdrant.enabled }}
{{- if not .Values.qdrant.external.url }}
{{- fail "qdrant.enabled is false but qdrant.external.url is empty: set the URL of your Qdrant, or enable the bundled one." }}
{{- end }}
{{- if and .Values.qdrant.external.apiKey .Values.qdrant.external.existingSecret }}
{{- fail "qdrant.external.apiKey and qdrant.external.existingSecret are both set: use one or the other." }}
{{- end }}
{{- end }}
{{- if and .Values.autoscaling.enabled (lt (int .Values.autoscaling.maxReplicas) (int .Values.autoscaling.minReplicas)) }}
{{- fail "autoscaling.maxReplicas is lower than autoscaling.minReplicas." }}
{{- end }}
{{- if and .Values.autoscaling.enabled (eq (int .Values.autoscaling.targetCPUUtilizationPercentage) 0) (eq (int .Values.autoscaling.targetMemoryUtilizationPercentage) 0) }}
{{- fail "autoscaling.enabled is true but both targetCPUUtilizationPercentage and targetMemoryUtilizationPercentage are 0: set at least one." }}
{{- end }}
{{- end }}

{{/*
Egress rules to Qdrant (the bundled pods, or the external URL's port to externalQdrantCIDRs) and
to the Kubernetes API, shared by the dot-ai and plugin NetworkPolicies.
*/}}
{{- define "dot-ai.qdrantAndApiEgress" -}}
{{- $np := .Values.networkPolicy }}
{{- if .Values.qdrant.enabled }}
- ports:
    - port: {{ .Values.qdrant.service.httpPort }}
      protocol: TCP
    - port: {{ .Values.qdrant.service.grpcPort }}
      protocol: TCP
  to:
    - podSelector:
        matchLabels:
          {{- include "dot-ai.selectorLabels" (dict "ctx" . "component" "qdrant") | nindent 10 }}
{{- else }}
{{- /* The external Qdrant's port comes from its URL; without one, the scheme's default. */}}
{{- $u := urlParse .Values.qdrant.external.url }}
{{- $port := regexFind "[0-9]+$" (regexFind ":[0-9]+$" $u.host) }}
{{- if not $port }}{{ $port = ternary "443" "80" (eq $u.scheme "https") }}{{ end }}
- ports:
    - port: {{ $port }}
      protocol: TCP
  to:
    {{- range $np.externalQdrantCIDRs }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
{{- end }}
# The Kubernetes API: NetworkPolicy sees the API server endpoints (after the Service is
# translated), so they are allowed by CIDR and port.
- ports:
    {{- range $np.kubernetesApiPorts }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
  to:
    {{- range $np.kubernetesApiCIDRs }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
{{- end }}
