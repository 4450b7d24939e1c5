"use client";
/** `/plan`: the plan's targets (baseline → target → current, gap bar), a utilisation choropleth, and the key-project register. */
import { useCallback, useMemo } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { PlanTargetView, RunRef, KeyProjectView } from "../../data/plan";
import type { RegionProgress } from "../../domain/plan/progress";
import { PROGRESS_MATERIALS } from "../../domain/plan/progress";
import type { RouteRollup } from "../../domain/plan/key-projects";
import { meetsTarget } from "../../domain/plan/targets";
import { materialName } from "../pairing/format";
import { formatPlanValue, formatRate } from "./plan-format";
import { PlanMap } from "./plan-map";
import { UTILISATION_CLASSES, NO_DATA_COLOUR, utilisationColour } from "./plan-layers";
import { ProjectsTable } from "./projects-table";
import styles from "./plan.module.css";
import { localName, localText } from "../../domain/locale";
import { TableScroll } from "../table/table-scroll";

export interface PlanViewProps {
  targets: PlanTargetView[];
  run: RunRef | null;
  cities: RegionProgress[];
  counties: RegionProgress[];
  projects: KeyProjectView[];
  rollup: RouteRollup[];
  canEdit: boolean;
}

/** Gap bar: baseline tick, current bar and the target marker on one scale. */
export function GapBar({ t: target, locale }: { t: PlanTargetView; locale: string }) {
  const tr = useTranslations("plan");
  const values = [target.baseline2010, target.target2015, target.current?.value].filter(
    (v): v is number => v !== null && v !== undefined,
  );
  if (target.target2015 === null || values.length === 0) return <span className={styles.muted}>—</span>;
  const max = Math.max(...values) * 1.08 || 1;
  const x = (v: number) => (v / max) * 150;
  const cur = target.current?.value ?? null;
  const ok = cur === null ? null : meetsTarget(target, cur);
  const gap = cur === null ? null : target.target2015 - cur;
  const label =
    cur === null
      ? tr("gap.noCurrent")
      : ok
        ? tr("gap.met")
        : tr("gap.short", { gap: formatPlanValue(Math.abs(gap!), target.unit, locale) });
  return (
    <svg
      width="160"
      height="18"
      viewBox="0 0 160 18"
      role="img"
      aria-label={label}
      data-testid={`gap-${target.id}`}
      data-met={ok === null ? "" : String(ok)}
    >
      <title>{label}</title>
      <rect x="0" y="6" width="150" height="6" rx="3" fill="#eaeded" />
      {cur !== null && (
        <rect x="0" y="6" width={Math.min(150, x(cur))} height="6" rx="3" fill={ok ? "#1e8449" : "#d68910"} />
      )}
      {target.baseline2010 !== null && (
        <line x1={x(target.baseline2010)} x2={x(target.baseline2010)} y1="3" y2="15" stroke="#7f8c8d" strokeWidth="2" />
      )}
      <line x1={x(target.target2015)} x2={x(target.target2015)} y1="1" y2="17" stroke="#1d2321" strokeWidth="2.5" />
    </svg>
  );
}

const COMPARATOR = { ">=": "≥", ">": ">", "<=": "≤" } as const;

