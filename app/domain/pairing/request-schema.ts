/** zod schema of POST /api/pairings: scope, materials and optional parameter overrides. */
import { z } from "zod";
import { MATERIAL_CODES, isMaterialCode, type MaterialCode } from "../materials";
import { polygonStructureProblem } from "./scope";
import { countPositions, MAX_POLYGON_VERTICES } from "./polygon-geometry";
import type { PairingParamOverrides } from "./params";
import type { PairingScope, PolygonGeometry } from "./types";
import { inclusionBodyShape } from "../site-inclusion";
import { CIRCUITY_RANGE } from "../distance";

const nonNegative = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite()
    .nonnegative({ error: `${what} must not be negative` });

const perMaterial = (what: string) =>
  z.record(z.string(), nonNegative(what)).superRefine((rec, ctx) => {
    for (const key of Object.keys(rec))
      if (!isMaterialCode(key)) ctx.addIssue({ code: "custom", message: `unknown material in ${what}: ${key}` });
  });

const adcode = z.string().regex(/^\d{6}$/, { error: "adcode must be 6 digits" });

const polygonGeometry = z
  .object({
    type: z.enum(["Polygon", "MultiPolygon"], { error: "geometry.type must be Polygon or MultiPolygon" }),
    coordinates: z.array(z.any()).min(1, { error: "geometry.coordinates is empty" }),
  })
  .strict()
  .superRefine((g, ctx) => {
    const positions = countPositions(g);
    if (positions > MAX_POLYGON_VERTICES) {
      // A size limit, not a mistake in the shape: 422 (see app/http/body.ts), checked before any geometry work.
      ctx.addIssue({
        code: "custom",
        message: `polygon has ${positions} positions; at most ${MAX_POLYGON_VERTICES} are accepted`,
        params: { status: 422 },
      });
      return;
    }
    // Linear checks only; crossing and area are checked by the application (off the event loop when large).
    let problem: string | null;
    try {
      problem = polygonStructureProblem(g as PolygonGeometry);
    } catch {
      problem = "polygon coordinates are malformed";
    }
    if (problem) ctx.addIssue({ code: "custom", message: `invalid polygon: ${problem}` });
  });

export const scopeSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("province") }).strict(),
    z.object({ kind: z.literal("city"), adcode }).strict(),
    z.object({ kind: z.literal("county"), adcode }).strict(),
    z.object({ kind: z.literal("park"), id: z.string().min(1, { error: "park id is empty" }).max(200) }).strict(),
    z.object({ kind: z.literal("polygon"), geometry: polygonGeometry }).strict(),
  ],
  { error: "scope.kind must be one of province, city, county, park, polygon" },
);

export const paramsSchema = z
  .object({
    maxHaulKm: perMaterial("maxHaulKm"),
    costYuanPerTonneKm: perMaterial("costYuanPerTonneKm"),
    co2KgPerTonneKm: perMaterial("co2KgPerTonneKm"),
    circuity: z
      .number()
      .finite()
      .min(CIRCUITY_RANGE[0], { error: `circuity must be at least ${CIRCUITY_RANGE[0]}` })
      .max(CIRCUITY_RANGE[1], { error: `circuity must be at most ${CIRCUITY_RANGE[1]}` }),
    landfillYuanPerTonne: nonNegative("landfillYuanPerTonne"),
    landfillYuanPerTonneByMaterial: perMaterial("landfillYuanPerTonneByMaterial"),
    utilisationPenaltyYuanPerTonne: nonNegative("utilisationPenaltyYuanPerTonne"),
    cycleBonusYuanPerTonne: z
      .object({
        enterprise: nonNegative("cycleBonusYuanPerTonne.enterprise"),
        park: nonNegative("cycleBonusYuanPerTonne.park"),
      })
      .partial()
      .strict(),
    nearestN: z
      .number()
      .int({ error: "nearestN must be an integer" })
      .min(1, { error: "nearestN must be at least 1" })
      .max(2000, { error: "nearestN must be at most 2000" }),
    ...inclusionBodyShape,
  })
  .partial()
  .strict();

export const pairingRequestSchema = z
  .object({
    scope: scopeSchema,
    materials: z
      .array(z.string(), { error: "materials must be an array of material codes" })
      .min(1, { error: "choose at least one material" })
      .superRefine((codes, ctx) => {
        for (const c of codes)
          if (!isMaterialCode(c))
            ctx.addIssue({ code: "custom", message: `unknown material: ${c} (known: ${MATERIAL_CODES.join(", ")})` });
      }),
    params: paramsSchema.optional(),
    label: z.string().max(120).optional(),
  })
  .strict();

export interface PairingRequest {
  scope: PairingScope;
  materials: MaterialCode[];
  params: PairingParamOverrides;
  label?: string;
}

/** The validated request body as a PairingRequest (materials de-duplicated). */
export function toPairingRequest(data: z.output<typeof pairingRequestSchema>): PairingRequest {
  const materials = [...new Set(data.materials)] as MaterialCode[];
  return {
    scope: data.scope as PairingScope,
    materials,
    params: (data.params ?? {}) as PairingParamOverrides,
    label: data.label,
  };
}

/** Parses a request body; returns the request or the first specific error message. */
export function parsePairingRequest(body: unknown): { ok: true; value: PairingRequest } | { ok: false; error: string } {
  const r = pairingRequestSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, error: `${where}${issue.message}` };
  }
  const materials = [...new Set(r.data.materials)] as MaterialCode[];
  return {
    ok: true,
    value: {
      scope: r.data.scope as PairingScope,
      materials,
      params: (r.data.params ?? {}) as PairingParamOverrides,
      label: r.data.label,
    },
  };
}
