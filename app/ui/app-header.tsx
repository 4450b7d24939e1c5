"use client";
/**
 * The app bar: name, main navigation (map, pairings, proposals, registry, plan), sign-in and the language switch.
 * On narrow windows (≤ 1000 px) navigation and tools fold into a "menu" button so nothing is cut off.
 */
import { useCallback, useEffect, useRef, useState } from "react";
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
  // The menu belongs to the page it was opened on: a navigation closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const setMenuOpen = useCallback((open: boolean) => setMenuOpenOn(open ? pathname : null), [pathname]);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const isActive = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);

  // Esc closes the menu (focus goes back to the toggle).
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setMenuOpen(false);
      toggleRef.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [menuOpen, setMenuOpen]);

  return (
    <header className={`app-header${menuOpen ? " is-menu-open" : ""}`} data-testid="app-header">
      {/* The visible name is the link's accessible name (axe: label-content-name-mismatch). */}
      <Link href="/" className="app-header__brand" title={t("homeLabel")} data-testid="brand-link">
        <svg className="app-header__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <circle cx="11" cy="16" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <circle cx="21" cy="16" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" opacity="0.6" />
        </svg>
        <span className="app-header__name" data-testid="app-name">
          {t("appName")}
        </span>
        <span className="app-header__alt">{t("appNameAlt")}</span>
      </Link>
      <button
        ref={toggleRef}
        type="button"
        className="app-header__menu-toggle"
        aria-expanded={menuOpen}
        aria-controls="app-header-menu"
        onClick={() => setMenuOpen(!menuOpen)}
        data-testid="header-menu-toggle"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.6" fill="none" />
        </svg>
        {t("menu")}
      </button>
      <div id="app-header-menu" className="app-header__menu" data-testid="header-menu">
        <nav className="app-header__nav" aria-label={t("navLabel")}>
          <ul>
            {NAV.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  aria-current={isActive(item.href) ? "page" : undefined}
                  data-testid={`nav-${item.key}`}
                >
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
      </div>
    </header>
  );
}
