"use client";
/** Map legend: role colours, size by tonnage, real vs synthetic, operating vs not, parks and boundaries. */
import { useFormatter, useTranslations } from "next-intl";
import { PARK_KINDS } from "../../domain/parks-catalogue";
import {
  CLUSTER_COLOUR,
  LEGEND_RADII_PX,
  LEGEND_SIZES_TONNES,
  MAP_COLOURS,
  NOT_OPERATING_STROKE,
  PARK_KIND_COLOURS,
  ROLE_COLOURS,
  SITE_FILL_OPACITY,
  parkLineWidthPx,
} from "./layers";

const ROLES = ["producer", "consumer", "both"] as const;

/** `clustered`: the registry is large enough that dense areas show counted clusters at low zoom. */
export function Legend({ clustered = false }: { clustered?: boolean }) {
  const t = useTranslations("map.legend");
  const tRoles = useTranslations("map.roles");
  const tKinds = useTranslations("map.parkKinds");
  const format = useFormatter();
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="map-legend">
      <h2 id="legend-title" className="panel-title">
        {t("title")}
      </h2>
      <p className="legend__caption">{t("roles")}</p>
      <ul className="legend__list">
        {ROLES.map((role) => (
          <li key={role}>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill={ROLE_COLOURS[role]} fillOpacity={0.82} stroke="#fff" />
            </svg>
            {tRoles(role)}
          </li>
        ))}
      </ul>
      <ul className="legend__list legend__list--row">
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" fill="#5f6b66" fillOpacity={0.82} stroke="#fff" />
          </svg>
          {t("real")}
        </li>
        <li data-testid="legend-synthetic">
          <svg width="16" height="16" aria-hidden="true">
            <circle
              cx="8"
              cy="8"
              r="6"
              fill="#5f6b66"
              fillOpacity={SITE_FILL_OPACITY.synthetic}
              stroke="#5f6b66"
              strokeWidth={1.8}
            />
          </svg>
          {t("synthetic")}
        </li>
      </ul>
      <ul className="legend__list">
        <li data-testid="legend-not-operating">
          <svg width="16" height="16" aria-hidden="true">
            <circle
              cx="8"
              cy="8"
              r="6"
              fill="#5f6b66"
              fillOpacity={SITE_FILL_OPACITY.notOperating}
              stroke={NOT_OPERATING_STROKE}
              strokeWidth={1.6}
            />
          </svg>
          {t("status")}
        </li>
      </ul>
      <p className="legend__caption">{t("size")}</p>
      <ul className="legend__list legend__sizes">
        {LEGEND_SIZES_TONNES.map((tonnes, i) => (
          <li key={tonnes}>
            <svg width={32} height={LEGEND_RADII_PX[i] * 2 + 4} aria-hidden="true">
              <circle
                cx={16}
                cy={LEGEND_RADII_PX[i] + 2}
                r={LEGEND_RADII_PX[i]}
                fill="#9aa5a0"
                fillOpacity={0.6}
                stroke="#fff"
              />
            </svg>
            {/* zh counts in 万吨 (10^4 t), en in kt (10^3 t). */}
            {t("sizeValue", {
              wan: format.number(tonnes / 10_000, { maximumFractionDigits: 0 }),
              kt: format.number(tonnes / 1000, { maximumFractionDigits: 0 }),
            })}
          </li>
        ))}
      </ul>
      <ul className="legend__list legend__lines"></ul>
      <p className="legend__caption">{t("park")}</p>
      <ul className="legend__list" data-testid="legend-park-kinds">
        {PARK_KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            <svg width="22" height="12" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="20"
                height="10"
                fill={PARK_KIND_COLOURS[kind]}
                fillOpacity={0.12}
                stroke={PARK_KIND_COLOURS[kind]}
                strokeWidth={parkLineWidthPx(kind)}
                strokeDasharray="3 2"
              />
            </svg>
            {tKinds(kind)}
          </li>
        ))}
      </ul>
      {clustered ? (
        <ul className="legend__list">
          <li data-testid="legend-cluster">
            <svg width="22" height="22" aria-hidden="true">
              <circle
                cx="11"
                cy="11"
                r="9"
                fill={CLUSTER_COLOUR}
                fillOpacity={0.55}
                stroke="#ffffff"
                strokeWidth={1.5}
              />
            </svg>
            {t("cluster")}
          </li>
        </ul>
      ) : null}
      <ul className="legend__list legend__lines">
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="22" y2="6" stroke={MAP_COLOURS.provinceLine} strokeWidth={2.2} />
          </svg>
          {t("province")}
        </li>
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="22" y2="6" stroke={MAP_COLOURS.cityLine} strokeWidth={1.4} />
          </svg>
          {t("city")}
        </li>
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="22" y2="6" stroke={MAP_COLOURS.countyLine} strokeWidth={1} />
          </svg>
          {t("county")}
        </li>
      </ul>
    </section>
  );
}
