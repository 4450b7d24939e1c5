/**
 * Data shapes of the pairing optimisation (issue 4). Runs and pairings are stored with exactly these shapes
 * (PairingRun.params / scope / summary JSON, Pairing.explanation JSON) so later features (cluster proposals)
 * can read them back without the solver.
 */
import type { MaterialCode } from "../materials";
import type { CycleLevel } from "../registry-types";

/** Where a run looks: producers AND consumers must both lie inside the scope. */
export type PairingScope =
  | { kind: "province" }
  | { kind: "city"; adcode: string }
  | { kind: "county"; adcode: string }
  | { kind: "park"; id: string }
  | { kind: "polygon"; geometry: PolygonGeometry };

export interface PolygonGeometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: number[][][] | number[][][][];
}

/** Every effective value a run used; stored on the run so it can be reproduced and compared. */
export interface PairingParams {
  /** Great-circle haul limit per material (km); candidates beyond it are never paired. */
  maxHaulKm: Partial<Record<MaterialCode, number>>;
  /** Transport cost per unit·km (yuan), per material, applied to estimated road km. */
  costYuanPerTonneKm: Partial<Record<MaterialCode, number>>;
  /** Road km = great-circle km × circuity (an estimate). */
  circuity: number;
  /** Cost of landfilling / stockpiling one unit that stays unused (yuan): the general rate (other solid waste). */
  landfillYuanPerTonne: number;
  /** The cost each material actually uses (tax rate per material, gangue 5 yuan/t); absent on runs stored before it existed. */
  landfillYuanPerTonneByMaterial?: Partial<Record<MaterialCode, number>>;
  /**
   * Penalty per unit left unused, on top of the landfill cost, so that placing a unit always beats leaving it
   * (utilisation first). The solver certifies the placed total is maximal and raises it if ever needed.
   */
  utilisationPenaltyYuanPerTonne: number;
  /** Bonus per unit (yuan) preferring smaller cycles when costs are close. */
  cycleBonusYuanPerTonne: { enterprise: number; park: number };
  /** Transport CO2 (kg per unit·km of road), per material. */
  co2KgPerTonneKm: Partial<Record<MaterialCode, number>>;
  /** Candidate limit: each producer considers only its N nearest consumers in range. */
  nearestN: number;
  /** Materials solved, in order. */
  materials: MaterialCode[];
  /** Synthetic sites took part (default false: real sites only). */
  includeSynthetic: boolean;
  /** Non-operating sites (construction, proposed, mothballed, retired, cancelled, unknown) took part (default false). */
  includeNonOperating: boolean;
}

/** A producer of one material inside the scope. */
export interface ProducerNode {
  siteId: string;
  lng: number;
  lat: number;
  supplyTonnes: number;
  ownerGroup: string | null;
  parkId: string | null;
  outsideProvince: boolean;
}

/** One intake (site + route) of one material with remaining capacity = capacity − committed. */
export interface ConsumerNode {
  siteId: string;
  route: string;
  lng: number;
  lat: number;
  remainingTonnes: number;
  ownerGroup: string | null;
  parkId: string | null;
  outsideProvince: boolean;
}

/** A candidate arc producer → consumer within the haul limit. */
export interface CandidateArc {
  producer: number;
  consumer: number;
  distanceKm: number;
  roadKm: number;
  /** Transport cost per unit (yuan). */
  costPerTonne: number;
  /** Cycle bonus per unit (yuan) for this arc's cycle level. */
  bonusPerTonne: number;
  cycleLevel: CycleLevel;
}

/** The transportation instance of one material. */
export interface MaterialInstance {
  material: MaterialCode;
  producers: ProducerNode[];
  consumers: ConsumerNode[];
  arcs: CandidateArc[];
  /** Per producer: number of consumers in haul range before the nearest-N cut (capped at N+1: ">N"). */
  candidatesInRange: number[];
  landfillYuanPerTonne: number;
  utilisationPenaltyYuanPerTonne: number;
  co2KgPerTonneKm: number;
  nearestN: number;
}

/** A sparse LP in HiGHS's structured form (minimise colCost·x + offset s.t. rowLower ≤ Ax ≤ rowUpper). */
export interface TransportLp {
  numCols: number;
  numRows: number;
  offset: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /** Per column 0 continuous, 1 integer (siting's open/close variables); absent for a pure LP. */
  integrality?: Int32Array;
  /** HiGHS options for this solve (e.g. mip_rel_gap, time_limit). */
  options?: Record<string, number | string | boolean>;
  /** A feasible starting point (MILP incumbent). */
  start?: Float64Array;
  /** Return the row duals of an LP solved to optimality (siting's lower bound). */
  wantRowDual?: boolean;
  /**
   * A second objective for a pure LP, solved in the same HiGHS model from the first optimum's basis: row
   * `floorRow` gets the lower bound `floorPerObjective × first objective`, the costs become `colCost`, and the answer
   * is the second optimum (with `firstObjective`). Lexicographic without a big-M weight or a cold second solve.
   */
  thenMinimise?: { colCost: Float64Array; floorRow: number; floorPerObjective: number };
}