export function PlanView({ targets, run, cities, counties, projects, rollup, canEdit }: PlanViewProps) {
  const t = useTranslations("plan");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const material = (PROGRESS_MATERIALS as readonly string[]).includes(params.get("material") ?? "")
    ? params.get("material")!
    : "fly-ash";
  const level = params.get("level") === "county" ? "county" : "city";
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params.toString());
    next.set(key, value);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  const regions = level === "city" ? cities : counties;
  const mapRegions = useMemo(
    () => regions.map((r) => ({ adcode: r.adcode, utilisation: r.materials[material]?.utilisation ?? null })),
    [regions, material],
  );
  const mapProjects = useMemo(
    () =>
      projects
        .filter((p) => p.position)
        .map((p) => ({ id: p.id, label: localName(p, locale), status: p.status, position: p.position! })),
    [projects, locale],
  );
  const pick = useCallback((adcode: string) => router.push(`/plan/${adcode.slice(0, 4)}00`), [router]);
  const name = (r: { name: string; nameEn: string | null }) => (locale === "en" && r.nameEn ? r.nameEn : r.name);

  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>
      <p className={styles.note} data-testid="plan-basis">
        {t("basis.sites")}{" "}
        {run
          ? t("basis.run", { label: run.label ?? run.id, at: run.finishedAt.slice(0, 16).replace("T", " ") })
          : t("basis.noRun")}
        {run && (
          <>
            {" "}
            <Link href={`/pairings/${run.id}`}>{t("basis.openRun")}</Link>
          </>
        )}
        {run?.synthetic && <strong> {t("basis.synthetic")}</strong>}
      </p>

      <section className={styles.panel} aria-labelledby="targets-h">
        <h2 id="targets-h">{t("targets.title")}</h2>
        <TableScroll labelledBy="targets-h">
          <table className={styles.table} data-testid="plan-targets">
            <thead>
              <tr>
                <th scope="col">{t("targets.indicator")}</th>
                <th scope="col" className={styles.num}>
                  {t("targets.baseline")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("targets.target")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("targets.current")}
                </th>
                <th scope="col">{t("targets.gap")}</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((x) => (
                <tr key={x.id} data-testid={`plan-target-${x.id}`}>
                  <th scope="row">
                    {localText(locale, x.indicatorZh, x.indicatorEn)}
                    <details className={styles.ref}>
                      <summary>{t("targets.source")}</summary>
                      <p>
                        {x.planRef.section}：“{x.planRef.quote}”
                      </p>
                      {x.baselineRef && x.baselineRef.quote !== x.planRef.quote && (
                        <p>
                          {x.baselineRef.section}：“{x.baselineRef.quote}”
                        </p>
                      )}
                      {localText(locale, x.noteZh, x.noteEn) && <p>{localText(locale, x.noteZh, x.noteEn)}</p>}
                    </details>
                  </th>
                  <td className={styles.num} data-testid="baseline">
                    {x.baseline2010 === null ? "—" : formatPlanValue(x.baseline2010, x.unit, locale)}
                  </td>
                  <td className={styles.num} data-testid="target">
                    {x.target2015 === null
                      ? "—"
                      : `${COMPARATOR[x.comparator!]} ${formatPlanValue(x.target2015, x.unit, locale)}`}
                  </td>
                  <td className={styles.num} data-testid="current">
                    {x.current ? (
                      <>
                        {formatPlanValue(x.current.value, x.unit, locale)}
                        <small className={styles.basis}>{t(`basisShort.${x.current.basis}`)}</small>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    <GapBar t={x} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p className={styles.muted}>{t("targets.legend")}</p>
      </section>

      <section className={styles.panel} aria-labelledby="map-h">
        <h2 id="map-h">{t("map.title")}</h2>
        <div className={styles.controls}>
          <label>
            {t("map.material")}{" "}
            <select value={material} onChange={(e) => setParam("material", e.target.value)} data-testid="plan-material">
              {PROGRESS_MATERIALS.map((m) => (
                <option key={m} value={m}>
                  {materialName(m, locale)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className={styles.radios}>
            <legend>{t("map.level")}</legend>
            {(["city", "county"] as const).map((l) => (
              <label key={l}>
                <input
                  type="radio"
                  name="plan-level"
                  value={l}
                  checked={level === l}
                  onChange={() => setParam("level", l)}
                  data-testid={`plan-level-${l}`}
                />{" "}
                {t(`map.levels.${l}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <div className={styles.mapGrid}>
          <div className={styles.mapBox}>
            <PlanMap label={t("map.label")} level={level} regions={mapRegions} projects={mapProjects} onPick={pick} />
          </div>
          <div>
            <ul className={styles.legend} aria-label={t("map.legend")}>
              {UTILISATION_CLASSES.map((c, i) => (
                <li key={i}>
                  <span className={styles.swatch} style={{ background: c.colour }} />{" "}
                  {i === 0 ? "< 20%" : `≥ ${[20, 40, 72, 90][i - 1]}%`}
                </li>
              ))}
              <li>
                <span className={styles.swatch} style={{ background: NO_DATA_COLOUR }} /> {t("map.noData")}
              </li>
              <li>
                <span className={styles.dot} /> {t("map.projects")}
              </li>
            </ul>
            <h3>{t("map.cities")}</h3>
            <ul className={styles.cityList} data-testid="plan-city-list">
              {cities.map((c) => {
                const m = c.materials[material];
                return (
                  <li key={c.adcode}>
                    <span className={styles.swatch} style={{ background: utilisationColour(m?.utilisation ?? null) }} />
                    <Link href={`/plan/${c.adcode}`} data-testid={`plan-city-${c.adcode}`}>
                      {name(c)}
                    </Link>
                    <span className={styles.muted} data-testid={`plan-city-utilisation-${c.adcode}`}>
                      {formatRate(m?.utilisation ?? null, locale)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      </section>

      <section className={styles.panel} aria-labelledby="projects-h">
        <h2 id="projects-h">{t("projects.title")}</h2>
        <p className={styles.muted}>{t("projects.intro")}</p>
        <h3>{t("projects.rollup")}</h3>
        <TableScroll label={t("projects.rollup")}>
          <table className={styles.table} data-testid="plan-rollup">
            <thead>
              <tr>
                <th scope="col">{t("projects.routeTarget")}</th>
                <th scope="col" className={styles.num}>
                  {t("projects.targetT")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("projects.projectsT")}
                </th>
                <th scope="col" className={styles.num}>
                  {t("projects.share")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rollup.map((r) => (
                <tr key={r.targetId}>
                  <th scope="row">{localText(locale, r.indicatorZh, r.indicatorEn)}</th>
                  <td className={styles.num}>{formatPlanValue(r.targetTonnesPerYear, "t", locale)}</td>
                  <td className={styles.num}>
                    {formatPlanValue(r.projectTonnesPerYear, "t", locale)} ({r.projectCount})
                  </td>
                  <td className={styles.num}>{formatRate(r.share, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <ProjectsTable projects={projects} canEdit={canEdit} />
      </section>
    </div>
  );
}
