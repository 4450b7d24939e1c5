/**
 * The JSON text columns of the database, one zod schema per column, parsed on read so a malformed or foreign row
 * fails loudly where it is read instead of travelling on as a cast. The columns stay String in Prisma (SQLite).
 */
import { z } from "zod";
import type { MultiPolygon, Polygon } from "geojson";
import { MATERIAL_CODES } from "./materials";
import { CYCLE_LEVELS } from "./cycle-level";
import { INCLUDE_ALL_SITES, withInclusionDefaults } from "./site-inclusion";
import { DEFAULT_SITE_STATUS, SITE_STATUSES } from "./site-status";
import type { CycleLevel, RegistrySite } from "./registry-types";
import type { PairingExplanation, PairingParams, PairingScope, PairingSummary } from "./pairing/types";
import type { RunListSummary } from "./pairing/run-list-summary";
import type { ProposalSnapshot } from "./proposals/proposal-types";
import type { ScenarioParams, ScenarioResult } from "./scenarios/types";

/** Parses one JSON column value with its schema; throws naming the column and the first problem. */
export function parseJsonColumn<T>(column: string, schema: z.ZodType<T>, text: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${column}: stored value is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(
      `${column}: stored value does not match its schema at ${i.path.join(".") || "(root)"}: ${i.message}`,
    );
  }
  return parsed.data;
}

const num = z.number();
const materialCode = z.enum(MATERIAL_CODES);
const cycleLevel = z.enum(CYCLE_LEVELS as [CycleLevel, ...CycleLevel[]]);
const perMaterial = z.partialRecord(materialCode, num);

const position = z.array(num).min(2);
const ring = z.array(position).min(4);
/** Region.geometry and Park.geometry: a GeoJSON Polygon or MultiPolygon in WGS84. */
export const polygonGeometryColumn: z.ZodType<Polygon | MultiPolygon> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/** PairingRun.materials: the material codes solved, in order. */
export const runMaterialsColumn = z.array(materialCode);

/** PairingRun.scope: the scope with the display names of its region or park. */
export const runScopeColumn: z.ZodType<PairingScope & { name?: string | null; nameEn?: string | null }> = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("province") }),
    z.object({ kind: z.literal("city"), adcode: z.string() }),
    z.object({ kind: z.literal("county"), adcode: z.string() }),
    z.object({ kind: z.literal("park"), id: z.string() }),
    z.object({ kind: z.literal("polygon"), geometry: polygonGeometryColumn }),
  ])
  .and(z.object({ name: z.string().nullish(), nameEn: z.string().nullish() }));

/**
 * PairingRun.params: every effective value the run used (unknown extra keys are kept). Runs stored before the
 * inclusion options existed used every site, so a missing option reads as "included".
 */
export const runParamsColumn: z.ZodType<PairingParams> = z
  .looseObject({
    maxHaulKm: perMaterial,
    costYuanPerTonneKm: perMaterial,
    circuity: num,
    landfillYuanPerTonne: num,
    utilisationPenaltyYuanPerTonne: num,
    cycleBonusYuanPerTonne: z.object({ enterprise: num, park: num }),
    co2KgPerTonneKm: perMaterial,
    nearestN: num,
    materials: z.array(materialCode),
    includeSynthetic: z.boolean().optional(),
    includeNonOperating: z.boolean().optional(),
  })
  .transform((p) => ({ ...p, ...withInclusionDefaults(p, INCLUDE_ALL_SITES) }));

