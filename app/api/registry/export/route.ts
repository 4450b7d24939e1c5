import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { loadStoredSites } from "../../../data/site-edit";
import { registryRows, rowsToCsv, rowsToXlsx, sitesToGeoJson } from "../../../domain/registry-export";

export const dynamic = "force-dynamic";

const query = z.object({ format: z.enum(["csv", "xlsx", "geojson"]), lang: z.enum(["zh", "en"]).default("zh") });

/**
 * GET /api/registry/export?format=csv|xlsx|geojson&lang=zh|en → the whole registry in the import layout
 * (re-importable: export → import into an empty database gives the same data). Synthetic sites keep their label column.
 */
export async function GET(request: NextRequest) {
  const q = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!q.success) return NextResponse.json({ error: "format must be csv, xlsx or geojson; lang zh or en" }, { status: 400 });
  const { format, lang } = q.data;
  const sites = await loadStoredSites();
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `atlas-registry-${stamp}`;
  const headers = (type: string, ext: string) => ({
    "Content-Type": type, "Content-Disposition": `attachment; filename="${name}.${ext}"`, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store",
  });
  if (format === "csv") return new NextResponse(rowsToCsv(registryRows(sites), lang), { headers: headers("text/csv; charset=utf-8", "csv") });
  if (format === "xlsx") {
    return new NextResponse((await rowsToXlsx(registryRows(sites), lang)) as BodyInit, { headers: headers("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") });
  }
  return new NextResponse(JSON.stringify(sitesToGeoJson(sites)), { headers: headers("application/geo+json; charset=utf-8", "geojson") });
}
