import type { useTranslations } from "next-intl";
import type { UtilisationTarget } from "../../domain/pairing/plan-targets";
import { pct } from "./format";

type PairingT = ReturnType<typeof useTranslations<"pairing">>;

/** A material's plan target as a table cell reads it: none, part of the bulk total, or the rate and its basis. */
export function planTargetText(target: UtilisationTarget | null, locale: string, t: PairingT): string {
  if (!target) return t("kpi.noTarget");
  const basis = t(`kpi.planTargetBasis.${target.basis}`);
  if (target.aggregate) return t("kpi.countsTowardsAggregate", { target: pct(locale, target.rate), basis });
  return `${target.atLeast ? ">" : ""}${pct(locale, target.rate)} (${basis})`;
}
