// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./app/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM packages stay as runtime requires on the server instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "highs", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

module.exports = withNextIntl(nextConfig);
