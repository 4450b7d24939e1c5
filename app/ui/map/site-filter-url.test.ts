import { describe, expect, it } from "vitest";
import {
  DEFAULT_SITE_FILTER,
  parseSiteFilterUrl,
  siteFilterFromSearchParams,
  writeSiteFilterUrl,
} from "./site-filter-url";

describe("site filter URL state", () => {
  it("leaves defaults out and round-trips hidden synthetic sites and a status subset", () => {
    expect(writeSiteFilterUrl(new URLSearchParams("site=x"), DEFAULT_SITE_FILTER).toString()).toBe("site=x");
    const state = { showSynthetic: false, statuses: ["operating", "construction"] as const };
    const params = writeSiteFilterUrl(new URLSearchParams("site=x"), state);
    expect(params.get("syn")).toBe("0");
    expect(params.get("st")).toBe("operating,construction");
    expect(params.get("site")).toBe("x");
    expect(parseSiteFilterUrl(params)).toEqual(state);
  });
  it("reads no parameters as the default, drops unknown statuses and keeps an empty list", () => {
    expect(parseSiteFilterUrl(new URLSearchParams(""))).toEqual(DEFAULT_SITE_FILTER);
    expect(parseSiteFilterUrl(new URLSearchParams("st=retired,closed")).statuses).toEqual(["retired"]);
    expect(parseSiteFilterUrl(new URLSearchParams("st=")).statuses).toEqual([]);
    expect(siteFilterFromSearchParams({ syn: ["0", "1"], st: "proposed" })).toEqual({
      showSynthetic: false,
      statuses: ["proposed"],
    });
  });
});
