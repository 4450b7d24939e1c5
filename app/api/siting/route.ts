import { NextResponse, type NextRequest } from "next/server";
import { parseSitingRequest } from "../../domain/siting/siting-request";
import { runSiting } from "../../data/siting";
import { readJsonBody } from "../../data/json-body";

export const dynamic = "force-dynamic";

/** POST /api/siting {material, route, plantCapacityTonnesPerYear, maxPlants, includeSynthetic?, params?} → 200 result. */
export async function POST(request: NextRequest) {
  const body = await readJsonBody(request, 16 * 1024);
  if (!body.ok) return NextResponse.json({ error: body.error }, { status: body.status });
  const parsed = parseSitingRequest(body.value);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  const out = await runSiting(parsed.value, request.signal);
  if (!out.ok) return NextResponse.json({ error: out.error }, { status: out.status });
  return NextResponse.json(out.result);
}
