import { NextResponse, type NextRequest } from "next/server";
import { parseProgressQuery } from "../../../domain/plan/plan-query";
import { planProgress } from "../../../data/plan";

export const dynamic = "force-dynamic";

/** GET /api/plan/progress?level=province|city|county[&adcode=][&includeSynthetic=][&includeNonOperating=] → { regions, run, level, inclusion }. */
export async function GET(request: NextRequest) {
  const q = parseProgressQuery(request.nextUrl.searchParams);
  if (!q.ok) return NextResponse.json({ error: q.error }, { status: 400 });
  const { level, adcode, includeSynthetic, includeNonOperating } = q.value;
  const result = await planProgress(level, { includeSynthetic, includeNonOperating });
  const regions = adcode ? result.regions.filter((r) => r.adcode === adcode) : result.regions;
  if (adcode && regions.length === 0)
    return NextResponse.json({ error: `no ${level} with adcode ${adcode}` }, { status: 404 });
  return NextResponse.json({ level, regions, run: result.run, inclusion: result.inclusion });
}
