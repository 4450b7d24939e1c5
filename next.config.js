// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages stay as runtime requires on the server instead of being bundled
  // (pdfkit reads its font metrics from its own folder at run time, so it must not be bundled either).
  serverExternalPackages: ["better-sqlite3", "highs", "@prisma/adapter-better-sqlite3", "pdfkit", "exceljs"],
  poweredByHeader: false,
};

module.exports = withNextIntl(nextConfig);
