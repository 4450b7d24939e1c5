/** The validated shape of one site with its flows, shared by the import, the edit form and the sites API. */
import { z } from "zod";
import { MATERIAL_CODES, materialSpec } from "../materials";
import { MAX_OTHER_UNITS_PER_YEAR, maxQuantityPerYear } from "./limits";
import { DEFAULT_SITE_STATUS, SITE_STATUSES } from "../site-status";
import { isWellFormedText, MALFORMED_TEXT_MESSAGE } from "../text-safety";

// Per-material limits (tonnes vs Nm³/GJ/m³) are checked in siteInputSchema below.
const tonnes = z.number().finite().min(0).max(MAX_OTHER_UNITS_PER_YEAR);
// Lone UTF-16 surrogates cannot be stored (SQLite text is UTF-8): refused here, so a dry run reports them too.
const wellFormed = (max: number) =>
  z.string().refine(isWellFormedText, { error: MALFORMED_TEXT_MESSAGE }).trim().max(max);
const text = (max: number) => wellFormed(max);
const optionalText = (max: number) =>
  wellFormed(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const outputInputSchema = z
  .object({
    material: z.enum(MATERIAL_CODES),
    tonnesPerYear: tonnes,
    stockpileTonnes: tonnes.default(0),
    estimated: z.boolean().default(false),
    coefficient: optionalText(100),
    wasteCode: optionalText(40),
  })
  .strict();

export const intakeInputSchema = z
  .object({
    material: z.enum(MATERIAL_CODES),
    route: text(80).min(1),
    capacityTonnesPerYear: tonnes,
    committedTonnesPerYear: tonnes.default(0),
    estimated: z.boolean().default(false),
    coefficient: optionalText(100),
  })
  .strict();

export const PRECISIONS = ["exact", "county", "estimated"] as const;

const siteFields = z
  .object({
    name: text(200).min(1),
    nameEn: text(200).default(""),
    ownerGroup: optionalText(200),
    industry: text(80).min(1),
    lng: z.number().finite().min(-180).max(180),
    lat: z.number().finite().min(-90).max(90),
    capacityMw: z
      .number()
      .finite()
      .min(0)
      .max(1e6)
      .nullish()
      .transform((v) => v ?? null),
    parkId: optionalText(80),
    source: text(300).default("user"),
    sourceRef: optionalText(200),
    licence: text(200).default("user-provided"),
    precision: z.enum(PRECISIONS).default("exact"),
    synthetic: z.boolean().default(false),
    outsideProvince: z.boolean().default(false),
    // Operating status; analyses leave non-operating sites out unless asked (site-inclusion.ts).
    status: z
      .enum(SITE_STATUSES, { error: `status must be one of ${SITE_STATUSES.join(", ")}` })
      .default(DEFAULT_SITE_STATUS),
    notes: optionalText(2000),
    outputs: z.array(outputInputSchema).max(50).default([]),
    intakes: z.array(intakeInputSchema).max(50).default([]),
  })
  .strict();

/** The field names a site has (PATCH accepts any subset of them plus `version`). */
export const SITE_FIELD_KEYS = Object.keys(siteFields.shape) as (keyof typeof siteFields.shape)[];

export const siteInputSchema = siteFields.superRefine((site, ctx) => {
  const check = (list: "outputs" | "intakes", i: number, field: string, material: string, value: number) => {
    const max = maxQuantityPerYear(materialSpec(material)?.unit);
    if (value > max)
      ctx.addIssue({ code: "custom", path: [list, i, field], message: `at most ${max} per year for ${material}` });
  };
  site.outputs.forEach((o, i) => {
    check("outputs", i, "tonnesPerYear", o.material, o.tonnesPerYear);
    check("outputs", i, "stockpileTonnes", o.material, o.stockpileTonnes);
  });
  site.intakes.forEach((o, i) => {
    check("intakes", i, "capacityTonnesPerYear", o.material, o.capacityTonnesPerYear);
    check("intakes", i, "committedTonnesPerYear", o.material, o.committedTonnesPerYear);
  });
  const seenOut = new Set<string>();
  site.outputs.forEach((o, i) => {
    if (seenOut.has(o.material))
      ctx.addIssue({ code: "custom", path: ["outputs", i, "material"], message: "duplicate output material" });
    seenOut.add(o.material);
  });
  const seenIn = new Set<string>();
  site.intakes.forEach((o, i) => {
    const key = `${o.material}|${o.route}`;
    if (seenIn.has(key))
      ctx.addIssue({ code: "custom", path: ["intakes", i, "route"], message: "duplicate intake material and route" });
    seenIn.add(key);
  });
});

/** Site input before defaults (what forms and API clients send). */
export type SiteInputRaw = z.input<typeof siteInputSchema>;
/** A validated site with its flows; coordinates WGS84. */
export type SiteInput = z.output<typeof siteInputSchema>;
export type OutputInput = z.output<typeof outputInputSchema>;
export type IntakeInput = z.output<typeof intakeInputSchema>;
