/** Query parameters of the plan APIs (/api/plan/progress, /api/plan/targets, /api/plan/cities/{adcode}/export), with specific errors. */
import { z } from "zod";
import { parseQueryParams, type ParseResult } from "../query-params";
import { PROGRESS_LEVELS, type ProgressInclusion, type ProgressLevel } from "./progress";
import { type Locale } from "../locale";

const bool = (name: string) =>
  z.string().transform((raw, ctx) => {
    const v = raw.trim().toLowerCase();
    if (v === "true" || v === "1") return true;
    if (v === "false" || v === "0") return false;
    ctx.addIssue({ code: "custom", message: `${name} must be true or false (got "${raw}")` });
    return z.NEVER;
  });

const inclusionShape = {
  includeSynthetic: bool("includeSynthetic").optional(),
  includeNonOperating: bool("includeNonOperating").optional(),
};

const progressSchema = z
  .object({
    level: z
      .string({ error: "level is required: province, city or county" })
      .refine((v) => (PROGRESS_LEVELS as readonly string[]).includes(v), {
        error: (i) => `unknown level "${String(i.input)}": use province, city or county`,
      }),
    adcode: z
      .string()
      .regex(/^\d{6}$/, { error: "adcode must be 6 digits" })
      .optional(),
    ...inclusionShape,
  })
  .strict();

export interface ProgressQuery extends ProgressInclusion {
  level: ProgressLevel;
  /** Only this region (of the level); unknown → 404. */
  adcode: string | null;
}

/** Parses `level`, optional `adcode`, `includeSynthetic` and `includeNonOperating` (both default false). */
export function parseProgressQuery(params: URLSearchParams): ParseResult<ProgressQuery> {
  const r = parseQueryParams(params, progressSchema, { prefixPath: false });
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      level: r.value.level as ProgressLevel,
      adcode: r.value.adcode ?? null,
      includeSynthetic: r.value.includeSynthetic ?? false,
      includeNonOperating: r.value.includeNonOperating ?? false,
    },
  };
}

const inclusionSchema = z.object(inclusionShape).strict();

/** Parses the inclusion options alone (GET /api/plan/targets, /api/plan/projects). */
export function parseInclusionQuery(params: URLSearchParams): ParseResult<ProgressInclusion> {
  const r = parseQueryParams(params, inclusionSchema, { prefixPath: false });
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      includeSynthetic: r.value.includeSynthetic ?? false,
      includeNonOperating: r.value.includeNonOperating ?? false,
    },
  };
}

const exportSchema = z
  .object({
    format: z.enum(["xlsx", "pdf", "docx"], {
      error: (i) => `unknown format "${String(i.input)}": use xlsx, pdf or docx`,
    }),
    lang: z.enum(["zh", "en"], { error: (i) => `unknown lang "${String(i.input)}": use zh or en` }).optional(),
    ...inclusionShape,
  })
  .strict();

export interface CityExportQuery extends ProgressInclusion {
  format: "xlsx" | "pdf" | "docx";
  lang: Locale;
}

/** Parses the city export query: `format` (xlsx|pdf|docx, required), `lang` (zh default) and the inclusion options. */
export function parseCityExportQuery(params: URLSearchParams): ParseResult<CityExportQuery> {
  const r = parseQueryParams(params, exportSchema, { prefixPath: false });
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      format: r.value.format,
      lang: r.value.lang ?? "zh",
      includeSynthetic: r.value.includeSynthetic ?? false,
      includeNonOperating: r.value.includeNonOperating ?? false,
    },
  };
}
