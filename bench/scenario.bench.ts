// Scenario benchmark (issue 13): a 20-year scenario (2011–2030) over every material of the seeded registry
// (synthetic sites included, so stockpiles exist), utilisation by the pairing LP per year on the solver worker
// thread, and by the aggregate rule; wall time and memory (RSS and heap after the run).
import { seededRegistry } from "./seed-registry";
import { workerSolver } from "./bench-support";
import { runScenario } from "../app/domain/scenarios/run-scenario";
import { effectiveScenarioParams } from "../app/domain/scenarios/scenario-request";

export async function run(): Promise<void> {
  const { sites } = seededRegistry();
  console.log(`scenario: 2011–2030, all 12 materials, ${sites.length} seeded sites (synthetic included)`);
  console.log(
    "utilisation | order          | seconds | LP solves | RSS MB | heap MB | final gangue stockpile Mt | land released 2030 (mu)",
  );
  for (const utilisation of ["pairing", "aggregate"] as const) {
    for (const order of ["plan-priority", "largest-first"] as const) {
      const params = effectiveScenarioParams({
        fromYear: 2011,
        toYear: 2030,
        params: {
          utilisation,
          includeSynthetic: true,
          drawDown: { order },
          production: {
            "coal-gangue": {
              path: [
                { year: 2015, factor: 1.1 },
                { year: 2030, factor: 0.7 },
              ],
            },
          },
        },
      });
      const w = workerSolver();
      const t0 = performance.now();
      const r = await runScenario(sites, params, { solver: w.solver });
      const s = (performance.now() - t0) / 1000;
      const mem = process.memoryUsage();
      const last = r!.years[r!.years.length - 1];
      console.log(
        `${utilisation.padEnd(11)} | ${order.padEnd(14)} | ${s.toFixed(2).padStart(7)} | ${String(w.solves()).padStart(9)} | ${(mem.rss / 1e6).toFixed(0).padStart(6)} | ${(mem.heapUsed / 1e6).toFixed(0).padStart(7)} | ${(last.materials["coal-gangue"]!.stockpileTonnes / 1e6).toFixed(2).padStart(25)} | ${last.landReleasedMu.toFixed(0)}`,
      );
      await w.close();
    }
  }
}
