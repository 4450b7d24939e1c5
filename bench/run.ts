// `npm run bench`: runs every bench/*.bench.ts in order and prints their figures.
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

async function main() {
  const dir = __dirname;
  const only = process.argv[2];
  const all = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  // An exact name runs that benchmark alone (`map` is not also `map-api`); otherwise every name containing it.
  const files =
    only && all.includes(`${only}.bench.ts`) ? [`${only}.bench.ts`] : all.filter((f) => !only || f.includes(only));
  console.log(`Symbiosis Atlas benchmarks on ${cpus().length} cores, Node ${process.version}`);
  for (const f of files) {
    console.log(`\n=== ${f}`);
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    if (typeof mod.run === "function") await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
