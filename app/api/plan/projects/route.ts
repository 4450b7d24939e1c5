import { NextResponse, type NextRequest } from "next/server";
import { parseQueryParams } from "../../../domain/query-params";
import { z } from "zod";
import { keyProjectRollup, listKeyProjects } from "../../../data/plan";

export const dynamic = "force-dynamic";

/** GET /api/plan/projects → { projects: [...], rollup: [...] } (the key-project register and its roll-up against the route targets). */
export async function GET(request: NextRequest) {
  const q = parseQueryParams(request.nextUrl.searchParams, z.object({}).strict());
  if (!q.ok) return NextResponse.json({ error: q.error }, { status: 400 });
  const [projects, rollup] = await Promise.all([listKeyProjects(), keyProjectRollup()]);
  return NextResponse.json({ projects, rollup });
}
