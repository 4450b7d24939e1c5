// `npx tsx scripts/make-icons.ts`: renders the app icon (app/icon.svg, the one source) into the raster icons in
// public/ that browsers and the web manifest ask for. Re-run after changing the SVG; the outputs are committed.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const ROOT = path.join(__dirname, "..");
const svg = readFileSync(path.join(ROOT, "app", "icon.svg"));

/** PNG bytes of the icon at `size` × `size` pixels. */
function png(size: number): Promise<Buffer> {
  return sharp(svg, { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An ICO file holding PNG images (the PNG-in-ICO form every current browser reads). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

async function main() {
  const out = (name: string, data: Buffer) => {
    writeFileSync(path.join(ROOT, "public", name), data);
    console.log(`public/${name}: ${data.length} bytes`);
  };
  out("favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size) })))));
  out("icon-192.png", await png(192));
  out("icon-512.png", await png(512));
  out("apple-touch-icon.png", await png(180));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
