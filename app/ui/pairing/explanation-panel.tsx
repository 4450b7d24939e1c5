"use client";
/** One pairing explained: parties, tonnes, distances, cost, CO2, cycle level, VAT badge and the next-best alternative. */
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { PairingRow, StoredPairing } from "../../data/pairing-runs";
import type { RunSite } from "../../domain/pairing/types";
import { fmt, materialName, routeLabel } from "./format";
import styles from "./pairing.module.css";
import { localName } from "../../domain/locale";

type Loaded = { id: number; explanation: StoredPairing["explanation"] } | { id: number; error: string };

export function ExplanationPanel({
  runId,
  pairing,
  sites,
  onClose,
}: {
  runId: string;
  pairing: PairingRow;
  sites: Record<string, RunSite>;
  onClose: () => void;
}) {
  const t = useTranslations("pairing");
  const tc = useTranslations("common");
  const tMap = useTranslations("map") as unknown as Parameters<typeof routeLabel>[1];
  const locale = useLocale();
  const name = (id: string) => {
    const s = sites[id];
    if (!s) return id;
    const n = localName(s, locale);
    return s.synthetic ? `${n} (${tc("synthetic")})` : n;
  };
  // The page ships pairings without explanations (10^4 flows); the selected one's comes from the API.
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetch(`/api/pairings/${encodeURIComponent(runId)}/pairings/${pairing.id}`, { signal: abort.signal })
      .then(async (res) => {
        const body = (await res.json()) as StoredPairing | { error: string };
        setLoaded(
          "error" in body ? { id: pairing.id, error: body.error } : { id: pairing.id, explanation: body.explanation },
        );
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setLoaded({ id: pairing.id, error: e instanceof Error ? e.message : String(e) });
      });
    return () => abort.abort();
  }, [runId, pairing.id]);
  const current = loaded?.id === pairing.id ? loaded : null;
  const ex = current && "explanation" in current ? current.explanation : null;
  const alt = ex?.alternative ?? null;
  return (
    <section className={styles.explain} data-testid="explanation-panel" aria-labelledby="explain-title">
      <div className={styles.row}>
        <h2 id="explain-title">{t("explain.title")}</h2>
        <button type="button" onClick={onClose} aria-label={t("explain.close")} data-testid="explanation-close">
          ×
        </button>
      </div>
      <p data-testid="explanation-parties">
        <strong>{name(pairing.producerId)}</strong> → <strong>{name(pairing.consumerId)}</strong> ·{" "}
        {materialName(pairing.material, locale)}
      </p>
      <dl className={styles.totals}>
        <dt>{t("explain.route")}</dt>
        <dd>{routeLabel(pairing.route, tMap)}</dd>
        <dt>{t("explain.tonnes")}</dt>
        <dd data-testid="explanation-tonnes">{fmt(locale, pairing.tonnesPerYear)}</dd>
        <dt>{t("explain.distance")}</dt>
        <dd>{fmt(locale, pairing.distanceKm, 1)} km</dd>
        <dt>{t("explain.road")}</dt>
        <dd>{fmt(locale, pairing.roadKm, 1)} km</dd>
        <dt>{t("explain.cost")}</dt>
        <dd>
          {fmt(locale, pairing.costYuan)} ¥
          {ex ? ` (${t("explain.costPerTonne", { value: fmt(locale, ex.costPerTonneYuan, 2) })})` : ""}
        </dd>
        <dt>{t("explain.co2")}</dt>
        <dd>{fmt(locale, pairing.co2Kg / 1000, 2)} t</dd>
        <dt>{t("explain.level")}</dt>
        <dd data-testid="explanation-level">
          {t(`level.${pairing.cycleLevel}`)}
          {ex && ex.bonusPerTonneYuan > 0 ? ` · ${t("explain.bonus")} ${fmt(locale, ex.bonusPerTonneYuan, 2)} ¥/t` : ""}
        </dd>
        <dt>{t("explain.vat")}</dt>
        <dd data-testid="explanation-vat">
          {!ex ? (
            "…"
          ) : ex.vatBadge ? (
            <span className={styles.badge}>
              {t("explain.vatText", {
                category: t(`explain.vatCategory.${ex.vatBadge.category}`),
                threshold: ex.vatBadge.threshold,
              })}
            </span>
          ) : (
            t("explain.noVat")
          )}
        </dd>
      </dl>
      {pairing.cycleLevel === "cross-province" && <p className={styles.warning}>{t("explain.crossProvince")}</p>}
      <h3>{t("explain.why")}</h3>
      {!current && (
        <p className={styles.muted} role="status" data-testid="explanation-loading">
          {t("explain.loading")}
        </p>
      )}
      {current && "error" in current && (
        <p className={styles.error} role="alert">
          {t("explain.loadFailed", { error: current.error })}
        </p>
      )}
      {current && "explanation" in current && (
        <p data-testid="explanation-alternative">
          {alt && alt.spareTonnes <= 0
            ? t("explain.alternativeFull", {
                consumer: name(alt.consumerId),
                route: routeLabel(alt.route, tMap),
                distance: fmt(locale, alt.distanceKm, 1),
                cost: fmt(locale, alt.costYuan),
              })
            : alt
              ? t("explain.alternative", {
                  consumer: name(alt.consumerId),
                  route: routeLabel(alt.route, tMap),
                  distance: fmt(locale, alt.distanceKm, 1),
                  cost: fmt(locale, alt.costYuan),
                  extra: fmt(locale, alt.extraCostYuan),
                  spare: fmt(locale, alt.spareTonnes),
                })
              : t("explain.noAlternative")}
          {ex && ex.cheaperFullConsumers > 0 ? ` ${t("explain.cheaperFull", { count: ex.cheaperFullConsumers })}` : ""}
        </p>
      )}
    </section>
  );
}
