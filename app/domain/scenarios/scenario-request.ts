/** zod schema of POST /api/scenarios and the effective scenario parameters (defaults + overrides). */
import { z } from "zod";
import { coefficient } from "../coefficients";
import { DEFAULT_CIRCUITY } from "../distance";
import { MATERIALS, MATERIAL_CODES, isMaterialCode, materialSpec, type MaterialCode } from "../materials";
import { DEFAULT_NEAREST_N } from "../pairing/params";
import type { CapacityAddition, DrawDownOrder, ScenarioParams } from "./types";

export const SCENARIO_FIRST_YEAR = 2011;
export const SCENARIO_LAST_YEAR = 2030;
/** The plan names Shuozhou (朔州, 140600) and Hejin (河津, in Yuncheng 140800) for stockpile clearance. */
export const PLAN_PRIORITY_CITIES = ["140600", "140800"];
/** Share of a stockpile usable in one year: an assumption (reclaiming old heaps is slower than fresh flow). */
export const DEFAULT_MAX_DRAWDOWN_SHARE = 0.2;
export const MAX_CAPACITY_ADDITIONS = 500;

const year = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole year` })
    .min(SCENARIO_FIRST_YEAR, { error: `${what} must be ${SCENARIO_FIRST_YEAR} or later` })
    .max(SCENARIO_LAST_YEAR, { error: `${what} must be ${SCENARIO_LAST_YEAR} or earlier` });

const nonNegative = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite()
    .nonnegative({ error: `${what} must not be negative` });

const materialKey = (what: string) => (rec: Record<string, unknown>, ctx: z.RefinementCtx) => {
  for (const key of Object.keys(rec))
    if (!isMaterialCode(key)) ctx.addIssue({ code: "custom", message: `unknown material in ${what}: ${key}` });
};

const productionSchema = z
  .object({
    growthRatePerYear: z
      .number({ error: "growthRatePerYear must be a number" })
      .min(-0.5, { error: "growthRatePerYear must be at least −0.5" })
      .max(0.5, { error: "growthRatePerYear must be at most 0.5" }),
    path: z
      .array(
        z
          .object({
            year: z.number().int({ error: "path year must be a whole year" }).min(2000).max(2050),
            factor: nonNegative("path factor").max(100),
          })
          .strict(),
      )
      .max(50)
      .superRefine((pts, ctx) => {
        for (let i = 1; i < pts.length; i++)
          if (pts[i].year <= pts[i - 1].year)
            ctx.addIssue({ code: "custom", message: "path years must be strictly increasing" });
      }),
  })
  .partial()
  .strict();

const additionSchema = z
  .object({
    id: z.string().max(80).optional(),
    label: z.string().max(200).optional(),
    material: z.string().superRefine((m, ctx) => {
      if (!isMaterialCode(m)) ctx.addIssue({ code: "custom", message: `unknown material "${m}"` });
    }),
    route: z.string().min(1, { error: "route is required" }),
    tonnesPerYear: z
      .number({ error: "tonnesPerYear must be a number" })
      .finite()
      .positive({ error: "tonnesPerYear must be positive" }),
    startYear: z.number().int({ error: "startYear must be a whole year" }).min(2000).max(2050),
    lng: z.number().min(-180).max(180).nullable().optional(),
    lat: z.number().min(-90).max(90).nullable().optional(),
    countyAdcode: z
      .string()
      .regex(/^\d{6}$/, { error: "countyAdcode must be 6 digits" })
      .nullable()
      .optional(),
    source: z.enum(["key-project", "siting", "manual"]).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const spec = materialSpec(a.material);
    if (spec && !spec.routes.includes(a.route))
      ctx.addIssue({
        code: "custom",
        path: ["route"],
        message: `unknown route "${a.route}" for ${a.material} (known: ${spec.routes.join(", ")})`,
      });
    if ((a.lng == null) !== (a.lat == null))
      ctx.addIssue({ code: "custom", message: "give both lng and lat, or neither" });
  });

export const scenarioParamsSchema = z
  .object({
    utilisation: z.enum(["pairing", "aggregate"], { error: "params.utilisation must be pairing or aggregate" }),
    production: z.record(z.string(), productionSchema).superRefine(materialKey("params.production")),
    capacityAdditions: z
      .array(additionSchema)
      .max(MAX_CAPACITY_ADDITIONS, { error: `at most ${MAX_CAPACITY_ADDITIONS} capacity additions` }),
    drawDown: z
      .object({
        order: z.enum(["plan-priority", "largest-first", "proportional"], {
          error: "drawDown.order must be plan-priority, largest-first or proportional",
        }),
        maxShareOfStockpilePerYear: nonNegative("drawDown.maxShareOfStockpilePerYear").max(1, {
          error: "drawDown.maxShareOfStockpilePerYear must be at most 1",
        }),
        priorityCities: z
          .array(z.string().regex(/^\d{4}00$/, { error: "priorityCities are city adcodes (6 digits ending in 00)" }))
          .max(20),
      })
      .partial()
      .strict(),
    includeKeyProjects: z.boolean({ error: "includeKeyProjects must be true or false" }),
    landTonnesPerMu: z
      .number({ error: "landTonnesPerMu must be a number" })
      .finite()
      .positive({ error: "landTonnesPerMu must be positive" }),
    includeSynthetic: z.boolean(),
    includeNonOperating: z.boolean(),
    maxHaulKm: z.record(z.string(), nonNegative("maxHaulKm").max(1000)).superRefine(materialKey("maxHaulKm")),
    costYuanPerTonneKm: z
      .record(z.string(), nonNegative("costYuanPerTonneKm"))
      .superRefine(materialKey("costYuanPerTonneKm")),
    circuity: z
      .number()
      .finite()
      .min(1, { error: "circuity must be at least 1" })
      .max(5, { error: "circuity must be at most 5" }),
    nearestN: z
      .number()
      .int()
      .min(1, { error: "nearestN must be at least 1" })
      .max(2000, { error: "nearestN must be at most 2000" }),
  })
  .partial()
  .strict();

export const scenarioRequestSchema = z
  .object({
    label: z.string().max(120, { error: "label must be at most 120 characters" }).optional(),
    fromYear: year("fromYear"),
    toYear: year("toYear"),
    materials: z
      .array(z.string(), { error: "materials must be an array of material codes" })
      .superRefine((codes, ctx) => {
        for (const c of codes)
          if (!isMaterialCode(c))
            ctx.addIssue({ code: "custom", message: `unknown material: ${c} (known: ${MATERIAL_CODES.join(", ")})` });
      })
      .optional(),
    params: scenarioParamsSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.toYear < r.fromYear)
      ctx.addIssue({
        code: "custom",
        path: ["toYear"],
        message: `years are out of order: toYear ${r.toYear} is before fromYear ${r.fromYear}`,
      });
  });

export type ScenarioRequestBody = z.infer<typeof scenarioRequestSchema>;
export interface ScenarioRequest {
  label: string | null;
  params: ScenarioParams;
}

/** Effective parameters: every default filled in (materials default to all). */
export function effectiveScenarioParams(body: ScenarioRequestBody): ScenarioParams {
  const p = body.params ?? {};
  const materials = (
    body.materials && body.materials.length > 0 ? [...new Set(body.materials)] : MATERIALS.map((m) => m.code)
  ) as MaterialCode[];
  const land = coefficient("stockpile-tonnes-per-mu");
  const maxHaulKm: ScenarioParams["maxHaulKm"] = {};
  const costYuanPerTonneKm: ScenarioParams["costYuanPerTonneKm"] = {};
  const production: ScenarioParams["production"] = {};
  for (const m of materials) {
    const spec = materialSpec(m)!;
    maxHaulKm[m] = p.maxHaulKm?.[m] ?? spec.maxHaulKm;
    costYuanPerTonneKm[m] = p.costYuanPerTonneKm?.[m] ?? spec.costYuanPerTonneKm;
    const prod = p.production?.[m];
    production[m] = { growthRatePerYear: prod?.growthRatePerYear ?? 0, path: prod?.path ?? [] };
  }
  const capacityAdditions: CapacityAddition[] = (p.capacityAdditions ?? []).map((a, i) => ({
    id: a.id ?? `add-${i + 1}`,
    label: a.label ?? `${a.material} ${a.route} ${a.startYear}`,
    material: a.material as MaterialCode,
    route: a.route,
    tonnesPerYear: a.tonnesPerYear,
    startYear: a.startYear,
    lng: a.lng ?? null,
    lat: a.lat ?? null,
    countyAdcode: a.countyAdcode ?? null,
    source: a.source ?? "manual",
  }));
  return {
    fromYear: body.fromYear,
    toYear: body.toYear,
    baseYear: body.fromYear - 1,
    materials,
    utilisation: p.utilisation ?? "pairing",
    production,
    capacityAdditions,
    includeKeyProjects: p.includeKeyProjects ?? false,
    drawDown: {
      order: (p.drawDown?.order ?? "plan-priority") as DrawDownOrder,
      maxShareOfStockpilePerYear: p.drawDown?.maxShareOfStockpilePerYear ?? DEFAULT_MAX_DRAWDOWN_SHARE,
      priorityCities: p.drawDown?.priorityCities ?? PLAN_PRIORITY_CITIES,
    },
    land:
      p.landTonnesPerMu !== undefined
        ? { tonnesPerMu: p.landTonnesPerMu, coefficientKey: "user", source: "set in the request", status: "unverified" }
        : { tonnesPerMu: land.value, coefficientKey: land.key, source: land.source, status: land.status },
    includeSynthetic: p.includeSynthetic ?? false,
    includeNonOperating: p.includeNonOperating ?? false,
    maxHaulKm,
    costYuanPerTonneKm,
    circuity: p.circuity ?? DEFAULT_CIRCUITY,
    nearestN: p.nearestN ?? DEFAULT_NEAREST_N,
  };
}

/** Parses a request body; returns the label and effective params, or the first specific error message. */
export function parseScenarioRequest(
  body: unknown,
): { ok: true; value: ScenarioRequest } | { ok: false; error: string } {
  const r = scenarioRequestSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, error: `${where}${issue.message}` };
  }
  return { ok: true, value: { label: r.data.label ?? null, params: effectiveScenarioParams(r.data) } };
}
