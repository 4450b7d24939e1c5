"use client";
/** Header control: "sign in" when signed out; the user, their role, user admin (admins) and sign out when signed in. */

/** The sign-in URL that comes back to `here` (path, query and #map= view) afterwards. */
function signInHref(here: string): string {
  return here === "/" || here.startsWith("/login") ? "/login" : `/login?next=${encodeURIComponent(here)}`;
}
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCurrentUser } from "./use-current-user";
import "./auth.css";

export function UserMenu() {
  const t = useTranslations("auth");
  const user = useCurrentUser();
  const pathname = usePathname() ?? "/";
  if (user === undefined) return <span className="user-menu" aria-hidden="true" />;
  if (!user) {
    return (
      // A plain link: the query and #map= view are read at click time (they change without a navigation).
      <a
        href={signInHref(pathname)}
        className="user-menu user-menu__link"
        data-testid="sign-in-link"
        onClick={(e) => {
          const { pathname: p, search, hash } = window.location;
          e.currentTarget.href = signInHref(`${p}${search}${hash}`);
        }}
      >
        {t("signIn")}
      </a>
    );
  }
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-menu__name" data-testid="user-menu-name">
        {user.username} <span className="muted">· {t(`role.${user.role}`)}</span>
      </span>
      {user.role === "admin" && (
        <Link href="/admin/users" className="user-menu__link" data-testid="admin-users-link">
          {t("manageUsers")}
        </Link>
      )}
      <form method="post" action="/api/auth/logout">
        <button type="submit" className="text-button" data-testid="sign-out">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
