import { describe, expect, it } from "vitest";
import { parseSiteSummaryQuery, siteSummariesUrl, SITE_SUMMARY_PAGE_DEFAULT } from "./site-summary";
import { encodeSiteCursor } from "./site-query";

const parse = (s: string) => parseSiteSummaryQuery(new URLSearchParams(s));

describe("site summary query", () => {
  it("takes the map API's filters plus a name text and a list of ids", () => {
    const r = parse(
      `q= 河津 &bbox=110.5,35.5,110.9,35.75&material=red-mud&ids=a,b,a&limit=20&cursor=${encodeSiteCursor("x")}`,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        query: {
          materials: ["red-mud"],
          bbox: [110.5, 35.5, 110.9, 35.75],
          role: undefined,
          statuses: undefined,
          includeSynthetic: true,
          text: "河津",
          ids: ["a", "b"],
        },
        paging: { limit: 20, afterId: "x" },
      },
    });
    expect(parse("")).toMatchObject({
      ok: true,
      value: { paging: { limit: SITE_SUMMARY_PAGE_DEFAULT, afterId: null } },
    });
  });

  it("names the bad parameter", () => {
    expect(parse("q=")).toEqual({ ok: false, error: "q: q must not be empty; omit it to list every site" });
    expect(parse(`q=${"x".repeat(101)}`)).toEqual({ ok: false, error: "q: q must be at most 100 characters" });
    expect(parse("ids=a,,b")).toMatchObject({ ok: false, error: expect.stringMatching(/^ids: .*without empty/) });
    expect(parse(`ids=${Array.from({ length: 301 }, (_, i) => `s${i}`).join(",")}`)).toMatchObject({
      ok: false,
      error: "ids: ids may name at most 300 sites",
    });
    expect(parse("name=x")).toEqual({ ok: false, error: "unknown parameter(s): name" });
    expect(parse("bbox=1,2,3")).toMatchObject({ ok: false, error: expect.stringMatching(/^bbox: bbox must be four/) });
  });

  it("builds the picker URLs without empty parameters", () => {
    expect(siteSummariesUrl({ q: "中铝", limit: 60, material: undefined, ids: "" })).toBe(
      "/api/site-summaries?q=%E4%B8%AD%E9%93%9D&limit=60",
    );
  });
});
