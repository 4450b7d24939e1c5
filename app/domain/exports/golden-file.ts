/** Golden-file helper for export tests: compares with the stored file, or rewrites it when UPDATE_GOLDEN=1. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const DIR = join(__dirname, "golden");

/** The stored golden text for `name` (writing `actual` first when UPDATE_GOLDEN=1 or the file is missing in that mode). */
export function golden(name: string, actual: string): string {
  const file = join(DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file))
    throw new Error(`missing golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run app/domain/exports`);
  return readFileSync(file, "utf8");
}
