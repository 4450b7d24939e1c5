"use client";
/** Every effective parameter of one or more runs, side by side (run view and comparison). */
import { useLocale, useTranslations } from "next-intl";
import type { ClientRunListView as ClientRunView, StoredScope } from "../../data/pairing-runs";
import { MATERIAL_CODES } from "../../domain/materials";
import { materialName } from "./format";
import styles from "./pairing.module.css";
import { localText } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

type T = ReturnType<typeof useTranslations<"pairing">>;

/** Human label of a stored scope ("市 · 运城市"). */
export function scopeLabel(scope: StoredScope, locale: string, t: T): string {
  const kind = t(`scopeKind.${scope.kind}`);
  const name = localText(locale, scope.name, scope.nameEn);
  return name ? `${kind} · ${name}` : kind;
}

export function ParamsTable({ runs }: { runs: ClientRunView[] }) {
  const t = useTranslations("pairing");
  const locale = useLocale();
  const codes = MATERIAL_CODES.filter((c) => runs.some((r) => r.materials.includes(c)));
  const rows: [string, (r: ClientRunView) => string][] = [
    [t("run.scope"), (r) => scopeLabel(r.scope, locale, t)],
    [t("form.includeSynthetic"), (r) => t(r.params.includeSynthetic ? "form.yes" : "form.no")],
    [t("form.includeNonOperating"), (r) => t(r.params.includeNonOperating ? "form.yes" : "form.no")],
    [t("form.nearestN"), (r) => String(r.params.nearestN)],
    [t("form.circuity"), (r) => String(r.params.circuity)],
    [t("form.penalty"), (r) => String(r.params.utilisationPenaltyYuanPerTonne)],
    [t("form.bonusEnterprise"), (r) => String(r.params.cycleBonusYuanPerTonne.enterprise)],
    [t("form.bonusPark"), (r) => String(r.params.cycleBonusYuanPerTonne.park)],
    ...codes.map((c): [string, (r: ClientRunView) => string] => [
      `${materialName(c, locale)}: ${t("form.maxHaulKm")} / ${t("form.costYuanPerTonneKm")} / ${t("form.landfill")}`,
      // Runs stored before per-material landfill rates used the one rate for every solid material.
      (r) =>
        r.params.maxHaulKm[c] === undefined
          ? "—"
          : `${r.params.maxHaulKm[c]} / ${r.params.costYuanPerTonneKm[c]} / ${r.params.landfillYuanPerTonneByMaterial?.[c] ?? r.params.landfillYuanPerTonne}`,
    ]),
  ];
  return (
    <TableScroll label={t("run.params")}>
      <table className={styles.table} data-testid="params-table">
        {runs.length > 1 && (
          <thead>
            <tr>
              <th scope="col">{t("compare.param")}</th>
              {runs.map((r) => (
                <th scope="col" key={r.id}>
                  <a href={`/pairings/${r.id}`}>{r.label ?? t("runs.untitled")}</a>
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map(([label, get]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {runs.map((r) => (
                <td key={r.id}>{get(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
