import "server-only";
import { prisma } from "./db";
import { recordAudit } from "./audit";
import { fail, ok, type Result } from "../http/app-error";
import type { MaterialCode } from "../domain/materials";
import type { PairingSummary } from "../domain/pairing/types";
import { PLAN_TARGETS, type PlanTarget } from "../domain/plan/targets";
import { currentValues, type CurrentValue, type ProvinceRunFacts } from "../domain/plan/current";
import {
  progressIncludes,
  regionProgress,
  type ProgressInclusion,
  type ProgressLevel,
  type ProgressRegion,
  type ProgressSite,
  type RegionProgress,
} from "../domain/plan/progress";
import { rollUpAgainstRouteTargets, type KeyProject, type RouteRollup } from "../domain/plan/key-projects";
import type { KeyProjectPatch } from "../domain/plan/key-project-patch";
import { parseJsonColumn, runScopeColumn, runSummaryColumn } from "../domain/stored-json";

export interface PlanSite extends ProgressSite {
  name: string;
  nameEn: string;
  industry: string;
  lng: number;
  lat: number;
  capacityMw: number | null;
  intakes: { material: string; route: string; capacityTonnesPerYear: number }[];
}

/** Every site with what the plan views need (status and synthetic flag included), ordered by id. */
async function loadPlanSites(): Promise<{ sites: PlanSite[]; asOf: string }> {
  const rows = await prisma.site.findMany({
    select: {
      id: true,
      nameZh: true,
      nameEn: true,
      industry: true,
      lng: true,
      lat: true,
      countyAdcode: true,
      synthetic: true,
      status: true,
      capacityMw: true,
      updatedAt: true,
      outputs: { select: { materialCode: true, tonnesPerYear: true, stockpileTonnes: true } },
      intakes: { select: { materialCode: true, route: true, capacityTonnesPerYear: true } },
    },
    orderBy: { id: "asc" },
  });
  const last = rows.reduce((t, r) => Math.max(t, r.updatedAt.getTime()), 0);
  return {
    asOf: new Date(last || Date.now()).toISOString(),
    sites: rows.map((r) => ({
      id: r.id,
      name: r.nameZh,
      nameEn: r.nameEn,
      industry: r.industry,
      lng: r.lng,
      lat: r.lat,
      countyAdcode: r.countyAdcode,
      synthetic: r.synthetic,
      status: r.status,
      capacityMw: r.capacityMw,
      outputs: r.outputs.map((o) => ({
        material: o.materialCode,
        tonnesPerYear: o.tonnesPerYear,
        stockpileTonnes: o.stockpileTonnes,
      })),
      intakes: r.intakes.map((i) => ({
        material: i.materialCode,
        route: i.route,
        capacityTonnesPerYear: i.capacityTonnesPerYear,
      })),
    })),
  };
}

/** Province, cities and counties without geometry. */
export async function loadPlanRegions(): Promise<ProgressRegion[]> {
  const rows = await prisma.region.findMany({
    select: { adcode: true, level: true, nameZh: true, nameEn: true, parentAdcode: true },
    orderBy: { adcode: "asc" },
  });
  return rows.map((r) => ({
    adcode: r.adcode,
    level: r.level as ProgressLevel,
    name: r.nameZh,
    nameEn: r.nameEn,
    parentAdcode: r.parentAdcode,
  }));
}

export interface RunRef {
  id: string;
  label: string | null;
  finishedAt: string;
  synthetic: boolean;
}

/** The latest finished whole-province pairing run with its summary, or null. */
async function latestProvinceRun(): Promise<{ ref: RunRef; summary: PairingSummary } | null> {
  const rows = await prisma.pairingRun.findMany({
    where: { status: "done" },
    select: { id: true, scope: true, label: true, finishedAt: true },
    orderBy: { finishedAt: "desc" },
  });
  const row = rows.find((r) => parseJsonColumn("PairingRun.scope", runScopeColumn, r.scope).kind === "province");
  if (!row) return null;
  const full = await prisma.pairingRun.findUnique({ where: { id: row.id }, select: { summary: true } });
  if (!full?.summary) return null;
  const summary = parseJsonColumn("PairingRun.summary", runSummaryColumn, full.summary);
  return {
    ref: {
      id: row.id,
      label: row.label,
      finishedAt: (row.finishedAt ?? new Date(0)).toISOString(),
      synthetic: summary.synthetic,
    },
    summary,
  };
}

