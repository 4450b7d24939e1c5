import { getLocale, getTranslations } from "next-intl/server";

/** Download links for the whole registry in each format (headers in the UI language). */
export async function ExportLinks() {
  const t = await getTranslations("registry");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  return (
    <section className="registry-section" aria-labelledby="export-title">
      <h2 id="export-title">{t("exportTitle")}</h2>
      <p className="muted">{t("exportHelp")}</p>
      <div className="action-row">
        {(["csv", "xlsx", "geojson"] as const).map((f) => (
          <a
            key={f}
            className="button button--ghost"
            href={`/api/registry/export?format=${f}&lang=${lang}`}
            download
            data-testid={`export-${f}`}
          >
            {t(`format.${f}`)}
          </a>
        ))}
      </div>
    </section>
  );
}
