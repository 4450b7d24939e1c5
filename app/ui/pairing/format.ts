/** Number formatting shared by the pairing components (locale-aware, units in the caller's labels). */
import { materialSpec, type MaterialCode } from "../../domain/materials";
import { localName } from "../../domain/locale";

export const fmt = (locale: string, value: number, digits = 0) =>
  new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);

export const pct = (locale: string, rate: number) => `${fmt(locale, rate * 100, 1)}%`;

/** Material display name in the UI language. */
export function materialName(code: MaterialCode | string, locale: string): string {
  const m = materialSpec(code);
  if (!m) return code;
  return localName(m, locale);
}

/** Route display name from the map namespace's route labels, else the route key itself. */
export function routeLabel(route: string, tMap: { has: (key: string) => boolean; (key: string): string }): string {
  return tMap.has(`routes.${route}`) ? tMap(`routes.${route}`) : route;
}
