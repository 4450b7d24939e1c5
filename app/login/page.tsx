import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentUser } from "../application/auth";
import { LoginForm } from "../ui/auth/login-form";
import { safeNextPath } from "../auth/safe-next";
import "../ui/registry/registry.css";

/** Sign-in page; `?next=` is where to go afterwards (same-site paths only). */
export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string; retry?: string }>;
}) {
  const t = await getTranslations("auth");
  const { next, error, retry } = await searchParams;
  const target = safeNextPath(next);
  if (await currentUser()) redirect(target);
  return (
    <main className="registry-page registry-page--narrow">
      <h1>{t("signInTitle")}</h1>
      <p className="muted">{t("signInHelp")}</p>
      <LoginForm next={target} error={error} retrySeconds={Number(retry) > 0 ? Math.ceil(Number(retry)) : null} />
    </main>
  );
}
