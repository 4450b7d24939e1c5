// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/i18n/request.ts");

/**
 * Security headers on every page, API answer and download. The CSP keeps the app working offline with its own map:
 * MapLibre runs its workers from blob: URLs and draws label glyphs locally (no glyph server), the PDF/XLSX downloads
 * are attachments, and Next's hydration needs inline scripts and styles. Only an optional online basemap
 * (NEXT_PUBLIC_ATLAS_BASEMAP_URL, read at build time) widens img-src/connect-src to its origin.
 */
function securityHeaders() {
  let basemapOrigin = "";
  const basemap = process.env.NEXT_PUBLIC_ATLAS_BASEMAP_URL;
  if (basemap) {
    try {
      basemapOrigin = ` ${new URL(basemap.replace(/\{[a-z]\}/g, "0")).origin}`;
    } catch {
      /* an unparsable template adds nothing */
    }
  }
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    // 'unsafe-eval' only for the dev server's React refresh; the production build needs none.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${basemapOrigin}`,
    "font-src 'self' data:",
    `connect-src 'self'${basemapOrigin}${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages stay as runtime requires on the server instead of being bundled
  // (pdfkit reads its font metrics from its own folder at run time, so it must not be bundled either).
  serverExternalPackages: ["better-sqlite3", "highs", "@prisma/adapter-better-sqlite3", "pdfkit", "exceljs"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

module.exports = withNextIntl(nextConfig);
