"use client";
/** The signed-in user for client components (one /api/auth/me request per page load, shared by all callers). */
import { useEffect, useState } from "react";

export interface ClientUser {
  username: string;
  role: "viewer" | "editor" | "admin";
}

// Shared by the components of one page; sign-in and sign-out do a full page load, which resets it.
let pending: Promise<ClientUser | null> | null = null;

function fetchMe(): Promise<ClientUser | null> {
  pending ??= fetch("/api/auth/me", { cache: "no-store", credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : { user: null }))
    .then((b: { user: ClientUser | null }) => b.user)
    .catch(() => null);
  return pending;
}

/** undefined while loading, null when signed out. */
export function useCurrentUser(): ClientUser | null | undefined {
  const [user, setUser] = useState<ClientUser | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void fetchMe().then((u) => live && setUser(u));
    return () => {
      live = false;
    };
  }, []);
  return user;
}

/** True for editors and admins. */
export function canEdit(user: ClientUser | null | undefined): boolean {
  return user?.role === "editor" || user?.role === "admin";
}
