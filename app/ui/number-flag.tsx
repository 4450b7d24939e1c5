"use client";
/**
 * A visible warning marker on a figure that must not be taken at face value (a share over 100 %, a flow beyond
 * the plan's route figure): "⚠" plus words, with the explanation as text for screen readers and as a tooltip.
 * The rule deciding when to flag is app/domain/honest-numbers.ts.
 */
import { useTranslations } from "next-intl";

export function NumberFlag({
  kind,
  ratio,
  testId,
}: {
  kind: "over-share" | "over-route";
  /** For over-route: flow ÷ the plan's figure (35.5 for 3.55 Mt against 0.1 Mt). */
  ratio?: number;
  testId?: string;
}) {
  const t = useTranslations("common.flags");
  const ratioText = ratio === undefined ? "" : ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1);
  const label = kind === "over-share" ? t("overShare") : t("overRoute", { ratio: ratioText });
  const hint = kind === "over-share" ? t("overShareHint") : t("overRouteHint");
  return (
    <span className="number-flag" title={hint} data-testid={testId} data-flag={kind}>
      <span aria-hidden="true">⚠</span> {label}
      <span className="visually-hidden">: {hint}</span>
    </span>
  );
}
