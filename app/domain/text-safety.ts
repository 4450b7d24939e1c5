/** Text that can be stored and shown: no lone UTF-16 surrogates (SQLite's UTF-8 cannot hold them). */

/** True when `s` has no unpaired UTF-16 surrogate. */
export function isWellFormedText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return false;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** Path of the first string (key or value) in a JSON value that holds a lone surrogate, or null when all text is well formed. */
export function findMalformedText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return isWellFormedText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMalformedText(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (!isWellFormedText(k)) return [...path, k];
      const found = findMalformedText(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

/** The message every API gives for such text. */
export const MALFORMED_TEXT_MESSAGE = "text contains an unpaired UTF-16 surrogate (not valid Unicode)";
