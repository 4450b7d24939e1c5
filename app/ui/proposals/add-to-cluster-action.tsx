"use client";
/** Site-panel action "加入集群选择 / Add to cluster selection": picks sites on the map for a new proposal. */
import { useTranslations } from "next-intl";
import type { SiteActionProps } from "../site-panel/site-action";
import { useClusterSelection } from "./cluster-selection";

export function AddToClusterAction({ site }: SiteActionProps) {
  const t = useTranslations("proposals");
  const { ids, toggle } = useClusterSelection();
  const picked = ids.includes(site.id);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={picked}
        onClick={() => toggle(site.id)}
        data-testid="site-action-cluster-pick"
      >
        {picked ? t("build.unpick") : t("build.pick")}
      </button>
      {ids.length > 0 && (
        // A plain link: a client-side route change away from the map trips BaseMap's cleanup (hard-navigate.ts).
        <a href="/proposals#select-h" className="button button--ghost" data-testid="site-action-cluster-build">
          {t("build.pickedLink", { count: ids.length })}
        </a>
      )}
    </>
  );
}
