import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/mask.ts
var MASK = "***";
function maskSecrets(text, secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(MASK);
  return out;
}

export {
  MASK,
  maskSecrets
};
