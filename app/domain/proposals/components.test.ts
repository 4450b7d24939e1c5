import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { connectedComponents, pairingsTouchingSites, pairingsWithinSites, siteIdsOf, UnionFind } from "./components";

const e = (producerId: string, consumerId: string, tonnesPerYear = 1) => ({ producerId, consumerId, tonnesPerYear });

describe("connectedComponents", () => {
  it("splits disjoint groups and orders them by tonnes", () => {
    const comps = connectedComponents([e("a", "b", 5), e("c", "d", 50), e("b", "e", 10), e("d", "d", 1)]);
    expect(comps).toHaveLength(2);
    expect(comps[0].siteIds).toEqual(["c", "d"]);
    expect(comps[0].tonnesPerYear).toBe(51);
    expect(comps[1].siteIds).toEqual(["a", "b", "e"]);
    expect(comps[1].pairings).toHaveLength(2);
    expect(comps.map((c) => c.index)).toEqual([0, 1]);
  });

  it("joins groups linked through a shared consumer", () => {
    const comps = connectedComponents([e("p1", "c1"), e("p2", "c2"), e("p2", "c1")]);
    expect(comps).toHaveLength(1);
    expect(comps[0].siteIds).toEqual(["c1", "c2", "p1", "p2"]);
  });

  it("returns nothing for no pairings", () => {
    expect(connectedComponents([])).toEqual([]);
  });

  it("partitions every pairing exactly once, and no site is in two components (property)", () => {
    const id = fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h");
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id, fc.nat(100)), { maxLength: 30 }), (rows) => {
        const pairings = rows.map(([p, c, t]) => e(p, c, t));
        const comps = connectedComponents(pairings);
        expect(comps.reduce((n, c) => n + c.pairings.length, 0)).toBe(pairings.length);
        const seen = new Set<string>();
        for (const c of comps)
          for (const s of c.siteIds) {
            expect(seen.has(s)).toBe(false);
            seen.add(s);
          }
        // Every pairing's ends are in its own component.
        for (const c of comps)
          for (const p of c.pairings) {
            expect(c.siteIds).toContain(p.producerId);
            expect(c.siteIds).toContain(p.consumerId);
          }
      }),
    );
  });
});

describe("UnionFind", () => {
  it("finds the same root after unions", () => {
    const uf = new UnionFind();
    uf.union("x", "y");
    uf.union("y", "z");
    expect(uf.find("x")).toBe(uf.find("z"));
    expect(uf.find("w")).not.toBe(uf.find("x"));
  });
});

describe("site filters", () => {
  const ps = [e("a", "b"), e("b", "c"), e("c", "d")];
  it("touching keeps pairings with one end inside", () => {
    expect(pairingsTouchingSites(ps, ["b"])).toHaveLength(2);
  });
  it("within keeps pairings with both ends inside", () => {
    expect(pairingsWithinSites(ps, ["a", "b", "c"])).toHaveLength(2);
  });
  it("siteIdsOf lists ends once", () => {
    expect(siteIdsOf(ps)).toEqual(["a", "b", "c", "d"]);
  });
});
