import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import "maplibre-gl/dist/maplibre-gl.css";
import "./globals.css";
import { AppHeader } from "./ui/app-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: `${t("appName")} · ${t("appNameAlt")}`,
    description: t("tagline"),
    // Files in public/ (icons rendered from app/icon.svg by scripts/make-icons.ts); app/icon.svg is the tab icon.
    manifest: "/manifest.webmanifest",
    icons: { apple: "/apple-touch-icon.png" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body>
        <NextIntlClientProvider>
          {/* Every page gets the app bar; pages render their own <main> inside .app-body, which fills the rest. */}
          <AppHeader />
          <div className="app-body">{children}</div>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
