/**
 * Where to go after signing in: `next` parsed as a URL against this site and kept only when it stays on it, so
 * `//evil.example`, `/\evil.example`, `/%5Cevil.example` and `/<TAB>/evil.example` (URL parsers drop tabs and read
 * backslashes as slashes) all become "/". Returns a path with query and hash, always starting with a single "/".
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  // Control characters and backslashes have no business in a local path; refuse rather than normalise.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return "/";
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("//")) return "/";
  const base = "http://atlas.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/";
  }
  if (url.origin !== base) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? "/" : path;
}
