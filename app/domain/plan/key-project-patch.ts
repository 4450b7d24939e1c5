/** What an editor may change on a key-project record (PATCH /api/plan/projects/{id}), validated with specific messages. */
import { z } from "zod";
import { CAPACITY_UNITS, KEY_PROJECT_STATUSES } from "./key-projects";

const year = (what: string) =>
  z
    .number({ error: `${what} must be a year` })
    .int({ error: `${what} must be a whole year` })
    .min(1990, { error: `${what} must be 1990 or later` })
    .max(2100, { error: `${what} must be 2100 or earlier` });
const nonNegative = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite({ error: `${what} must be finite` })
    .min(0, { error: `${what} must not be negative` });

export const keyProjectPatchSchema = z
  .object(
    {
      status: z.enum(KEY_PROJECT_STATUSES, { error: `status must be one of ${KEY_PROJECT_STATUSES.join(", ")}` }),
      startYear: year("startYear").nullable(),
      targetYear: year("targetYear"),
      capacity: nonNegative("capacity").nullable(),
      capacityUnit: z
        .enum(CAPACITY_UNITS, { error: `capacityUnit must be one of ${CAPACITY_UNITS.join(", ")}` })
        .nullable(),
      capacityTonnesPerYear: nonNegative("capacityTonnesPerYear").nullable(),
      investmentYuan: nonNegative("investmentYuan").nullable(),
      siteId: z.string().min(1, { error: "siteId must not be empty (use null)" }).max(100).nullable(),
      countyAdcode: z
        .string()
        .regex(/^14\d{4}$/, { error: "countyAdcode must be a Shanxi county adcode (6 digits starting 14)" })
        .nullable(),
      notes: z.string().max(2000, { error: "notes must be at most 2000 characters" }).nullable(),
    },
    {
      error: (i) =>
        i.code === "unrecognized_keys"
          ? `unknown field${i.keys.length > 1 ? "s" : ""}: ${i.keys.join(", ")} (editable: status, startYear, targetYear, capacity, capacityUnit, capacityTonnesPerYear, investmentYuan, siteId, countyAdcode, notes)`
          : "body must be a JSON object",
    },
  )
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { error: "nothing to change: send at least one field" })
  .refine(
    (p) =>
      p.startYear === undefined || p.startYear === null || p.targetYear === undefined || p.startYear <= p.targetYear,
    { error: "startYear must not be after targetYear" },
  );

export type KeyProjectPatch = z.infer<typeof keyProjectPatchSchema>;
