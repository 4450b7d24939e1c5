/** zod schemas of the proposal API: create, update and export query. */
import { z } from "zod";
import { TABLE_KEYS } from "../exports/export-tables";
import { PROPOSAL_CYCLE_LEVELS, type ProposalCycleLevel } from "./proposal-types";
import { inclusionBodyShape } from "../site-inclusion";

/** Most sites a map selection may hold (the cluster is solved in-process). */
export const MAX_SELECTED_SITES = 300;

const name = z
  .string()
  .trim()
  .min(1, { error: "name must not be empty" })
  .max(200, { error: "name is longer than 200 characters" });
const notes = z.string().max(5000, { error: "notes are longer than 5000 characters" });
const cycleLevel = z.enum(PROPOSAL_CYCLE_LEVELS as [ProposalCycleLevel, ...ProposalCycleLevel[]], {
  error: `cycleLevel must be one of ${PROPOSAL_CYCLE_LEVELS.join(", ")}`,
});
const id = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .min(1, { error: `${what} is required` })
    .max(200);

const common = { name: name.optional(), notes: notes.nullable().optional(), cycleLevel: cycleLevel.optional() };

// A run's clusters use exactly the sites the run used (its params say whether synthetic or non-operating sites took
// part), so the inclusion options belong to building from sites only; given with a run source they are an error.
const fromRun = (option: string) =>
  z
    .never({
      error: `${option} applies to building from sites; a cluster from a run uses the sites the run used (see the run's params.${option})`,
    })
    .optional();
const runSourceOptions = {
  includeSynthetic: fromRun("includeSynthetic"),
  includeNonOperating: fromRun("includeNonOperating"),
};

export const createProposalSchema = z.discriminatedUnion(
  "from",
  [
    z
      .object({
        from: z.literal("run-component"),
        runId: id("runId"),
        componentIndex: z.number().int().nonnegative({ error: "componentIndex must be a whole number ≥ 0" }),
        ...common,
        ...runSourceOptions,
      })
      .strict(),
    z
      .object({ from: z.literal("run-park"), runId: id("runId"), parkId: id("parkId"), ...common, ...runSourceOptions })
      .strict(),
    z
      .object({
        from: z.literal("sites"),
        siteIds: z
          .array(id("siteIds[]"))
          .min(2, { error: "select at least 2 sites" })
          .max(MAX_SELECTED_SITES, { error: `select at most ${MAX_SELECTED_SITES} sites` }),
        runId: id("runId").nullable().optional(),
        // Real operating sites only unless asked: other selected sites are left out of the cluster (site-inclusion.ts).
        ...inclusionBodyShape,
        ...common,
      })
      .strict(),
    z.object({ from: z.literal("duplicate"), proposalId: id("proposalId"), ...common }).strict(),
  ],
  { error: 'from must be "run-component", "run-park", "sites" or "duplicate"' },
);

export type CreateProposalRequest = z.infer<typeof createProposalSchema>;

export const updateProposalSchema = z
  .object({ name: name.optional(), notes: notes.nullable().optional(), cycleLevel: cycleLevel.optional() })
  .strict()
  .refine((v) => v.name !== undefined || v.notes !== undefined || v.cycleLevel !== undefined, {
    error: "nothing to update: give name, notes or cycleLevel",
  });

export type UpdateProposalRequest = z.infer<typeof updateProposalSchema>;

export const EXPORT_FORMATS = ["geojson", "csv", "xlsx", "pdf", "docx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  lang: z.enum(["zh", "en"], { error: "lang must be zh or en" }).default("zh"),
  sheet: z.enum(TABLE_KEYS, { error: `sheet must be one of ${TABLE_KEYS.join(", ")}` }).default("pairings"),
});

export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** First zod issue as "path: message" (the API's specific 400 message). */
export function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  return i ? (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message) : "invalid request";
}
