import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(__dirname, "..");
const PUBLIC = path.join(ROOT, "public");
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe("public/", () => {
  it("has a web manifest named 产业共生图谱 Symbiosis Atlas whose icons exist at their stated sizes", () => {
    const m = JSON.parse(readFileSync(path.join(PUBLIC, "manifest.webmanifest"), "utf8")) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(m.name).toBe("产业共生图谱 Symbiosis Atlas");
    expect(m.start_url).toBe("/");
    for (const icon of m.icons) {
      // /icon.svg is Next's file-based icon (app/icon.svg); the rest are files in public/.
      const file = icon.src === "/icon.svg" ? path.join(ROOT, "app", "icon.svg") : path.join(PUBLIC, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === "image/png") expect(pngSize(file).join("x")).toBe(icon.sizes);
    }
  });

  it("has a favicon.ico with 16, 32 and 48 px images and an apple touch icon", () => {
    const ico = readFileSync(path.join(PUBLIC, "favicon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i))).toEqual([16, 32, 48]);
    expect(pngSize(path.join(PUBLIC, "apple-touch-icon.png"))).toEqual([180, 180]);
  });

  it("keeps crawlers off the API", () => {
    expect(readFileSync(path.join(PUBLIC, "robots.txt"), "utf8")).toMatch(/^User-agent: \*\nDisallow: \/api\/$/m);
  });
});
