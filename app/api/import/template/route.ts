import { z } from "zod";
import { templateRows } from "../../../domain/import/template";
import { rowsToCsv, rowsToXlsx, sitesToGeoJson } from "../../../domain/registry-export";
import { siteInputSchema } from "../../../domain/import/site-input";
import type { StoredSite } from "../../../domain/import/stored-site";
import { MATERIAL_CODES } from "../../../domain/materials";
import { download as attachment } from "../../../http/responses";
import { AppError } from "../../../http/app-error";
import { route } from "../../../http/route";

export const dynamic = "force-dynamic";

const query = z
  .object({ format: z.enum(["csv", "xlsx", "geojson"]), lang: z.enum(["zh", "en"]).default("zh") })
  .strict();

/** GET /api/import/template?format=csv|xlsx|geojson&lang=zh|en → an import template with example rows. */
export const GET = route(async (request) => {
  const q = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!q.success) throw new AppError(400, "format must be csv, xlsx or geojson; lang zh or en");
  const { format, lang } = q.data;
  const rows = templateRows(lang);
  const name = `atlas-import-template-${lang}`;
  if (format === "csv") return download(rowsToCsv(rows, lang), `${name}.csv`, "text/csv; charset=utf-8");
  if (format === "xlsx")
    return download(
      await rowsToXlsx(rows, lang),
      `${name}.xlsx`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  // GeoJSON template: the same example sites as features with nested outputs / intakes.
  const bySite = new Map<string, StoredSite>();
  for (const r of rows) {
    const id = String(r.id);
    const s = bySite.get(id) ?? {
      ...siteInputSchema.parse({
        name: r.name,
        nameEn: r.nameEn,
        industry: r.industry,
        lng: r.lng,
        lat: r.lat,
        ownerGroup: r.ownerGroup,
        capacityMw: r.capacityMw,
        source: r.source,
        licence: r.licence,
        precision: r.precision,
        synthetic: true,
      }),
      id,
      countyAdcode: null,
    };
    const material = r.material as (typeof MATERIAL_CODES)[number];
    if (r.flow === "output")
      s.outputs.push({
        material,
        tonnesPerYear: Number(r.tonnesPerYear),
        stockpileTonnes: Number(r.stockpileTonnes ?? 0),
        estimated: r.estimated === "yes",
        coefficient: (r.coefficient as string) ?? null,
        wasteCode: null,
      });
    else
      s.intakes.push({
        material,
        route: String(r.route),
        capacityTonnesPerYear: Number(r.tonnesPerYear),
        committedTonnesPerYear: Number(r.committedTonnesPerYear ?? 0),
        estimated: r.estimated === "yes",
        coefficient: null,
      });
    bySite.set(id, s);
  }
  return download(
    JSON.stringify(sitesToGeoJson([...bySite.values()]), null, 2),
    `${name}.geojson`,
    "application/geo+json; charset=utf-8",
  );
});

function download(body: string | Uint8Array, filename: string, type: string) {
  return attachment(body, { ascii: filename }, type);
}
