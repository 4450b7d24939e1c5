"use client";
/** The app bar: name, main navigation (map, pairings, proposals, registry, plan) and the language switch. */
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "./language-switch";
import { UserMenu } from "./auth/user-menu";

const NAV = [
  { href: "/", key: "map" },
  { href: "/pairings", key: "pairings" },
  { href: "/proposals", key: "proposals" },
  { href: "/siting", key: "siting" },
  { href: "/scenarios", key: "scenarios" },
  { href: "/registry", key: "registry" },
  { href: "/plan", key: "plan" },
] as const;

export function AppHeader() {
  const t = useTranslations("common");
  const pathname = usePathname() ?? "/";
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <header className="app-header" data-testid="app-header">
      <Link href="/" className="app-header__brand" aria-label={t("homeLabel")}>
        <svg className="app-header__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <circle cx="11" cy="16" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <circle cx="21" cy="16" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" opacity="0.6" />
        </svg>
        <span className="app-header__name" data-testid="app-name">{t("appName")}</span>
        <span className="app-header__alt">{t("appNameAlt")}</span>
      </Link>
      <nav className="app-header__nav" aria-label={t("navLabel")}>
        <ul>
          {NAV.map((item) => (
            <li key={item.key}>
              <Link href={item.href} aria-current={isActive(item.href) ? "page" : undefined} data-testid={`nav-${item.key}`}>
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="app-header__tools">
        <UserMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
