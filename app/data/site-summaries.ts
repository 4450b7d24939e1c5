import "server-only";
import { prisma } from "./db";
import { siteQueryWhere } from "./registry";
import type { Prisma } from "../../prisma/generated/client";
import type { SitePaging } from "../domain/site-query";
import type { SiteSummary, SiteSummaryQuery } from "../domain/site-summary";
import { siteStatusOf } from "../domain/site-status";
import { MATERIAL_CODES } from "../domain/materials";

/** The SQL filter of a summaries query: the map API's filters, the name/id text and the id list. */
function summaryWhere(query: SiteSummaryQuery): Prisma.SiteWhereInput {
  const and: Prisma.SiteWhereInput[] = [siteQueryWhere(query)];
  if (query.text)
    and.push({
      OR: [
        { nameZh: { contains: query.text } },
        { nameEn: { contains: query.text } },
        { id: { contains: query.text } },
      ],
    });
  if (query.ids) and.push({ id: { in: query.ids } });
  return { AND: and };
}

/**
 * One page of site summaries (id order) matching the query, straight from the database: only the columns a
 * picker shows, so a page costs the same at 10^5 sites as at 10^3.
 */
export async function loadSiteSummaries(
  query: SiteSummaryQuery,
  paging: SitePaging,
): Promise<{ sites: SiteSummary[]; nextAfterId: string | null; numberMatched: number }> {
  const where = summaryWhere(query);
  const [rows, numberMatched] = await Promise.all([
    prisma.site.findMany({
      where: paging.afterId !== null ? { AND: [where, { id: { gt: paging.afterId } }] } : where,
      select: {
        id: true,
        nameZh: true,
        nameEn: true,
        synthetic: true,
        status: true,
        lng: true,
        lat: true,
        outputs: { select: { materialCode: true } },
        intakes: { select: { materialCode: true } },
      },
      orderBy: { id: "asc" },
      take: paging.limit + 1,
    }),
    prisma.site.count({ where }),
  ]);
  const sites = rows.slice(0, paging.limit).map((r): SiteSummary => ({
    id: r.id,
    name: r.nameZh,
    nameEn: r.nameEn,
    synthetic: r.synthetic,
    status: siteStatusOf(r.status),
    lng: r.lng,
    lat: r.lat,
    // Catalogue order, whatever order the rows come in.
    materials: MATERIAL_CODES.filter(
      (code) => r.outputs.some((f) => f.materialCode === code) || r.intakes.some((f) => f.materialCode === code),
    ),
  }));
  return { sites, nextAfterId: rows.length > paging.limit ? sites[sites.length - 1].id : null, numberMatched };
}
