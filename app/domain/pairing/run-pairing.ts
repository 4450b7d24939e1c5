/** Runs the pairing optimisation over a set of sites: one exact solve per material, then the run summary. */
import type { RegistrySite } from "../registry-types";
import { buildInstance, materialNodes } from "./instance";
import { solveMaterial } from "./solve-material";
import type { LpSolver, MaterialResult, PairingFlow, PairingParams, PairingSummary, RunSite } from "./types";

export interface RunPairingOptions {
  solver: LpSolver;
  /** Called after each material with the fraction done (0..1) and the material just finished. */
  onProgress?: (fraction: number, material: string) => void | Promise<void>;
  /** Checked between materials; return true to stop early. */
  isCancelled?: () => boolean;
}

/** Solves every material of the params over the (already scope-filtered) sites. */
export async function runPairing(
  sites: readonly RegistrySite[],
  params: PairingParams,
  options: RunPairingOptions,
): Promise<{ flows: PairingFlow[]; summary: PairingSummary } | null> {
  const flows: PairingFlow[] = [];
  const results: MaterialResult[] = [];
  for (let i = 0; i < params.materials.length; i++) {
    if (options.isCancelled?.()) return null;
    const material = params.materials[i];
    const { producers, consumers } = materialNodes(sites, material);
    const instance = buildInstance(material, producers, consumers, params);
    const out = await solveMaterial(instance, options.solver);
    flows.push(...out.flows);
    results.push(out.result);
    await options.onProgress?.((i + 1) / params.materials.length, material);
  }
  return { flows, summary: summarise(results, flows, sites) };
}

/** Run totals; tonnage totals cover materials measured in tonnes only (gas, heat and water have other units). */
export function summarise(
  results: MaterialResult[],
  flows: PairingFlow[],
  sites: readonly RegistrySite[],
): PairingSummary {
  const tonnes = results.filter((r) => r.unit === "t");
  const producedTonnes = tonnes.reduce((s, r) => s + r.producedTonnes, 0);
  const matchedTonnes = tonnes.reduce((s, r) => s + r.matchedTonnes, 0);
  return {
    materials: results,
    totals: {
      producedTonnes,
      matchedTonnes,
      utilisation: producedTonnes > 0 ? matchedTonnes / producedTonnes : 0,
      tonneKm: tonnes.reduce((s, r) => s + r.tonneKm, 0),
      transportCostYuan: results.reduce((s, r) => s + r.transportCostYuan, 0),
      landfillCostYuan: tonnes.reduce((s, r) => s + r.landfillCostYuan, 0),
      co2Kg: results.reduce((s, r) => s + r.co2Kg, 0),
      pairings: flows.length,
    },
    sites: sites.length,
    involvedSites: involvedSites(results, flows, sites),
    synthetic: sites.some((s) => s.provenance.synthetic),
    limitWarnings: results.reduce((s, r) => s + r.limitWarnings.length, 0),
  };
}

/** Snapshot of the sites that flows, unmatched supply and spare capacity refer to. */
function involvedSites(
  results: MaterialResult[],
  flows: PairingFlow[],
  sites: readonly RegistrySite[],
): Record<string, RunSite> {
  const ids = new Set<string>();
  for (const f of flows) {
    ids.add(f.producerId).add(f.consumerId);
    if (f.explanation.alternative) ids.add(f.explanation.alternative.consumerId);
  }
  for (const r of results) {
    for (const u of r.unmatched) ids.add(u.siteId);
    for (const s of r.spare) ids.add(s.siteId);
  }
  const out: Record<string, RunSite> = {};
  for (const s of sites) {
    if (!ids.has(s.id)) continue;
    out[s.id] = {
      name: s.name,
      nameEn: s.nameEn,
      lng: s.lng,
      lat: s.lat,
      ownerGroup: s.ownerGroup,
      parkId: s.parkId,
      countyAdcode: s.countyAdcode,
      synthetic: s.provenance.synthetic,
    };
  }
  return out;
}
