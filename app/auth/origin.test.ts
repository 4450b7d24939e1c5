import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

const h = (o: Record<string, string>) => new Headers(o);

describe("isSameOrigin", () => {
  it("accepts same-origin browser requests and clients without Origin", () => {
    expect(isSameOrigin(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(h({ host: "localhost:3000" }))).toBe(true);
    expect(
      isSameOrigin(h({ origin: "https://atlas.example", host: "10.0.0.5:3000", "x-forwarded-host": "atlas.example" })),
    ).toBe(true);
  });
  it("refuses other origins, cross-site fetches and garbage", () => {
    expect(isSameOrigin(h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "http://localhost:3001", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "localhost:3000" }))).toBe(false);
    // A sibling subdomain is same-site but not same-origin.
    expect(isSameOrigin(h({ host: "atlas.example", "sec-fetch-site": "same-site" }))).toBe(false);
    // A cross-site text/plain form post: the browser sends both headers.
    expect(
      isSameOrigin(
        h({
          origin: "https://evil.example",
          host: "localhost:3000",
          "sec-fetch-site": "cross-site",
          "content-type": "text/plain",
        }),
      ),
    ).toBe(false);
  });
});