/** Tonnes a run matched per producer site and material. */
async function matchedByProducer(runId: string): Promise<Map<string, Map<string, number>>> {
  const groups = await prisma.pairing.groupBy({
    by: ["producerId", "material"],
    where: { runId },
    _sum: { tonnesPerYear: true },
  });
  const out = new Map<string, Map<string, number>>();
  for (const g of groups) {
    const m = out.get(g.producerId) ?? new Map<string, number>();
    m.set(g.material, g._sum.tonnesPerYear ?? 0);
    out.set(g.producerId, m);
  }
  return out;
}

export interface PlanProgressResult {
  regions: RegionProgress[];
  /** The run matched tonnes come from (null: no finished province run yet, so matched tonnes are 0). */
  run: RunRef | null;
  inclusion: ProgressInclusion;
}

/** Progress per region of a level (real operating sites unless the inclusion asks for more). */
export async function planProgress(level: ProgressLevel, inclusion: ProgressInclusion): Promise<PlanProgressResult> {
  const [{ sites }, regions, run] = await Promise.all([loadPlanSites(), loadPlanRegions(), latestProvinceRun()]);
  const matched = run ? await matchedByProducer(run.ref.id) : new Map<string, Map<string, number>>();
  return { regions: regionProgress(sites, regions, level, matched, inclusion), run: run?.ref ?? null, inclusion };
}

export type PlanTargetView = PlanTarget & { current: CurrentValue | null };

/** Every plan target with its current value from the registry and the latest finished province run. */
export async function planTargets(
  inclusion: ProgressInclusion,
): Promise<{ targets: PlanTargetView[]; run: RunRef | null }> {
  const [{ sites, asOf }, regions, run] = await Promise.all([loadPlanSites(), loadPlanRegions(), latestProvinceRun()]);
  const [province] = regionProgress(sites, regions, "province", new Map(), inclusion);
  const counties = new Set(regions.filter((r) => r.level === "county").map((r) => r.adcode));
  const capacityByRoute = new Map<string, Map<string, number>>();
  let gangueFiredMw = 0;
  for (const s of sites) {
    if (!s.countyAdcode || !counties.has(s.countyAdcode) || !progressIncludes(s, inclusion)) continue;
    for (const i of s.intakes) {
      const m = capacityByRoute.get(i.material) ?? new Map<string, number>();
      m.set(i.route, (m.get(i.route) ?? 0) + i.capacityTonnesPerYear);
      capacityByRoute.set(i.material, m);
    }
    if (s.intakes.some((i) => i.material === "coal-gangue" && i.route === "power")) gangueFiredMw += s.capacityMw ?? 0;
  }
  const facts: ProvinceRunFacts | null = run
    ? {
        id: run.ref.id,
        finishedAt: run.ref.finishedAt,
        synthetic: run.ref.synthetic,
        materials: run.summary.materials.map((m) => ({
          material: m.material as MaterialCode,
          producedTonnes: m.producedTonnes,
          matchedTonnes: m.matchedTonnes,
          byRoute: m.byRoute,
        })),
      }
    : null;
  const current = currentValues({ province: province?.materials ?? {}, capacityByRoute, gangueFiredMw, asOf }, facts);
  return { targets: PLAN_TARGETS.map((t) => ({ ...t, current: current.get(t.id) ?? null })), run: run?.ref ?? null };
}

// ---- Key projects ----

export interface KeyProjectView extends KeyProject {
  updatedAt: string;
  /** Where to draw it: the site, else the park centre, else the county or city seat; null for province-wide projects. */
  position: [number, number] | null;
  /** City the project lies in (from its site, county or own city field), or null when province-wide. */
  locatedCityAdcode: string | null;
  /** Where it is, in words (site, park, county or city name), or null when province-wide. */
  locationZh: string | null;
  locationEn: string | null;
}

