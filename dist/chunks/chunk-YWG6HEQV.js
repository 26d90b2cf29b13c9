import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/escape.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
var UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
var UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`);
}
function visible(text) {
  return text.replace(UNSAFE, escapeChar);
}
function withoutWorkflowCommands(line) {
  const out = line.replace(/##\[/g, "##\\x5b");
  return /^\s*::/.test(out) ? out.replace(":", "\\x3a") : out;
}
function logLine(text) {
  return withoutWorkflowCommands(visible(text));
}
function commandText(text) {
  return visible(text).replace(/##\[/g, "##\\x5b");
}
function logLines(text) {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeChar).split("\n").map(withoutWorkflowCommands).join("\n");
}
function jsonText(value) {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/##\[/g, "##\\u005b");
}
var Markdown = class {
  constructor(source) {
    this.source = source;
  }
  source;
  toString() {
    return this.source;
  }
};
function mdText(text) {
  const escaped = visible(text).replace(/[\\`*_[\]<>~&$]/g, "\\$&");
  if (/^\d+[.)]/.test(escaped)) return escaped.replace(/^(\d+)([.)])/, "$1\\$2");
  return /^[#+=-]/.test(escaped) ? `\\${escaped}` : escaped;
}
function mdCode(text) {
  const body = visible(text);
  if (body === "") return "";
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function mdCodeBlock(text, language = "") {
  const body = text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}
${body}
${fence}`;
}
var md = {
  text: (text) => new Markdown(mdText(text)),
  code: (text) => new Markdown(mdCode(text)),
  codeBlock: (text, language = "") => new Markdown(mdCodeBlock(text, language)),
  /** Markdown written by our own code (headings, our own words): not escaped. */
  raw: (source) => new Markdown(source)
};
function markdownTable(header, rows) {
  const cell = (c) => (c instanceof Markdown ? c.source : mdText(c)).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  return [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)
  ].join("\n");
}
function cliInputNames(message, options) {
  if (!message.includes("input")) return message;
  const names = [...options].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!names.length) return message;
  const name = `(?:${names.join("|")})(?![\\w-])`;
  const list = new RegExp(`\\binputs? (${name}(?:(?:, | and | or )${name})*)`, "g");
  return message.replace(list, (_all, group) => group.replace(new RegExp(name, "g"), (n) => `--${n}`));
}

export {
  visible,
  logLine,
  commandText,
  logLines,
  jsonText,
  mdText,
  mdCode,
  mdCodeBlock,
  md,
  markdownTable,
  cliInputNames
};
