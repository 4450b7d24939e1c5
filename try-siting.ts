import { syntheticGangueSites, syntheticSeats, NO_PARKS } from "./bench/siting-instances";
import { sitingCandidates } from "./app/domain/siting/candidates";
import { buildSitingInstance } from "./app/domain/siting/instance";
import { solveSiting } from "./app/domain/siting/solve-siting";
import { effectiveSitingParams } from "./app/domain/siting/siting-request";
import { inProcessHighsSolver } from "./app/domain/pairing/highs-solver";
async function main() {
  const sites = syntheticGangueSites(10000);
  for (const k of [1, 5]) {
    const params = effectiveSitingParams({ material: "coal-gangue", route: "power", plantCapacityTonnesPerYear: 780000, maxPlants: k, includeSynthetic: true, params: { timeLimitSeconds: 120 } });
    const cands = sitingCandidates({ counties: syntheticSeats(), parks: NO_PARKS, sites, material: params.material, route: params.route, kinds: params.candidateKinds, includeSynthetic: true });
    let t = performance.now();
    const inst = buildSitingInstance(sites, cands, params);
    console.log("build", ((performance.now()-t)/1000).toFixed(2));
    t = performance.now();
    const r = await solveSiting(inst, params, inProcessHighsSolver);
    console.log(k, r.counts, r.before.matchedTonnes/1e6, r.after.matchedTonnes/1e6, r.gaps, r.status, ((performance.now()-t)/1000).toFixed(2));
  }
}
main();
