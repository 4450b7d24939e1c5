/** Runs a scenario year by year over the registry: production paths, capacity additions, utilisation, stockpiles. */
import { materialSpec, type MaterialCode } from "../materials";
import type { RegistrySite } from "../registry-types";
import { includedSites } from "../site-inclusion";
import { buildInstance } from "../pairing/instance";
import { buildTransportLp } from "../pairing/transport-lp";
import { isUtilisationMaximal } from "../pairing/solve-material";
import type { ConsumerNode, LpSolver, PairingParams, ProducerNode } from "../pairing/types";
import { productionFactor } from "./production";
import { allocateDrawDown, drawDownGroups, nextStockpile, type StockNode } from "./stock-flow";
import type { MaterialYear, ScenarioParams, ScenarioResult, ScenarioYear } from "./types";

export interface RunScenarioOptions {
  /** Needed when params.utilisation is "pairing". */
  solver?: LpSolver;
  onProgress?: (fraction: number) => void | Promise<void>;
  isCancelled?: () => boolean;
}

/** A stockpile is cleared when at most this many tonnes remain. */
export const CLEARED_TONNES = 1;

interface MaterialState {
  material: MaterialCode;
  inTonnes: boolean;
  nodes: (StockNode & {
    lng: number;
    lat: number;
    baseProduced: number;
    ownerGroup: string | null;
    parkId: string | null;
    outsideProvince: boolean;
  })[];
  stock: number[];
  /** Tonnes drawn down from each node's stockpile so far. */
  drawn: number[];
  consumers: ConsumerNode[];
  baseCapacity: number;
}

function pairingParams(p: ScenarioParams, material: MaterialCode): PairingParams {
  return {
    materials: [material],
    maxHaulKm: { [material]: p.maxHaulKm[material] ?? materialSpec(material)!.maxHaulKm },
    costYuanPerTonneKm: { [material]: p.costYuanPerTonneKm[material] ?? materialSpec(material)!.costYuanPerTonneKm },
    co2KgPerTonneKm: { [material]: 0 },
    circuity: p.circuity,
    landfillYuanPerTonne: 0,
    utilisationPenaltyYuanPerTonne: 10_000,
    cycleBonusYuanPerTonne: { enterprise: 0, park: 0 },
    nearestN: p.nearestN,
    includeSynthetic: p.includeSynthetic,
    includeNonOperating: p.includeNonOperating,
  };
}

/**
 * Most tonnes placed from `supply` into `capacity` within the haul limit (then least cost), exactly: the
 * transportation LP, certified maximal by the residual-network check (penalty raised if ever needed).
 * Returns tonnes shipped per producer and received per consumer.
 */
export async function placeTonnes(
  material: MaterialCode,
  producers: ProducerNode[],
  consumers: ConsumerNode[],
  params: PairingParams,
  solver: LpSolver,
): Promise<{ shipped: number[]; received: number[] }> {
  const shipped = new Array<number>(producers.length).fill(0);
  const received = new Array<number>(consumers.length).fill(0);
  if (producers.length === 0 || consumers.length === 0) return { shipped, received };
  const instance = buildInstance(material, producers, consumers, params);
  if (instance.arcs.length === 0) return { shipped, received };
  let penalty = params.utilisationPenaltyYuanPerTonne;
  for (let attempt = 0; attempt < 3; attempt++) {
    const sol = await solver(buildTransportLp(instance, penalty));
    if (sol.status !== "optimal")
      throw new Error(`HiGHS did not reach an optimum for ${material}: ${sol.message ?? sol.status}`);
    if (isUtilisationMaximal(instance, sol.colValue) || attempt === 2) {
      instance.arcs.forEach((arc, a) => {
        const v = Math.max(0, sol.colValue[a]);
        shipped[arc.producer] += v;
        received[arc.consumer] += v;
      });
      return { shipped, received };
    }
    penalty *= 100;
  }
  return { shipped, received };
}

