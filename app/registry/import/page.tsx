import { getLocale, getTranslations } from "next-intl/server";
import { pageUser } from "../../application/auth";
import { Forbidden } from "../../ui/auth/forbidden";
import { ImportWizard } from "../../ui/registry/import-wizard";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../../domain/import/limits";
import "../../ui/registry/registry.css";

export const dynamic = "force-dynamic";

/** Import wizard: upload → format / coordinate system / duplicates → dry-run report → confirm. Editors only. */
export default async function ImportPage() {
  const user = await pageUser("editor", "/registry/import");
  if (!user) return <Forbidden role="editor" />;
  const t = await getTranslations("registry");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  return (
    <main className="registry-page" data-testid="import-page">
      <h1>{t("importTitle")}</h1>
      <p className="muted">
        {t("importIntro", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024, limitRows: MAX_IMPORT_ROWS })}
      </p>
      <section className="registry-section" aria-labelledby="templates-title">
        <h2 id="templates-title">{t("templatesTitle")}</h2>
        <p className="muted">{t("templatesHelp")}</p>
        <div className="action-row">
          {(["csv", "xlsx", "geojson"] as const).flatMap((f) =>
            (["zh", "en"] as const).map((l) => (
              <a
                key={`${f}-${l}`}
                className="button button--ghost"
                href={`/api/import/template?format=${f}&lang=${l}`}
                download
                data-testid={`template-${f}-${l}`}
              >
                {t("templateLink", { format: t(`format.${f}`), lang: t(`lang.${l}`) })}
              </a>
            )),
          )}
        </div>
      </section>
      <ImportWizard lang={lang} />
    </main>
  );
}