export interface LpSolution {
  /** "limit": a MILP stopped by its time limit with a feasible incumbent (see mipGap). */
  status: "optimal" | "limit" | "infeasible" | "error";
  colValue: Float64Array;
  objective: number;
  solveSeconds: number;
  message?: string;
  /** MILP only: relative gap between incumbent and proven bound (0 when proven optimal within tolerance). */
  mipGap?: number;
  mipDualBound?: number;
  mipNodes?: number;
  /** Row duals, when the model asked for them (`wantRowDual`) and is an LP solved to optimality. */
  rowDual?: Float64Array;
  /** The first objective's optimum of a `thenMinimise` model. */
  firstObjective?: number;
}

/** Anything that solves a TransportLp exactly (HiGHS in-process, or the worker thread). */
export type LpSolver = (lp: TransportLp) => Promise<LpSolution>;

/** One flow of the optimal plan, as stored in the Pairing table. */
export interface PairingFlow {
  producerId: string;
  consumerId: string;
  material: MaterialCode;
  route: string;
  tonnesPerYear: number;
  distanceKm: number;
  roadKm: number;
  costYuan: number;
  co2Kg: number;
  cycleLevel: CycleLevel;
  explanation: PairingExplanation;
}

/** Why this consumer: the cheapest other candidate of the same producer, and what the same tonnes would cost there. */
export interface AlternativeConsumer {
  consumerId: string;
  route: string;
  distanceKm: number;
  roadKm: number;
  costYuan: number;
  extraCostYuan: number;
  cycleLevel: CycleLevel;
  /** Capacity the alternative still has unused in the optimal plan. */
  spareTonnes: number;
}

export interface VatBadge {
  /** Catalogue category key (see vat-badges.ts). */
  category: "bricks-blocks-boards" | "cement-clinker" | "aggregate" | "gangue-power";
  /** Threshold of listed wastes in the product, as printed (e.g. "≥70%"). */
  threshold: string;
}

export interface PairingExplanation {
  costPerTonneYuan: number;
  bonusPerTonneYuan: number;
  vatBadge: VatBadge | null;
  /**
   * The cheapest other consumer (another site) that still has spare capacity in the optimal plan, i.e. where these
   * tonnes could go instead; when every other candidate is full, the cheapest one (spareTonnes 0).
   */
  alternative: AlternativeConsumer | null;
  /** Candidate consumers cheaper than the chosen one that are already full in the optimal plan. */
  cheaperFullConsumers: number;
}

/** A producer whose supply was not fully placed although the nearest-N cut dropped some in-range consumers. */
export interface LimitWarning {
  producerId: string;
  unplacedTonnes: number;
  candidatesInRange: number;
}

/** Greedy nearest-first preview measured against the optimum on the same instance. */
export interface GreedyComparison {
  matchedTonnes: number;
  transportCostYuan: number;
  objective: number;
  /** (greedy − optimal) / |optimal| of the solver objective (incl. the utilisation penalty), in percent. */
  objectiveGapPct: number;
  /** (greedy − optimal) / optimal of the real cost: transport + landfill of what stays unused, in percent. */
  costGapPct: number;
  /** Real cost (transport + landfill) of greedy and of the optimum, yuan. */
  realCostYuan: number;
  optimalRealCostYuan: number;
  /** Tonnes the optimum puts to use that greedy leaves unused. */
  unplacedExtraTonnes: number;
}

export interface MaterialResult {
  material: MaterialCode;
  unit: string;
  producers: number;
  consumers: number;
  candidates: number;
  producedTonnes: number;
  matchedTonnes: number;
  unmatchedTonnes: number;
  capacityTonnes: number;
  spareCapacityTonnes: number;
  utilisation: number;
  byCycleLevel: Record<CycleLevel, number>;
  byRoute: Record<string, number>;
  tonneKm: number;
  transportCostYuan: number;
  landfillCostYuan: number;
  co2Kg: number;
  objective: number;
  /** True when the placed total was verified maximal (no augmenting path in the residual network). */
  utilisationCertified: boolean;
  solveSeconds: number;
  limitWarnings: LimitWarning[];
  /** Producers that had more than N consumers in range (the cut applied). */
  truncatedProducers: number;
  greedy: GreedyComparison;
  unmatched: { siteId: string; tonnes: number }[];
  spare: { siteId: string; route: string; tonnes: number }[];
}

/** What one material's solve returns. */
export interface MaterialSolveOutput {
  flows: PairingFlow[];
  result: MaterialResult;
}

/** A site as it was when the run solved (so a run stays readable after the registry changes). */
export interface RunSite {
  name: string;
  nameEn: string;
  lng: number;
  lat: number;
  ownerGroup: string | null;
  parkId: string | null;
  countyAdcode: string | null;
  synthetic: boolean;
}

/** Run summary (PairingRun.summary JSON). */
export interface PairingSummary {
  materials: MaterialResult[];
  totals: {
    producedTonnes: number;
    matchedTonnes: number;
    utilisation: number;
    tonneKm: number;
    transportCostYuan: number;
    landfillCostYuan: number;
    co2Kg: number;
    pairings: number;
  };
  sites: number;
  /** Snapshot of every site a pairing, unmatched supply or spare capacity refers to (names, position, labels). */
  involvedSites: Record<string, RunSite>;
  /** True when any site in the scope is synthetic (the UI and API label results as synthetic). */
  synthetic: boolean;
  limitWarnings: number;
}
