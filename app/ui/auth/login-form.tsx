import { getTranslations } from "next-intl/server";

const ERRORS = ["missingCredentials", "tooManyAttempts", "badCredentials"] as const;

/** Username/password form: a plain POST to /api/auth/login, so the page reloads with the new session (works without JS). */
export async function LoginForm({
  next,
  error,
  retrySeconds = null,
}: {
  next: string;
  error?: string;
  retrySeconds?: number | null;
}) {
  const t = await getTranslations("auth");
  const known = ERRORS.find((e) => e === error);
  return (
    <form method="post" action="/api/auth/login" className="auth-form" data-testid="login-form">
      <input type="hidden" name="next" value={next} />
      <label className="field">
        <span>{t("username")}</span>
        <input name="username" autoComplete="username" required data-testid="login-username" />
      </label>
      <label className="field">
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required data-testid="login-password" />
      </label>
      {known && (
        <p className="form-error" role="alert" data-testid="login-error">
          {known === "tooManyAttempts"
            ? t("errors.tooManyAttempts", { seconds: retrySeconds ?? 30 })
            : t(`errors.${known}`)}
        </p>
      )}
      <button type="submit" className="button" data-testid="login-submit">
        {t("signIn")}
      </button>
    </form>
  );
}
