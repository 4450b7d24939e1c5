/** Levenshtein edit distance between two strings (by UTF-16 code unit; fine for codes and CJK names). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The candidate with the smallest edit distance to `value` (first on ties), with that distance. */
export function closest<T>(
  value: string,
  candidates: readonly T[],
  labels: (c: T) => readonly string[],
): { match: T; distance: number } | null {
  let best: { match: T; distance: number } | null = null;
  const v = value.trim().toLowerCase();
  for (const c of candidates) {
    for (const label of labels(c)) {
      const d = levenshtein(v, label.toLowerCase());
      if (!best || d < best.distance) best = { match: c, distance: d };
    }
  }
  return best;
}
