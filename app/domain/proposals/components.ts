/** Groups a run's pairings into clusters: connected components (union-find), per park, or among selected sites. */

/** The minimum a pairing needs to be grouped. */
export interface Edge {
  producerId: string;
  consumerId: string;
  tonnesPerYear: number;
}

/** A connected group of pairings: sites linked directly or through other sites. */
export interface PairingComponent<P extends Edge = Edge> {
  /** 0-based, ordered by weight (largest first), then by smallest site id: stable for the same run. */
  index: number;
  siteIds: string[];
  pairings: P[];
  /** Sum of the weights (tonnes per year by default). */
  tonnesPerYear: number;
}

/** Disjoint-set forest with path halving and union by size. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  /** Representative of `x`'s set (adds `x` as a singleton when unseen). */
  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      this.size.set(x, 1);
      return x;
    }
    let r = x;
    while (this.parent.get(r) !== r) {
      const grand = this.parent.get(this.parent.get(r)!)!;
      this.parent.set(r, grand);
      r = grand;
    }
    return r;
  }

  /** Merges the sets of `a` and `b`. */
  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
  }
}

/**
 * Connected components of the site graph whose edges are pairings, heaviest first. `weight` ranks them
 * (default: tonnesPerYear; pass solid tonnes when units are mixed, so gas in Nm3 does not dominate).
 */
export function connectedComponents<P extends Edge>(
  pairings: readonly P[],
  weight: (p: P) => number = (p) => p.tonnesPerYear,
): PairingComponent<P>[] {
  const uf = new UnionFind();
  for (const p of pairings) uf.union(p.producerId, p.consumerId);
  const groups = new Map<string, { sites: Set<string>; pairings: P[]; tonnes: number }>();
  for (const p of pairings) {
    const root = uf.find(p.producerId);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { sites: new Set(), pairings: [], tonnes: 0 }));
    g.sites.add(p.producerId);
    g.sites.add(p.consumerId);
    g.pairings.push(p);
    g.tonnes += weight(p);
  }
  const list = [...groups.values()].map((g) => ({
    siteIds: [...g.sites].sort(),
    pairings: g.pairings,
    tonnesPerYear: g.tonnes,
  }));
  list.sort((a, b) => b.tonnesPerYear - a.tonnesPerYear || (a.siteIds[0] < b.siteIds[0] ? -1 : 1));
  return list.map((g, index) => ({ index, ...g }));
}

/**
 * Pairings of a park's cluster: every pairing with at least one end in the park. Exchanges with
 * neighbours outside the park are part of what the park does, so they are kept (their cycle level says so).
 */
export function pairingsTouchingSites<P extends Edge>(pairings: readonly P[], siteIds: Iterable<string>): P[] {
  const set = new Set(siteIds);
  return pairings.filter((p) => set.has(p.producerId) || set.has(p.consumerId));
}

/** Pairings with both ends among the selected sites (a cluster drawn or picked on the map). */
export function pairingsWithinSites<P extends Edge>(pairings: readonly P[], siteIds: Iterable<string>): P[] {
  const set = new Set(siteIds);
  return pairings.filter((p) => set.has(p.producerId) && set.has(p.consumerId));
}

/** Distinct site ids at either end of the pairings, sorted. */
export function siteIdsOf(pairings: readonly Edge[]): string[] {
  const s = new Set<string>();
  for (const p of pairings) {
    s.add(p.producerId);
    s.add(p.consumerId);
  }
  return [...s].sort();
}
