"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createUserAction, setRoleAction, type FormState } from "./actions";
import { ROLES, type Role } from "../../auth/roles";

/** Admin form to create an account with a role. */
export function CreateUserForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  return (
    <form action={action} className="auth-form" data-testid="create-user-form">
      <h2>{t("createUser")}</h2>
      <label className="field">
        <span>{t("username")}</span>
        <input name="username" required pattern="[A-Za-z0-9._\-]{3,40}" autoComplete="off" data-testid="new-username" />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input
          name="password"
          type="password"
          required
          minLength={10}
          autoComplete="new-password"
          data-testid="new-password"
        />
      </label>
      <label className="field">
        <span>{t("roleLabel")}</span>
        <select name="role" defaultValue="viewer" data-testid="new-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {state.error && (
        <p className="form-error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      )}
      {state.ok && (
        <p className="note note--ok" role="status">
          {t("userCreated", { username: state.ok })}
        </p>
      )}
      <button type="submit" className="button" disabled={pending} data-testid="create-user">
        {t("createUser")}
      </button>
    </form>
  );
}

/** Inline role selector for one account. */
export function RoleForm({ id, username, role }: { id: string; username: string; role: Role }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<FormState, FormData>(setRoleAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <label>
        <span className="visually-hidden">{t("roleFor", { username })}</span>
        <select name="role" defaultValue={role} data-testid={`role-${username}`}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="text-button" disabled={pending}>
        {t("setRole")}
      </button>
      {state.error && (
        <span className="form-error" role="alert">
          {t(`errors.${state.error}`)}
        </span>
      )}
      {state.ok && (
        <span className="muted" role="status">
          {t("roleSaved")}
        </span>
      )}
    </form>
  );
}