const tonnesBySite = z.object({ siteId: z.string(), tonnes: num });
const materialResult = z.looseObject({
  material: materialCode,
  unit: z.string(),
  producers: num,
  consumers: num,
  candidates: num,
  producedTonnes: num,
  matchedTonnes: num,
  unmatchedTonnes: num,
  capacityTonnes: num,
  spareCapacityTonnes: num,
  utilisation: num,
  byCycleLevel: z.record(cycleLevel, num),
  byRoute: z.record(z.string(), num),
  tonneKm: num,
  transportCostYuan: num,
  landfillCostYuan: num,
  co2Kg: num,
  objective: num,
  utilisationCertified: z.boolean(),
  solveSeconds: num,
  limitWarnings: z.array(z.object({ producerId: z.string(), unplacedTonnes: num, candidatesInRange: num })),
  truncatedProducers: num,
  greedy: z.object({
    matchedTonnes: num,
    transportCostYuan: num,
    objective: num,
    objectiveGapPct: num,
    costGapPct: num,
    realCostYuan: num,
    optimalRealCostYuan: num,
    unplacedExtraTonnes: num,
  }),
  unmatched: z.array(tonnesBySite),
  spare: z.array(tonnesBySite.extend({ route: z.string() })),
});
const runSite = z.object({
  name: z.string(),
  nameEn: z.string(),
  lng: num,
  lat: num,
  ownerGroup: z.string().nullable(),
  parkId: z.string().nullable(),
  countyAdcode: z.string().nullable(),
  synthetic: z.boolean(),
});

const runTotals = z.object({
  producedTonnes: num,
  matchedTonnes: num,
  utilisation: num,
  tonneKm: num,
  transportCostYuan: num,
  landfillCostYuan: num,
  co2Kg: num,
  pairings: num,
});

/** PairingRun.summary: per-material results, totals and the involved sites as they were when the run solved. */
export const runSummaryColumn: z.ZodType<PairingSummary> = z.looseObject({
  materials: z.array(materialResult),
  totals: runTotals,
  sites: num,
  involvedSites: z.record(z.string(), runSite),
  synthetic: z.boolean(),
  limitWarnings: num,
});

/** PairingRun.listSummary: the summary as run lists show it (run-list-summary.ts), without the site lists. */
export const runListSummaryColumn: z.ZodType<RunListSummary> = z.looseObject({
  materials: z.array(materialResult.omit({ unmatched: true, spare: true, limitWarnings: true })),
  totals: runTotals,
  sites: num,
  synthetic: z.boolean(),
  limitWarnings: num,
});

/** Pairing.explanation: why this consumer, and what the next-best one would cost. */
export const pairingExplanationColumn: z.ZodType<PairingExplanation> = z.object({
  costPerTonneYuan: num,
  bonusPerTonneYuan: num,
  vatBadge: z
    .object({
      category: z.enum(["bricks-blocks-boards", "cement-clinker", "aggregate", "gangue-power"]),
      threshold: z.string(),
    })
    .nullable(),
  alternative: z
    .object({
      consumerId: z.string(),
      route: z.string(),
      distanceKm: num,
      roadKm: num,
      costYuan: num,
      extraCostYuan: num,
      cycleLevel,
      spareTonnes: num,
    })
    .nullable(),
  cheaperFullConsumers: num,
});

const registrySite: z.ZodType<RegistrySite> = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  ownerGroup: z.string().nullable(),
  industry: z.string(),
  lng: num,
  lat: num,
  countyAdcode: z.string().nullable(),
  cityAdcode: z.string().nullable(),
  parkId: z.string().nullable(),
  capacityMw: num.nullable(),
  outsideProvince: z.boolean(),
  // Snapshots built before sites had a status hold operating sites only.
  status: z.enum(SITE_STATUSES).default(DEFAULT_SITE_STATUS),
  provenance: z.object({
    source: z.string(),
    licence: z.string(),
    precision: z.enum(["exact", "county", "estimated"]),
    synthetic: z.boolean(),
    sourceRef: z.string().nullable(),
  }),
  outputs: z.array(
    z.object({
      material: materialCode,
      tonnesPerYear: num,
      stockpileTonnes: num,
      estimated: z.boolean(),
      coefficient: z.string().nullable(),
    }),
  ),
  intakes: z.array(
    z.object({ material: materialCode, route: z.string(), capacityTonnesPerYear: num, committedTonnesPerYear: num }),
  ),
});

