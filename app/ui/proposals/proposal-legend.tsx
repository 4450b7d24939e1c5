"use client";
/** Legend of the proposal map: site roles, real (solid) vs synthetic (hollow ring) sites, and the flows by material. */
import { useTranslations } from "next-intl";
import { materialSpec } from "../../domain/materials";
import { siteRole } from "../../domain/registry-types";
import { localName } from "../../domain/locale";
import type { ProposalSnapshot } from "../../domain/proposals/proposal-types";
import { ROLE_COLOURS, SITE_FILL_OPACITY } from "../map/layers";
import styles from "./proposals.module.css";

const ROLES = ["producer", "consumer", "both"] as const;

export function ProposalLegend({ snapshot, locale }: { snapshot: ProposalSnapshot; locale: string }) {
  const tRoles = useTranslations("map.roles");
  const tLegend = useTranslations("map.legend");
  const tExport = useTranslations("exports.labels");
  const roles = new Set(snapshot.sites.map((s) => siteRole(s)));
  const hasSynthetic = snapshot.sites.some((s) => s.provenance.synthetic);
  const materials = [...new Set(snapshot.pairings.map((p) => p.material))];
  const dot = (fill: string, opacity: number, stroke: string) => (
    <svg width="14" height="14" aria-hidden="true">
      <circle cx="7" cy="7" r="5" fill={fill} fillOpacity={opacity} stroke={stroke} strokeWidth={1.8} />
    </svg>
  );
  return (
    <section className={styles.legend} aria-labelledby="proposal-legend-h" data-testid="proposal-legend">
      <h3 id="proposal-legend-h">{tLegend("title")}</h3>
      <ul>
        {ROLES.filter((r) => roles.has(r)).map((r) => (
          <li key={r}>
            {dot(ROLE_COLOURS[r], SITE_FILL_OPACITY.operating, "#ffffff")}
            {tRoles(r)}
          </li>
        ))}
        <li>
          {dot("#5f6b66", SITE_FILL_OPACITY.operating, "#ffffff")}
          {tLegend("real")}
        </li>
        {hasSynthetic && (
          <li data-testid="proposal-legend-synthetic">
            {dot("#5f6b66", SITE_FILL_OPACITY.synthetic, "#5f6b66")}
            {tLegend("synthetic")}
          </li>
        )}
      </ul>
      <ul>
        {materials.map((m) => {
          const spec = materialSpec(m);
          return (
            <li key={m}>
              <svg width="18" height="10" aria-hidden="true">
                <line x1="1" y1="5" x2="17" y2="5" stroke={spec?.colour ?? "#555"} strokeWidth={3} />
              </svg>
              {spec ? localName(spec, locale) : m}
            </li>
          );
        })}
        <li className={styles.small}>{tExport("flowLegend")}</li>
      </ul>
    </section>
  );
}
