import { describe, expect, it } from "vitest";
import { TileCache } from "./tile-cache";

const tile = (n: number) => new Uint8Array(n);

describe("TileCache", () => {
  it("evicts the least recently used tiles once over the byte bound", () => {
    const cache = new TileCache(100);
    cache.set("v1/1/0/0", tile(40));
    cache.set("v1/1/0/1", tile(40));
    expect(cache.get("v1/1/0/0")?.byteLength).toBe(40); // now the most recent
    cache.set("v1/1/1/0", tile(40)); // 120 > 100: the least recent (0/1) goes
    expect(cache.get("v1/1/0/1")).toBeUndefined();
    expect(cache.get("v1/1/0/0")).toBeDefined();
    expect(cache.get("v1/1/1/0")).toBeDefined();
    expect(cache.bytes).toBe(80);
    expect(cache.size).toBe(2);
  });

  it("bounds the number of tiles too, so empty tiles cannot grow it without limit", () => {
    const cache = new TileCache(1000, 3);
    for (let i = 0; i < 5; i++) cache.set(`v1/5/${i}/0`, tile(0));
    expect(cache.size).toBe(3);
    expect(cache.get("v1/5/0/0")).toBeUndefined();
    expect(cache.get("v1/5/4/0")).toBeDefined();
  });

  it("replaces a key without counting it twice, skips tiles larger than the bound, and clears", () => {
    const cache = new TileCache(50);
    cache.set("k", tile(30));
    cache.set("k", tile(20));
    expect(cache.bytes).toBe(20);
    cache.set("huge", tile(51));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});