/** Proposal.snapshot: everything a proposal was built on (sites, pairings, params, catalogues). */
export const proposalSnapshotColumn: z.ZodType<ProposalSnapshot> = z.object({
  schemaVersion: z.literal(1),
  builtAt: z.string(),
  origin: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("run-component"), runId: z.string(), componentIndex: num }),
    z.object({ kind: z.literal("run-park"), runId: z.string(), parkId: z.string() }),
    z.object({ kind: z.literal("sites"), siteIds: z.array(z.string()), runId: z.string().nullable() }),
    z.object({ kind: z.literal("example") }),
  ]),
  park: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() }).nullable(),
  sites: z.array(registrySite),
  pairings: z.array(
    z.object({
      producerId: z.string(),
      consumerId: z.string(),
      material: materialCode,
      route: z.string(),
      tonnesPerYear: num,
      distanceKm: num,
      roadKm: num,
      costYuan: num,
      co2Kg: num,
      cycleLevel,
    }),
  ),
  params: z.object({
    circuity: num,
    maxHaulKm: perMaterial,
    costYuanPerTonneKm: perMaterial,
    method: z.string(),
    extra: z.record(z.string(), z.unknown()),
  }),
  materials: z.array(
    z.object({
      code: materialCode,
      nameZh: z.string(),
      nameEn: z.string(),
      unit: z.string(),
      maxHaulKm: num,
      haulStatus: z.string(),
      costYuanPerTonneKm: num,
      costStatus: z.string(),
    }),
  ),
  coefficients: z.array(
    z.object({
      key: z.string(),
      value: num,
      unit: z.string(),
      descriptionZh: z.string(),
      descriptionEn: z.string(),
      source: z.string(),
      status: z.string(),
    }),
  ),
  synthetic: z.boolean(),
  example: z.boolean(),
});

/** AuditLog.before / AuditLog.after: any JSON (a site or user as it was); legacy non-JSON text is kept as text. */
export function parseAuditValue(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const year = z.number().int();

/**
 * ScenarioRun.params: the effective parameters of a scenario. The top-level shape is checked (what the engine, the
 * views and the exports index into); nested records stay loose, so the cast names the whole stored type.
 */
export const scenarioParamsColumn = z.looseObject({
  fromYear: year,
  toYear: year,
  baseYear: year,
  materials: z.array(materialCode),
  utilisation: z.enum(["pairing", "aggregate"]),
  production: z.record(z.string(), z.unknown()),
  capacityAdditions: z.array(
    z.looseObject({ material: materialCode, route: z.string(), tonnesPerYear: num, startYear: year }),
  ),
  includeKeyProjects: z.boolean(),
  drawDown: z.looseObject({ order: z.string(), maxShareOfStockpilePerYear: num, priorityCities: z.array(z.string()) }),
  land: z.looseObject({ tonnesPerMu: num, coefficientKey: z.string(), source: z.string(), status: z.string() }),
  includeSynthetic: z.boolean(),
  includeNonOperating: z.boolean(),
  maxHaulKm: perMaterial,
  costYuanPerTonneKm: perMaterial,
  circuity: num,
}) as unknown as z.ZodType<ScenarioParams>;

/** ScenarioRun.result: the years, the per-city clearing and the base stockpile (years checked per row, loosely). */
export const scenarioResultColumn = z.looseObject({
  years: z.array(z.looseObject({ year, landReleasedMu: num, stockpileByCity: z.record(z.string(), num) })),
  cities: z.array(
    z.object({
      adcode: z.string(),
      baseStockpileTonnes: num,
      drawnDownTonnes: num.optional(),
      finalStockpileTonnes: num.optional(),
      clearedYear: year.nullable(),
      yearsToClear: num.nullable(),
    }),
  ),
  baseStockpileTonnes: num,
  synthetic: z.boolean(),
}) as unknown as z.ZodType<ScenarioResult>;