type ProjectRow = NonNullable<Awaited<ReturnType<typeof prisma.keyProject.findUnique>>>;

function toKeyProject(r: ProjectRow): KeyProject {
  return {
    id: r.id,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    kind: r.kind as KeyProject["kind"],
    material: r.material as MaterialCode | null,
    route: r.route,
    capacity: r.capacity,
    capacityUnit: r.capacityUnit as KeyProject["capacityUnit"],
    capacityTonnesPerYear: r.capacityTonnesPerYear,
    siteId: r.siteId,
    parkId: r.parkId,
    countyAdcode: r.countyAdcode,
    cityAdcode: r.cityAdcode,
    startYear: r.startYear,
    targetYear: r.targetYear,
    status: r.status as KeyProject["status"],
    investmentYuan: r.investmentYuan,
    planRef: { section: r.planSection, quote: r.planQuote },
    notes: r.notes,
  };
}

/** Every key project with a map position, ordered by id. */
export async function listKeyProjects(): Promise<KeyProjectView[]> {
  const [rows, sites, parks, regions] = await Promise.all([
    prisma.keyProject.findMany({ orderBy: { id: "asc" } }),
    prisma.site.findMany({
      select: { id: true, nameZh: true, nameEn: true, lng: true, lat: true, countyAdcode: true },
    }),
    prisma.park.findMany({
      select: { id: true, nameZh: true, nameEn: true, centerLng: true, centerLat: true, countyAdcode: true },
    }),
    prisma.region.findMany({
      select: {
        adcode: true,
        nameZh: true,
        nameEn: true,
        seatLng: true,
        seatLat: true,
        centroidLng: true,
        centroidLat: true,
      },
    }),
  ]);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const parkById = new Map(parks.map((p) => [p.id, p]));
  const regionById = new Map(regions.map((r) => [r.adcode, r]));
  const seat = (adcode: string | null): [number, number] | null => {
    const r = adcode ? regionById.get(adcode) : undefined;
    return r ? [r.seatLng ?? r.centroidLng, r.seatLat ?? r.centroidLat] : null;
  };
  return rows.map((r) => {
    const site = r.siteId ? siteById.get(r.siteId) : undefined;
    const park = r.parkId ? parkById.get(r.parkId) : undefined;
    const position: [number, number] | null = site
      ? [site.lng, site.lat]
      : park
        ? [park.centerLng, park.centerLat]
        : (seat(r.countyAdcode) ?? seat(r.cityAdcode));
    const county = site?.countyAdcode ?? r.countyAdcode ?? park?.countyAdcode ?? null;
    const region = regionById.get(r.countyAdcode ?? "") ?? regionById.get(r.cityAdcode ?? "");
    const named = site ?? park ?? region;
    return {
      ...toKeyProject(r),
      updatedAt: r.updatedAt.toISOString(),
      position,
      locatedCityAdcode: r.cityAdcode ?? (county ? `${county.slice(0, 4)}00` : null),
      locationZh: named?.nameZh ?? null,
      locationEn: named?.nameEn ?? named?.nameZh ?? null,
    };
  });
}

/** The register rolled up against the plan's route targets. */
export async function keyProjectRollup(): Promise<RouteRollup[]> {
  const rows = await prisma.keyProject.findMany({
    select: { id: true, material: true, route: true, capacityTonnesPerYear: true, status: true },
  });
  return rollUpAgainstRouteTargets(
    rows.map((r) => ({ ...r, material: r.material as MaterialCode | null, status: r.status as KeyProject["status"] })),
  );
}

export type UpdateKeyProjectResult = Result<{ project: KeyProject; changed: string[] }>;

