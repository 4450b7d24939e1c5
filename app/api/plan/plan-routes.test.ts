// Route handlers of /api/plan/*: status codes and messages. The data layer is replaced by fixed results, so these
// tests exercise the handlers' own parsing and 400/404 logic; e2e/plan.spec.ts covers them against a real database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

vi.mock("server-only", () => ({}));
const region = (adcode: string) => ({ adcode, name: adcode, nameEn: null, materials: {} });
vi.mock("../../data/plan", () => ({
  planProgress: vi.fn(async (level: string) => ({
    regions:
      level === "city"
        ? [region("140100"), region("140800")]
        : level === "county"
          ? [region("140882")]
          : [region("140000")],
    run: null,
    inclusion: { includeSynthetic: false, includeNonOperating: false },
  })),
  planTargets: vi.fn(async () => ({ targets: [], run: null })),
  cityDetail: vi.fn(async () => null),
}));
vi.mock("../../application/pdf-assets", () => ({ pdfCounties: vi.fn(async () => []) }));

const { GET: progress } = await import("./progress/route");
const { GET: targets } = await import("./targets/route");
const { GET: cityExport } = await import("./cities/[adcode]/export/route");
const data = await import("../../data/plan");

const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));
/** These routes take no path parameters; Next still passes a context. */
const noCtx = { params: Promise.resolve({}) };
const json = async (r: Response) => ({ status: r.status, body: await r.json() });

describe("GET /api/plan/progress", () => {
  beforeEach(() => vi.mocked(data.planProgress).mockClear());
  it("passes level and inclusion to the data layer (real operating sites by default)", async () => {
    const r = await json(await progress(req("/api/plan/progress?level=city"), noCtx));
    expect(r.status).toBe(200);
    expect(r.body.regions.map((x: { adcode: string }) => x.adcode)).toEqual(["140100", "140800"]);
    expect(data.planProgress).toHaveBeenCalledWith("city", { includeSynthetic: false, includeNonOperating: false });
    await progress(req("/api/plan/progress?level=county&includeSynthetic=true"), noCtx);
    expect(data.planProgress).toHaveBeenLastCalledWith("county", {
      includeSynthetic: true,
      includeNonOperating: false,
    });
  });
  it("answers 400 for an unknown level and 404 for an unknown adcode, with specific messages", async () => {
    expect(await json(await progress(req("/api/plan/progress?level=prefecture"), noCtx))).toEqual({
      status: 400,
      body: { error: 'unknown level "prefecture": use province, city or county' },
    });
    expect(await json(await progress(req("/api/plan/progress"), noCtx))).toEqual({
      status: 400,
      body: { error: "level is required: province, city or county" },
    });
    expect(await json(await progress(req("/api/plan/progress?level=city&adcode=149900"), noCtx))).toEqual({
      status: 404,
      body: { error: "no city with adcode 149900" },
    });
    expect(await json(await progress(req("/api/plan/progress?level=city&adcode=140800"), noCtx))).toMatchObject({
      status: 200,
      body: { regions: [{ adcode: "140800" }] },
    });
  });
});

describe("GET /api/plan/targets", () => {
  it("rejects unknown parameters", async () => {
    expect(await json(await targets(req("/api/plan/targets?level=city"), noCtx))).toEqual({
      status: 400,
      body: { error: "unknown parameter(s): level" },
    });
    expect((await targets(req("/api/plan/targets"), noCtx)).status).toBe(200);
  });
});

describe("GET /api/plan/cities/{adcode}/export", () => {
  const ctx = (adcode: string) => ({ params: Promise.resolve({ adcode }) });
  it("answers 400 for a bad format or adcode and 404 for an unknown city", async () => {
    expect(await json(await cityExport(req("/api/plan/cities/140800/export?format=doc"), ctx("140800")))).toEqual({
      status: 400,
      body: { error: 'unknown format "doc": use xlsx, pdf or docx' },
    });
    expect(await json(await cityExport(req("/api/plan/cities/14/export?format=pdf"), ctx("14")))).toEqual({
      status: 400,
      body: { error: "adcode must be 6 digits" },
    });
    expect(await json(await cityExport(req("/api/plan/cities/149900/export?format=pdf"), ctx("149900")))).toEqual({
      status: 404,
      body: { error: "no city with adcode 149900" },
    });
  });
});
