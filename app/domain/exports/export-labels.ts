/**
 * Column headers, sheet names and captions of the exports, in Chinese and English. The words live in the next-intl
 * message files (`app/i18n/messages/{zh,en}/exports.json`, route names in `map.json`), so the UI and every export
 * share one owner per label; exports are built outside React, so they read the JSON directly.
 */
import type { CycleLevel } from "../registry-types";
import { type Locale } from "../locale";
import zhExports from "../../i18n/messages/zh/exports.json";
import enExports from "../../i18n/messages/en/exports.json";
import zhMap from "../../i18n/messages/zh/map.json";
import enMap from "../../i18n/messages/en/map.json";

export type ExportLang = Locale;

type Messages = typeof zhExports;
const MESSAGES: Record<ExportLang, Messages> = { zh: zhExports, en: enExports };
const ROUTES: Record<ExportLang, Record<string, string>> = { zh: zhMap.routes, en: enMap.routes };

/** The export captions of one language, plus the page footer ("page i of n", and its template with {page} and {pages}). */
export type ExportLabels = Messages["labels"] & { page: (i: number, n: number) => string; pageTemplate: string };

const LABELS: Record<ExportLang, ExportLabels> = {
  zh: withPage(zhExports),
  en: withPage(enExports),
};

function withPage(m: Messages): ExportLabels {
  return {
    ...m.labels,
    pageTemplate: m.page,
    page: (i, n) => m.page.replace("{page}", String(i)).replace("{pages}", String(n)),
  };
}

/** Export captions in the requested language. */
export function exportLabels(lang: ExportLang): ExportLabels {
  return LABELS[lang];
}

/** Name of a cycle level in the export language. */
export function cycleLevelLabel(level: string, lang: ExportLang): string {
  return (MESSAGES[lang].cycle as Record<CycleLevel, string>)[level as CycleLevel] ?? level;
}

/** Name of a utilisation route (`cement`, `wall-materials`, …) in the export language; unknown codes stay as they are. */
export function routeLabel(route: string, lang: ExportLang): string {
  return ROUTES[lang][route] ?? route;
}

/** Sheet (table) name in the export language. */
export function sheetName(key: keyof Messages["sheets"], lang: ExportLang): string {
  return MESSAGES[lang].sheets[key];
}

/** A "where the proposal came from" sentence in the export language, its {placeholders} filled. */
export function originTemplate(
  key: keyof Messages["origin"],
  lang: ExportLang,
  values: Record<string, string>,
): string {
  return MESSAGES[lang].origin[key].replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");
}
