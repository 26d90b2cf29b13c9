/**
 * JSON Schemas for custom resources that no npm package carries with strict field checks.
 *
 * ToolHive `MCPServer` (toolhive.stacklok.dev/v1beta1): written by hand from the fields the
 * ToolHive operator's CRD documents for `spec` (toolhive.stacklok.dev_mcpservers.yaml, v1beta1).
 * Fields whose inner structure we do not check are typed as open objects; every spec field name
 * is checked, so a misspelt field fails. `podTemplateSpec` is free-form in the CRD too
 * (x-kubernetes-preserve-unknown-fields).
 */
import type { JsonSchema } from './kube-api-schemas.js';

const str = { type: 'string' };
const port = { type: 'integer', minimum: 1, maximum: 65535 };
const nameRef = (extra: Record<string, JsonSchema> = {}, required = ['name']): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties: { name: str, ...extra },
});
const openObject = { type: 'object' };

const metadata: JsonSchema = {
  type: 'object',
  properties: {
    name: str,
    namespace: str,
    labels: { type: 'object', additionalProperties: str },
    annotations: { type: 'object', additionalProperties: str },
  },
};

export const MCPSERVER_V1BETA1_SCHEMA: JsonSchema = {
  $id: 'toolhive-mcpserver-v1beta1',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'toolhive.stacklok.dev/v1beta1' },
    kind: { const: 'MCPServer' },
    metadata,
    status: openObject,
    spec: {
      type: 'object',
      additionalProperties: false,
      required: ['image'],
      properties: {
        image: { type: 'string', minLength: 1 },
        transport: { enum: ['stdio', 'streamable-http', 'sse'] },
        proxyMode: { enum: ['sse', 'streamable-http'] },
        proxyPort: port,
        mcpPort: port,
        args: { type: 'array', items: str },
        env: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['name', 'value'], properties: { name: str, value: str } },
        },
        secrets: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'key'],
            properties: { name: str, key: str, targetEnvName: str },
          },
        },
        volumes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'hostPath', 'mountPath'],
            properties: { name: str, hostPath: str, mountPath: str, readOnly: { type: 'boolean' } },
          },
        },
        resources: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            ['limits', 'requests'].map((k) => [k, { type: 'object', additionalProperties: false, properties: { cpu: str, memory: str } }]),
          ),
        },
        permissionProfile: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'type'],
          properties: { type: { enum: ['builtin', 'configmap'] }, name: str, key: str },
        },
        podTemplateSpec: openObject,
        replicas: { type: 'integer', minimum: 0 },
        backendReplicas: { type: 'integer', minimum: 0 },
        serviceAccount: str,
        sessionAffinity: { enum: ['ClientIP', 'None'] },
        sessionStorage: openObject,
        endpointPrefix: str,
        trustProxyHeaders: { type: 'boolean' },
        proxyReadTimeout: str,
        proxyWriteTimeout: str,
        audit: { type: 'object', additionalProperties: false, properties: { enabled: { type: 'boolean' } } },
        authServerRef: nameRef({ kind: { enum: ['MCPExternalAuthConfig'] } }, ['kind', 'name']),
        authzConfig: openObject,
        externalAuthConfigRef: nameRef(),
        groupRef: nameRef(),
        oidcConfigRef: nameRef({ audience: str, resourceUrl: str, scopes: { type: 'array', items: str } }, ['audience', 'name']),
        telemetryConfigRef: nameRef({ serviceName: str }),
        toolConfigRef: nameRef(),
        webhookConfigRef: nameRef(),
        rateLimiting: openObject,
        resourceOverrides: openObject,
      },
    },
  },
};
