"use client";
/**
 * One store for the nearby search on the map page, shared by the panel (sidebar), the map layers (inside the map)
 * and the site-panel action. The search itself lives in the URL query (see search-url.ts); hover, picking and the
 * last answer are transient.
 */
import { useSyncExternalStore } from "react";
import type { NearbyResponse } from "../../data/nearby";
import { EMPTY_SEARCH, parseSearchUrl, writeSearchUrl, type SearchUrlState } from "./search-url";

export interface SearchUi {
  hoveredId: string | null;
  picking: boolean;
  status: "idle" | "loading" | "done" | "error";
  response: NearbyResponse | null;
  error: string | null;
  /** Set when the user starts a new search, so the map frames it once (a reload keeps the #map= view). */
  fitRequested: number;
}

interface Snapshot {
  url: SearchUrlState;
  ui: SearchUi;
}

const INITIAL_UI: SearchUi = {
  hoveredId: null,
  picking: false,
  status: "idle",
  response: null,
  error: null,
  fitRequested: 0,
};
const SERVER: Snapshot = { url: EMPTY_SEARCH, ui: INITIAL_UI };
let snapshot: Snapshot | null = null;
const listeners = new Set<() => void>();
let panelMounted = 0;

function current(): Snapshot {
  if (!snapshot) {
    // A shared link without a #map= view: frame the search once it loads; with a view, keep the shared view.
    const fit = window.location.hash.includes("map=") ? 0 : 1;
    snapshot = {
      url: parseSearchUrl(new URLSearchParams(window.location.search)),
      ui: { ...INITIAL_UI, fitRequested: fit },
    };
  }
  return snapshot;
}

function emit(next: Snapshot) {
  snapshot = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The search state (URL part and transient part); re-renders on change. */
export function useSearch(): Snapshot {
  return useSyncExternalStore(subscribe, current, () => SERVER);
}

/** Updates the URL part (history.replaceState keeps the #map= hash and other parameters). */
export function updateSearch(patch: Partial<SearchUrlState>, options: { fit?: boolean } = {}): void {
  const s = current();
  const url = { ...s.url, ...patch };
  const loc = new URL(window.location.href);
  loc.search = writeSearchUrl(loc.searchParams, url).toString();
  window.history.replaceState(window.history.state, "", loc);
  emit({ url, ui: options.fit ? { ...s.ui, fitRequested: s.ui.fitRequested + 1 } : s.ui });
}

/** Updates the transient part. */
export function updateSearchUi(patch: Partial<SearchUi>): void {
  const s = current();
  emit({ url: s.url, ui: { ...s.ui, ...patch } });
}

/** The search panel registers itself, so actions elsewhere know whether a search UI is on this page. */
export function registerSearchPanel(): () => void {
  panelMounted += 1;
  return () => {
    panelMounted -= 1;
  };
}

/** Starts a search: in place when the map page's panel is mounted, else by opening the map page with it. */
export function startSearch(patch: Partial<SearchUrlState>): void {
  if (panelMounted > 0) {
    updateSearch({ ...patch, selectedId: null }, { fit: true });
    return;
  }
  const params = writeSearchUrl(new URLSearchParams(), { ...EMPTY_SEARCH, ...patch });
  window.location.assign(`/?${params}`);
}
