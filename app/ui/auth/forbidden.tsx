import { getTranslations } from "next-intl/server";

/** Shown when a signed-in user lacks the role a page needs. */
export async function Forbidden({ role }: { role: "editor" | "admin" }) {
  const t = await getTranslations("auth");
  return (
    <main className="registry-page registry-page--narrow" data-testid="forbidden">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenText", { role: t(`role.${role}`) })}</p>
    </main>
  );
}
