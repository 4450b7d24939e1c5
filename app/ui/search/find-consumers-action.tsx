"use client";
/** Site-panel action "查找消纳企业 / Find consumers": searches consumers of the site's first output material. */
import { useTranslations } from "next-intl";
import { isMaterialCode } from "../../domain/materials";
import type { SiteActionProps } from "../site-panel/site-action";
import { startSearch, useSearch } from "./search-store";

export function FindConsumersAction({ site }: SiteActionProps) {
  const t = useTranslations("search");
  const { url } = useSearch();
  const outputs = site.properties.outputs.map((o) => o.material).filter(isMaterialCode);
  if (outputs.length === 0) return null;
  // Keep the material already chosen when the site produces it; else the site's first output.
  const material = url.material && outputs.includes(url.material) ? url.material : outputs[0];
  return (
    <button
      type="button"
      className="button"
      title={t("findConsumersHint")}
      onClick={() => startSearch({ origin: { kind: "site", siteId: site.id }, material })}
      data-testid="site-action-find-consumers"
    >
      {t("findConsumers")}
    </button>
  );
}