/** Applies an editor's patch to a key project and records the change in the audit log, in one transaction. */
export async function updateKeyProject(
  username: string,
  id: string,
  patch: KeyProjectPatch,
): Promise<UpdateKeyProjectResult> {
  if (patch.siteId) {
    const site = await prisma.site.findUnique({ where: { id: patch.siteId }, select: { id: true } });
    if (!site) return fail(422, `siteId: no site with id "${patch.siteId}"`);
  }
  if (patch.countyAdcode) {
    const county = await prisma.region.findUnique({ where: { adcode: patch.countyAdcode }, select: { level: true } });
    if (county?.level !== "county") return fail(422, `countyAdcode: no county with adcode ${patch.countyAdcode}`);
  }
  return prisma.$transaction(async (tx): Promise<UpdateKeyProjectResult> => {
    const before = await tx.keyProject.findUnique({ where: { id } });
    if (!before) return fail(404, `unknown key project: ${id}`);
    const start = patch.startYear !== undefined ? patch.startYear : before.startYear;
    const target = patch.targetYear ?? before.targetYear;
    if (start !== null && start > target) return fail(422, "startYear must not be after targetYear");
    const changed = (Object.keys(patch) as (keyof KeyProjectPatch)[]).filter((k) => patch[k] !== before[k]);
    if (changed.length === 0) return ok({ project: toKeyProject(before), changed });
    const after = await tx.keyProject.update({ where: { id }, data: patch });
    await recordAudit(tx, {
      username,
      action: "update",
      entity: "key-project",
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return ok({ project: toKeyProject(after), changed });
  });
}

// ---- City page ----

export interface CityDetail {
  city: ProgressRegion;
  progress: RegionProgress;
  counties: RegionProgress[];
  producers: PlanSite[];
  consumers: PlanSite[];
  projects: KeyProjectView[];
  runs: (RunRef & { scopeKind: string; scopeName: string | null })[];
  provinceRun: RunRef | null;
  inclusion: ProgressInclusion;
}

/** Everything the city page and the city export show, or null for an unknown city adcode. */
export async function cityDetail(adcode: string, inclusion: ProgressInclusion): Promise<CityDetail | null> {
  const [{ sites }, regions, run, projects, runRows] = await Promise.all([
    loadPlanSites(),
    loadPlanRegions(),
    latestProvinceRun(),
    listKeyProjects(),
    prisma.pairingRun.findMany({
      where: { status: "done" },
      select: { id: true, scope: true, label: true, finishedAt: true },
      orderBy: { finishedAt: "desc" },
    }),
  ]);
  const city = regions.find((r) => r.adcode === adcode && r.level === "city");
  if (!city) return null;
  const matched = run ? await matchedByProducer(run.ref.id) : new Map<string, Map<string, number>>();
  const progress = regionProgress(sites, regions, "city", matched, inclusion).find((r) => r.adcode === adcode)!;
  const counties = regionProgress(sites, regions, "county", matched, inclusion).filter(
    (r) => r.adcode.slice(0, 4) === adcode.slice(0, 4),
  );
  const inCity = sites.filter(
    (s) => s.countyAdcode?.slice(0, 4) === adcode.slice(0, 4) && progressIncludes(s, inclusion),
  );
  const runs = runRows
    .map((r) => ({ r, scope: parseJsonColumn("PairingRun.scope", runScopeColumn, r.scope) }))
    .filter(
      ({ scope }) =>
        (scope.kind === "city" || scope.kind === "county") && scope.adcode.slice(0, 4) === adcode.slice(0, 4),
    )
    .map(({ r, scope }) => ({
      id: r.id,
      label: r.label,
      finishedAt: (r.finishedAt ?? new Date(0)).toISOString(),
      synthetic: false,
      scopeKind: scope.kind,
      scopeName: scope.name ?? null,
    }));
  return {
    city,
    progress,
    counties,
    producers: inCity
      .filter((s) => s.outputs.length > 0)
      .sort(
        (a, b) =>
          b.outputs.reduce((x, o) => x + o.tonnesPerYear, 0) - a.outputs.reduce((x, o) => x + o.tonnesPerYear, 0),
      ),
    consumers: inCity
      .filter((s) => s.intakes.length > 0)
      .sort(
        (a, b) =>
          b.intakes.reduce((x, i) => x + i.capacityTonnesPerYear, 0) -
          a.intakes.reduce((x, i) => x + i.capacityTonnesPerYear, 0),
      ),
    projects: projects.filter((p) => p.locatedCityAdcode === adcode),
    runs,
    provinceRun: run?.ref ?? null,
    inclusion,
  };
}
