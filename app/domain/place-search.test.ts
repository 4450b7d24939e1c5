import { describe, expect, it } from "vitest";
import {
  bestPlaces,
  matchName,
  matchPlaces,
  normalizePlaceText,
  parsePlaceQuery,
  scorePlace,
  searchPlaces,
  type Place,
  type PlaceMatches,
} from "./place-search";

const place = (kind: Place["kind"], id: string, name: string, nameEn: string, aliases?: string[]): Place => ({
  kind,
  id,
  name,
  nameEn,
  lng: 111,
  lat: 36,
  aliases,
});

const PLACES: Place[] = [
  place("county", "140882", "河津市", "Hejin"),
  place("county", "141130", "交口县", "Jiaokou"),
  place("city", "140100", "太原市", "Taiyuan"),
  place("park", "hejin-base", "河津国家资源综合利用示范基地", "Hejin national resource utilisation demonstration base"),
  place("site", "chalco", "中铝山西分公司", "Chalco Shanxi Branch", ["河津市"]),
  place("site", "hejin-cement", "河津水泥厂", "Hejin Cement Plant"),
  place("site", "tisco", "太原钢铁集团", "Taiyuan Iron and Steel (TISCO)"),
  place("site", "datong-power", "大同第二发电厂", "Datong No.2 Power Plant"),
];
const ids = (q: string, limit?: number) => searchPlaces(PLACES, q, limit).map((p) => p.id);

describe("searchPlaces", () => {
  it("puts the county first for its name without the 市/县 suffix, then the park, then sites", () => {
    expect(ids("河津")).toEqual(["140882", "hejin-base", "hejin-cement", "chalco"]);
  });
  it("matches English case-insensitively, by prefix and by word prefix", () => {
    expect(ids("hejin")[0]).toBe("140882");
    expect(ids("HEJIN CEM")[0]).toBe("hejin-cement");
    expect(ids("tisco")).toEqual(["tisco"]);
    expect(ids("chal")).toEqual(["chalco"]);
  });
  it("ranks an enterprise above its own park when its name matches, not above other parks", () => {
    const withPark: Place[] = [
      place(
        "park",
        "chalco-base",
        "中铝山西分公司全国资源综合利用节能建筑环保建材示范基地",
        "Chalco Shanxi branch demonstration base",
      ),
      { ...place("site", "chalco", "中铝山西分公司氧化铝厂", "Chalco Shanxi alumina plant"), parkId: "chalco-base" },
      place("park", "other", "中铝示范园", "Chalco park"),
    ];
    const order = searchPlaces(withPark, "中铝山西").map((p) => p.id);
    expect(order.indexOf("chalco")).toBeLessThan(order.indexOf("chalco-base"));
    // Without the membership the park (an area) comes first on a tie of match kind.
    const noMember = withPark.map((p) => ({ ...p, parkId: null }));
    const plain = searchPlaces(noMember, "中铝山西").map((p) => p.id);
    expect(plain.indexOf("chalco-base")).toBeLessThan(plain.indexOf("chalco"));
  });
  it("ranks exact above prefix above substring", () => {
    expect(ids("太原")).toEqual(["140100", "tisco"]);
    const exact = matchName("太原市", "太原市")!;
    const prefix = matchName("太原", "太原钢铁集团")!;
    const sub = matchName("钢铁", "太原钢铁集团")!;
    expect(exact.score).toBeGreaterThan(prefix.score);
    expect(prefix.score).toBeGreaterThan(sub.score);
    expect([exact.kind, prefix.kind, sub.kind]).toEqual(["exact", "prefix", "substring"]);
  });
  it("tolerates partial, gappy input (characters in order)", () => {
    expect(ids("大同电厂")).toEqual(["datong-power"]);
    expect(ids("中铝山西")).toEqual(["chalco"]);
  });
  it("normalises full-width characters and spaces", () => {
    expect(normalizePlaceText("  ＨＥＪＩＮ  Ｃｅｍｅｎｔ ")).toBe("hejincement");
    expect(ids("ＨＥＪＩＮ")[0]).toBe("140882");
  });
  it("returns nothing for blank input or no match, and honours the limit", () => {
    expect(ids("   ")).toEqual([]);
    expect(ids("乌鲁木齐")).toEqual([]);
    expect(ids("河津", 2)).toEqual(["140882", "hejin-base"]);
  });
  it("is deterministic regardless of input order", () => {
    const reversed = searchPlaces([...PLACES].reverse(), "河津").map((p) => p.id);
    expect(reversed).toEqual(ids("河津"));
  });
});

