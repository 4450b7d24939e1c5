/**
 * CSRF defence for every state-changing request, whatever its content type (a cross-site `<form enctype="text/plain">`
 * included), in addition to SameSite=Lax cookies: a browser request must come from this origin. Browsers send
 * `Sec-Fetch-Site` and `Origin` on such requests; anything but same-origin (or a user-typed navigation, "none") is
 * refused, and an Origin must match Host / X-Forwarded-Host, as Next does for server actions. Non-browser clients send
 * neither header and are accepted; they cannot ride on a victim's cookies.
 */
export function isSameOrigin(h: Headers): boolean {
  const site = h.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = h.get("origin");
  if (!origin) return true;
  const host = h.get("x-forwarded-host") ?? h.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
