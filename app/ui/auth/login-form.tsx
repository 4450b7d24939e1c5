"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type FormState } from "./actions";

/** Username/password form; errors are announced to screen readers. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="auth-form" data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <label className="field">
        <span>{t("username")}</span>
        <input name="username" autoComplete="username" required data-testid="login-username" />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required data-testid="login-password" />
      </label>
      {state.error && (
        <p className="form-error" role="alert" data-testid="login-error">
          {t(`errors.${state.error}`)}
        </p>
      )}
      <button type="submit" className="button" disabled={pending} data-testid="login-submit">
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
