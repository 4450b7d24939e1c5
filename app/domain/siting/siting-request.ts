/** zod schema of POST /api/siting and the effective siting parameters (catalogue defaults + overrides). */
import { z } from "zod";
import { DEFAULT_CIRCUITY } from "../distance";
import { MATERIAL_CODES, isMaterialCode, materialSpec, type MaterialCode } from "../materials";
import { DEFAULT_NEAREST_N } from "../pairing/params";
import { CANDIDATE_KINDS, type CandidateKind, type SitingParams } from "./types";

/** Upper bound on k: the MILP stays exact but grows combinatorially; ten is the plan-scale question. */
export const MAX_SITING_PLANTS = 20;
export const DEFAULT_SITING_TIME_LIMIT_S = 60;
export const DEFAULT_SITING_MIP_REL_GAP = 1e-9;

const positive = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite({ error: `${what} must be finite` })
    .positive({ error: `${what} must be positive` });

const sitingParamsSchema = z
  .object({
    maxHaulKm: positive("params.maxHaulKm").max(1000, { error: "params.maxHaulKm must be at most 1000" }),
    costYuanPerTonneKm: z
      .number({ error: "params.costYuanPerTonneKm must be a number" })
      .finite()
      .nonnegative({ error: "params.costYuanPerTonneKm must not be negative" }),
    circuity: z
      .number({ error: "params.circuity must be a number" })
      .finite()
      .min(1, { error: "params.circuity must be at least 1" })
      .max(5, { error: "params.circuity must be at most 5" }),
    nearestN: z
      .number()
      .int({ error: "params.nearestN must be an integer" })
      .min(1, { error: "params.nearestN must be at least 1" })
      .max(2000, { error: "params.nearestN must be at most 2000" }),
    candidateKinds: z
      .array(
        z.enum(CANDIDATE_KINDS as [CandidateKind, ...CandidateKind[]], {
          error: `params.candidateKinds: each must be one of ${CANDIDATE_KINDS.join(", ")}`,
        }),
      )
      .min(1, { error: "params.candidateKinds must name at least one kind" }),
    timeLimitSeconds: positive("params.timeLimitSeconds").max(600, {
      error: "params.timeLimitSeconds must be at most 600",
    }),
    mipRelGap: z
      .number()
      .finite()
      .min(0, { error: "params.mipRelGap must not be negative" })
      .max(0.5, { error: "params.mipRelGap must be at most 0.5" }),
  })
  .partial()
  .strict();

export const sitingRequestSchema = z
  .object({
    material: z.string({ error: "material is required" }).superRefine((m, ctx) => {
      if (!isMaterialCode(m))
        ctx.addIssue({ code: "custom", message: `unknown material "${m}" (known: ${MATERIAL_CODES.join(", ")})` });
    }),
    route: z.string({ error: "route is required" }).min(1, { error: "route is required" }),
    plantCapacityTonnesPerYear: positive("plantCapacityTonnesPerYear").max(1e9, {
      error: "plantCapacityTonnesPerYear must be at most 1e9",
    }),
    maxPlants: z
      .number({ error: "maxPlants must be a number" })
      .int({ error: "maxPlants must be an integer" })
      .min(1, { error: "maxPlants must be at least 1" })
      .max(MAX_SITING_PLANTS, { error: `maxPlants must be at most ${MAX_SITING_PLANTS}` }),
    includeSynthetic: z.boolean({ error: "includeSynthetic must be true or false" }).optional(),
    includeNonOperating: z.boolean({ error: "includeNonOperating must be true or false" }).optional(),
    params: sitingParamsSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const spec = materialSpec(r.material);
    if (spec && !spec.routes.includes(r.route))
      ctx.addIssue({
        code: "custom",
        path: ["route"],
        message: `unknown route "${r.route}" for ${r.material} (known: ${spec.routes.join(", ")})`,
      });
    if (spec && spec.unit !== "t")
      ctx.addIssue({
        code: "custom",
        path: ["material"],
        message: `siting places plants for materials measured in tonnes; ${r.material} is measured in ${spec.unit}`,
      });
  });

export type SitingRequest = z.infer<typeof sitingRequestSchema>;

/** Every effective parameter of a siting request. */
export function effectiveSitingParams(req: SitingRequest): SitingParams {
  const material = req.material as MaterialCode;
  const spec = materialSpec(material)!;
  const p = req.params ?? {};
  return {
    material,
    route: req.route,
    plantCapacityTonnesPerYear: req.plantCapacityTonnesPerYear,
    maxPlants: req.maxPlants,
    includeSynthetic: req.includeSynthetic ?? false,
    includeNonOperating: req.includeNonOperating ?? false,
    maxHaulKm: p.maxHaulKm ?? spec.maxHaulKm,
    costYuanPerTonneKm: p.costYuanPerTonneKm ?? spec.costYuanPerTonneKm,
    circuity: p.circuity ?? DEFAULT_CIRCUITY,
    nearestN: p.nearestN ?? DEFAULT_NEAREST_N,
    candidateKinds: p.candidateKinds ? [...new Set(p.candidateKinds)] : [...CANDIDATE_KINDS],
    timeLimitSeconds: p.timeLimitSeconds ?? DEFAULT_SITING_TIME_LIMIT_S,
    mipRelGap: p.mipRelGap ?? DEFAULT_SITING_MIP_REL_GAP,
  };
}

/** Parses a request body; returns the effective params or the first specific error message. */
export function parseSitingRequest(body: unknown): { ok: true; value: SitingParams } | { ok: false; error: string } {
  const r = sitingRequestSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, error: `${where}${issue.message}` };
  }
  return { ok: true, value: effectiveSitingParams(r.data) };
}
