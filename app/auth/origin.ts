/**
 * CSRF defence for mutating requests in addition to SameSite=Lax cookies: a browser request must come from this
 * origin (Origin header vs Host / X-Forwarded-Host, as Next does for server actions). Non-browser clients send no
 * Origin and are accepted; they cannot ride on a victim's cookies.
 */
export function isSameOrigin(h: Headers): boolean {
  if (h.get("sec-fetch-site") === "cross-site") return false;
  const origin = h.get("origin");
  if (!origin) return true;
  const host = h.get("x-forwarded-host") ?? h.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