function materialState(sites: readonly RegistrySite[], material: MaterialCode): MaterialState {
  const nodes: MaterialState["nodes"] = [];
  const consumers: ConsumerNode[] = [];
  for (const s of sites) {
    const party = { ownerGroup: s.ownerGroup, parkId: s.parkId, outsideProvince: s.outsideProvince };
    for (const o of s.outputs) {
      if (o.material !== material || (o.tonnesPerYear <= 0 && o.stockpileTonnes <= 0)) continue;
      nodes.push({
        siteId: s.id,
        cityAdcode: s.cityAdcode,
        baseStockpileTonnes: o.stockpileTonnes,
        lng: s.lng,
        lat: s.lat,
        baseProduced: o.tonnesPerYear,
        ...party,
      });
    }
    for (const i of s.intakes) {
      const remaining = i.capacityTonnesPerYear - i.committedTonnesPerYear;
      if (i.material === material && remaining > 0)
        consumers.push({ siteId: s.id, route: i.route, lng: s.lng, lat: s.lat, remainingTonnes: remaining, ...party });
    }
  }
  return {
    material,
    inTonnes: materialSpec(material)?.unit === "t",
    nodes,
    stock: nodes.map((n) => n.baseStockpileTonnes),
    drawn: nodes.map(() => 0),
    consumers,
    baseCapacity: consumers.reduce((s, c) => s + c.remainingTonnes, 0),
  };
}

/** Runs every year and material; null when cancelled. Pure apart from the injected solver. */
export async function runScenario(
  allSites: readonly RegistrySite[],
  params: ScenarioParams,
  options: RunScenarioOptions = {},
): Promise<ScenarioResult | null> {
  const sites = includedSites(allSites, params);
  if (params.utilisation === "pairing" && !options.solver) throw new Error("pairing utilisation needs a solver");
  const states = params.materials.map((m) => materialState(sites, m));
  const years: ScenarioYear[] = [];
  const steps = (params.toYear - params.fromYear + 1) * states.length;
  let done = 0;
  for (let year = params.fromYear; year <= params.toYear; year++) {
    const materials: ScenarioYear["materials"] = {};
    for (const st of states) {
      if (options.isCancelled?.()) return null;
      materials[st.material] = await stepMaterial(st, params, year, options.solver);
      done++;
      await options.onProgress?.(done / steps);
    }
    const stockpileByCity: Record<string, number> = {};
    let releasedTonnes = 0;
    for (const st of states) {
      if (!st.inTonnes) continue;
      st.nodes.forEach((n, i) => {
        if (n.cityAdcode) stockpileByCity[n.cityAdcode] = (stockpileByCity[n.cityAdcode] ?? 0) + st.stock[i];
        releasedTonnes += Math.max(0, n.baseStockpileTonnes - st.stock[i]);
      });
    }
    years.push({ year, materials, landReleasedMu: releasedTonnes / params.land.tonnesPerMu, stockpileByCity });
  }
  const baseByCity = new Map<string, number>();
  const drawnByCity = new Map<string, number>();
  let baseStockpileTonnes = 0;
  for (const st of states) {
    if (!st.inTonnes) continue;
    st.nodes.forEach((n, i) => {
      baseStockpileTonnes += n.baseStockpileTonnes;
      if (!n.cityAdcode) return;
      if (n.baseStockpileTonnes > 0)
        baseByCity.set(n.cityAdcode, (baseByCity.get(n.cityAdcode) ?? 0) + n.baseStockpileTonnes);
      drawnByCity.set(n.cityAdcode, (drawnByCity.get(n.cityAdcode) ?? 0) + st.drawn[i]);
    });
  }
  const last = years[years.length - 1];
  const cities = [...baseByCity.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([adcode, base]) => {
      const cleared = years.find((y) => (y.stockpileByCity[adcode] ?? 0) <= CLEARED_TONNES);
      return {
        adcode,
        baseStockpileTonnes: base,
        drawnDownTonnes: drawnByCity.get(adcode) ?? 0,
        finalStockpileTonnes: last?.stockpileByCity[adcode] ?? base,
        clearedYear: cleared?.year ?? null,
        yearsToClear: cleared ? cleared.year - params.baseYear : null,
      };
    });
  return { years, cities, baseStockpileTonnes, synthetic: sites.some((s) => s.provenance.synthetic) };
}

