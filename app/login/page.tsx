import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentUser } from "../data/auth";
import { LoginForm } from "../ui/auth/login-form";
import "../ui/registry/registry.css";

/** Sign-in page; `?next=` is where to go afterwards (same-site paths only). */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const t = await getTranslations("auth");
  const { next, error } = await searchParams;
  const target = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  if (await currentUser()) redirect(target);
  return (
    <main className="registry-page registry-page--narrow">
      <h1>{t("signInTitle")}</h1>
      <p className="muted">{t("signInHelp")}</p>
      <LoginForm next={target} error={error} />
    </main>
  );
}
