/** Account roles, ordered: a viewer reads, an editor also imports and edits, an admin also manages users. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** True when `value` is a role name. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `role` is at least `required`. */
export function hasRole(role: string | null | undefined, required: Role): boolean {
  if (!role || !isRole(role)) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** Usernames: 3–40 letters, digits, dot, dash, underscore. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,40}$/;
