/**
 * The one rule for keeping a known secret out of text: every occurrence, raw or JSON-escaped (as it
 * appears in `--json` output), longest secret first (so one containing another is masked whole),
 * replaced by `***`. Used by the reporters, the process runner and the OCI client alike.
 */
export const MASK = '***';

export function maskSecrets(text: string, secrets: Iterable<string>): string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(MASK);
  return out;
}
