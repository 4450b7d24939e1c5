/** Rough advance of one character of 11 px UI text: Latin ~6.2 px, CJK a full em. Enough to decide where to wrap. */
const LATIN_PX = 6.2;
const CJK_PX = 11;

/** Estimated width (px) of `text` at 11 px. */
export function textWidthPx(text: string): number {
  let px = 0;
  for (const ch of text) px += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? CJK_PX : LATIN_PX;
  return px;
}

/**
 * Splits a chart label into at most `maxLines` lines of at most `maxPx` (estimated at 11 px), breaking at spaces, or
 * between CJK characters; the last line is cut with "…" when the text does not fit.
 */
export function labelLines(text: string, maxPx: number, maxLines = 2): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && textWidthPx((line + token).trimEnd()) > maxPx) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidthPx(`${last}…`) > maxPx) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
