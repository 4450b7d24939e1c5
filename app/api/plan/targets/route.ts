import { NextResponse, type NextRequest } from "next/server";
import { parseInclusionQuery } from "../../../domain/plan/plan-query";
import { planTargets } from "../../../data/plan";

export const dynamic = "force-dynamic";

/** GET /api/plan/targets[?includeSynthetic=&includeNonOperating=] → { targets: [... current], run }. */
export async function GET(request: NextRequest) {
  const q = parseInclusionQuery(request.nextUrl.searchParams);
  if (!q.ok) return NextResponse.json({ error: q.error }, { status: 400 });
  const { targets, run } = await planTargets(q.value);
  return NextResponse.json({ targets, run, inclusion: q.value });
}
