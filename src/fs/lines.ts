/** Line numbers of offsets in a file's text, for messages that name file and line. */

/** 1-based line of `offset` in `text`. Repeated calls on one text reuse its line index. */
export function lineAt(text: string, offset: number): number {
  if (lastIndexed?.text !== text) lastIndexed = { text, lineOf: lineIndex(text) };
  return lastIndexed.lineOf(offset);
}
let lastIndexed: { text: string; lineOf: (offset: number) => number } | undefined;

/**
 * Line numbers for many offsets of one text: the line starts are found once, then each lookup
 * is a binary search (calling `lineAt` per slot made a scan of 68,000 references quadratic).
 */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