/** One material's year: produce, place the flow, draw stockpiles down with what capacity is left. */
async function stepMaterial(
  st: MaterialState,
  params: ScenarioParams,
  year: number,
  solver?: LpSolver,
): Promise<MaterialYear> {
  const factor = productionFactor(params.production[st.material], params.baseYear, year);
  const produced = st.nodes.map((n) => n.baseProduced * factor);
  const additions = params.capacityAdditions.filter(
    (a) => a.material === st.material && a.startYear <= year && a.tonnesPerYear > 0,
  );
  const capacityTonnes = st.baseCapacity + additions.reduce((s, a) => s + a.tonnesPerYear, 0);
  const drawable = st.stock.map((s) => s * params.drawDown.maxShareOfStockpilePerYear);
  const groups = drawDownGroups(st.nodes, params.drawDown.order, params.drawDown.priorityCities);
  let flowUsed: number[];
  let drawDown: number[];
  if (params.utilisation === "aggregate") {
    const totalProduced = produced.reduce((s, v) => s + v, 0);
    const used = Math.min(totalProduced, capacityTonnes);
    const ratio = totalProduced > 0 ? used / totalProduced : 0;
    flowUsed = produced.map((p) => p * ratio);
    drawDown = allocateDrawDown(drawable, groups, capacityTonnes - used);
  } else {
    const pp = pairingParams(params, st.material);
    const consumers: ConsumerNode[] = [
      ...st.consumers,
      ...additions
        .filter((a) => a.lng !== null && a.lat !== null)
        .map((a) => ({
          siteId: `addition:${a.id}`,
          route: a.route,
          lng: a.lng!,
          lat: a.lat!,
          remainingTonnes: a.tonnesPerYear,
          ownerGroup: null,
          parkId: null,
          outsideProvince: false,
        })),
    ];
    const node = (i: number, supply: number): ProducerNode => {
      const n = st.nodes[i];
      return {
        siteId: n.siteId,
        lng: n.lng,
        lat: n.lat,
        supplyTonnes: supply,
        ownerGroup: n.ownerGroup,
        parkId: n.parkId,
        outsideProvince: n.outsideProvince,
      };
    };
    const flowIdx = produced.map((p, i) => (p > 0 ? i : -1)).filter((i) => i >= 0);
    const flow = await placeTonnes(
      st.material,
      flowIdx.map((i) => node(i, produced[i])),
      consumers,
      pp,
      solver!,
    );
    flowUsed = produced.map(() => 0);
    flowIdx.forEach((i, k) => (flowUsed[i] = Math.min(produced[i], flow.shipped[k])));
    // Draw-down only into capacity the year's flow left free, group by group.
    const spare = consumers.map((c, k) => ({ ...c, remainingTonnes: c.remainingTonnes - flow.received[k] }));
    drawDown = produced.map(() => 0);
    for (const g of groups) {
      const idx = g.filter((i) => drawable[i] > 1e-6);
      const open = spare.filter((c) => c.remainingTonnes > 1e-6);
      if (idx.length === 0 || open.length === 0) continue;
      const r = await placeTonnes(
        st.material,
        idx.map((i) => node(i, drawable[i])),
        open,
        pp,
        solver!,
      );
      idx.forEach((i, k) => (drawDown[i] = Math.min(drawable[i], r.shipped[k])));
      open.forEach((c, k) => (c.remainingTonnes -= r.received[k]));
    }
  }
  let stockpileTonnes = 0;
  drawDown.forEach((d, i) => (st.drawn[i] += d));
  st.stock = st.stock.map((s, i) => {
    const v = nextStockpile(s, produced[i], flowUsed[i], drawDown[i]);
    stockpileTonnes += v;
    return v;
  });
  const producedTonnes = produced.reduce((s, v) => s + v, 0);
  const flowUsedTonnes = flowUsed.reduce((s, v) => s + v, 0);
  const drawDownTonnes = drawDown.reduce((s, v) => s + v, 0);
  const utilisedTonnes = flowUsedTonnes + drawDownTonnes;
  return {
    producedTonnes,
    capacityTonnes,
    utilisedTonnes,
    flowUsedTonnes,
    drawDownTonnes,
    stockpileTonnes,
    utilisation: producedTonnes > 0 ? utilisedTonnes / producedTonnes : 0,
  };
}
