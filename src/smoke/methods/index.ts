import type { MethodKind, SmokeMethod } from '../types.js';
import { composeMethod } from './compose.js';
import { dockerMethod } from './docker.js';
import { helmMethod } from './helm.js';
import { kustomizeMethod } from './kustomize.js';
import { toolhiveMethod } from './toolhive.js';

/** One implementation per kind of method; a repository's own methods pick a kind and give their files. */
const METHODS: Record<MethodKind, SmokeMethod> = {
  docker: dockerMethod,
  compose: composeMethod,
  kustomize: kustomizeMethod,
  helm: helmMethod,
  toolhive: toolhiveMethod,
};

export function methodFor(kind: MethodKind): SmokeMethod {
  return METHODS[kind];
}
