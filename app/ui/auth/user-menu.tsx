"use client";
/** Header control: "sign in" when signed out; the user, their role, user admin (admins) and sign out when signed in. */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCurrentUser } from "./use-current-user";
import "./auth.css";

export function UserMenu() {
  const t = useTranslations("auth");
  const user = useCurrentUser();
  if (user === undefined) return <span className="user-menu" aria-hidden="true" />;
  if (!user) {
    return (
      <Link href="/login" className="user-menu user-menu__link" data-testid="sign-in-link">
        {t("signIn")}
      </Link>
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