describe("parsePlaceQuery", () => {
  const parse = (s: string) => parsePlaceQuery(new URLSearchParams(s));
  it("accepts q with a default limit of 10", () => {
    expect(parse("q=河津")).toEqual({ ok: true, value: { q: "河津", limit: 10 } });
    expect(parse("q=%20hejin%20&limit=3")).toEqual({ ok: true, value: { q: "hejin", limit: 3 } });
  });
  it.each([
    ["", /q is required/],
    ["q=%20%20", /q must not be blank/],
    ["q=a&limit=0", /limit must be a whole number from 1 to 50/],
    ["q=a&limit=x", /limit must be a whole number/],
    ["q=a&zoom=3", /unknown parameter/],
  ])("rejects %s", (query, message) => {
    const r = parse(query);
    expect(r.ok ? null : r.error).toMatch(message);
  });
});

describe("searchPlaces keeps only the best `limit` without sorting every match by name", () => {
  it("gives the same places, in the same order, as scoring and fully sorting every place", () => {
    // Many ties on score and kind (repeated names), so the name and id tie-breaks decide who is kept.
    const stems = ["煤矿", "电厂", "水泥厂", "Coal Mine", "Power Plant"];
    const kinds = ["site", "site", "site", "park", "county"] as const;
    const places: Place[] = Array.from({ length: 3000 }, (_, i) => ({
      kind: kinds[i % kinds.length],
      id: `p${(i * 7919) % 3001}`,
      name: `${["山西", "河津", "朔州"][i % 3]}${stems[i % stems.length]}${i % 17}`,
      nameEn: `${["Shanxi", "Hejin", "Shuozhou"][i % 3]} ${stems[(i + 3) % stems.length]} ${i % 17}`,
      lng: 112,
      lat: 37,
    }));
    for (const [input, limit] of [
      ["煤", 10],
      ["河津", 25],
      ["coal", 7],
      ["shuozhou 1", 50],
      ["水泥厂3", 1],
      ["p", 3000],
    ] as const) {
      const reference = places
        .map((p) => scorePlace(p, input))
        .filter((r) => r !== null)
        .sort(
          (a, b) =>
            b.score - a.score ||
            { county: 40, city: 35, park: 30, site: 0 }[b.kind] - { county: 40, city: 35, park: 30, site: 0 }[a.kind] ||
            a.name.localeCompare(b.name, "zh-Hans-CN") ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .slice(0, limit);
      const got = searchPlaces(places, input, limit);
      expect(got.map((r) => [r.id, r.score])).toEqual(reference.map((r) => [r.id, r.score]));
    }
  });
});

describe("matchPlaces in slices", () => {
  it("gives what one pass gives, a park's member sites in other slices included", () => {
    const park: Place = {
      kind: "park",
      id: "park-chalco",
      name: "中铝山西基地",
      nameEn: "Chalco Shanxi base",
      lng: 1,
      lat: 1,
    };
    const sites: Place[] = Array.from({ length: 40 }, (_, i) => ({
      kind: "site",
      id: `s${i}`,
      name: i % 4 === 0 ? `中铝山西${i}厂` : `其他${i}`,
      nameEn: `Site ${i}`,
      lng: 1,
      lat: 1,
      parkId: i % 4 === 0 ? "park-chalco" : null,
    }));
    const places = [park, ...sites];
    for (const input of ["中铝", "中铝山西基地", "site 1"]) {
      const query = normalizePlaceText(input);
      const acc: PlaceMatches = { ranked: [], bestMemberScore: new Map() };
      for (let i = 0; i < places.length; i += 7) matchPlaces(places.slice(i, i + 7), query, acc);
      expect(bestPlaces(acc, 10).map((r) => [r.id, r.score])).toEqual(
        searchPlaces(places, input, 10).map((r) => [r.id, r.score]),
      );
    }
    // The member site outranks its park on the park's own words.
    const top = searchPlaces(places, "中铝", 3);
    expect(top[0].kind).toBe("site");
  });
});
