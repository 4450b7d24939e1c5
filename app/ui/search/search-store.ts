"use client";
/**
 * One store for the nearby search on the map page, shared by the panel (sidebar), the map layers (inside the map)
 * and the site-panel action. The search itself lives in the URL query (see search-url.ts); the store also owns
 * fetching its answer (whenever the effective search changes while a search panel is mounted), the form's draft
 * inputs, hover and picking.
 */
import { useSyncExternalStore } from "react";
import type { NearbyResponse } from "../../application/nearby";
import { EMPTY_SEARCH, nearbyApiUrl, parseSearchUrl, writeSearchUrl, type SearchUrlState } from "./search-url";

/** The range and factor inputs as typed: applied to the URL on submit, so typing does not search per keystroke. */
export interface SearchDraft {
  mode: "radius" | "nearest";
  radius: string;
  k: string;
  circuity: string;
  co2: string;
}

export interface SearchUi {
  hoveredId: string | null;
  picking: boolean;
  status: "idle" | "loading" | "done" | "error";
  response: NearbyResponse | null;
  error: string | null;
  /** Set when the user starts a new search, so the map frames it once (a reload keeps the #map= view). */
  fitRequested: number;
  draft: SearchDraft;
}

interface Snapshot {
  url: SearchUrlState;
  ui: SearchUi;
}

/** The draft inputs that show a URL state (k defaults to 10 when the URL has a radius). */
export function draftFromUrl(url: SearchUrlState, previousK = "10"): SearchDraft {
  return {
    mode: url.k ? "nearest" : "radius",
    radius: url.radiusKm ? String(url.radiusKm) : "",
    k: url.k ? String(url.k) : previousK,
    circuity: url.circuity ? String(url.circuity) : "",
    co2: url.co2KgPerTonneKm ? String(url.co2KgPerTonneKm) : "",
  };
}

const INITIAL_UI: SearchUi = {
  hoveredId: null,
  picking: false,
  status: "idle",
  response: null,
  error: null,
  fitRequested: 0,
  draft: draftFromUrl(EMPTY_SEARCH),
};
const SERVER: Snapshot = { url: EMPTY_SEARCH, ui: INITIAL_UI };
let snapshot: Snapshot | null = null;
const listeners = new Set<() => void>();
let panelMounted = 0;
/** The API URL of the answer shown or being fetched, and the fetch under way. */
let fetchedUrl: string | null = null;
let inFlight: AbortController | null = null;

function current(): Snapshot {
  if (!snapshot) {
    // A shared link without a #map= view: frame the search once it loads; with a view, keep the shared view.
    const fit = window.location.hash.includes("map=") ? 0 : 1;
    const url = parseSearchUrl(new URLSearchParams(window.location.search));
    snapshot = { url, ui: { ...INITIAL_UI, fitRequested: fit, draft: draftFromUrl(url) } };
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

/** Fetches the answer of the current search when it differs from the one shown (drops a stale fetch). */
function syncFetch(): void {
  const apiUrl = nearbyApiUrl(current().url);
  if (apiUrl === fetchedUrl) return;
  inFlight?.abort();
  inFlight = null;
  fetchedUrl = apiUrl;
  if (!apiUrl) {
    updateSearchUi({ status: "idle", response: null, error: null });
    return;
  }
  const controller = new AbortController();
  inFlight = controller;
  updateSearchUi({ status: "loading", error: null });
  fetch(apiUrl, { signal: controller.signal })
    .then(async (res) => {
      const body = await res.json();
      if (!res.ok) throw new Error(typeof body?.error === "string" ? body.error : `HTTP ${res.status}`);
      if (!controller.signal.aborted) updateSearchUi({ status: "done", response: body as NearbyResponse });
    })
    .catch((e: Error) => {
      if (controller.signal.aborted) return;
      // A failed search is tried again when asked again (the same URL re-submitted or reloaded).
      fetchedUrl = null;
      updateSearchUi({ status: "error", error: e.message, response: null });
    })
    .finally(() => {
      if (inFlight === controller) inFlight = null;
    });
}

/** The search state (URL part and transient part); re-renders on change. */
export function useSearch(): Snapshot {
  return useSyncExternalStore(subscribe, current, () => SERVER);
}

const DRAFT_KEYS = ["radiusKm", "k", "circuity", "co2KgPerTonneKm"] as const;

/** Updates the URL part (history.replaceState keeps the #map= hash and other parameters) and fetches its answer. */
export function updateSearch(patch: Partial<SearchUrlState>, options: { fit?: boolean } = {}): void {
  const s = current();
  const url = { ...s.url, ...patch };
  const loc = new URL(window.location.href);
  loc.search = writeSearchUrl(loc.searchParams, url).toString();
  window.history.replaceState(window.history.state, "", loc);
  // The drafts follow the URL when the range or factors change (submit, clear, a site action).
  const draft = DRAFT_KEYS.some((k) => url[k] !== s.url[k]) ? draftFromUrl(url, s.ui.draft.k) : s.ui.draft;
  emit({ url, ui: { ...s.ui, draft, fitRequested: s.ui.fitRequested + (options.fit ? 1 : 0) } });
  if (panelMounted > 0) syncFetch();
}

/** Updates the transient part. */
export function updateSearchUi(patch: Partial<SearchUi>): void {
  const s = current();
  emit({ url: s.url, ui: { ...s.ui, ...patch } });
}

/** Updates the draft inputs. */
export function updateDraft(patch: Partial<SearchDraft>): void {
  const s = current();
  emit({ url: s.url, ui: { ...s.ui, draft: { ...s.ui.draft, ...patch } } });
}

/** Applies the draft range and factors to the search (the form's submit). */
export function applyDraft(): void {
  const { draft } = current().ui;
  const num = (s: string) => (s.trim() === "" ? null : Number(s));
  updateSearch(
    {
      radiusKm: draft.mode === "radius" ? num(draft.radius) : null,
      k: draft.mode === "nearest" ? (num(draft.k) ?? 10) : null,
      circuity: num(draft.circuity),
      co2KgPerTonneKm: num(draft.co2),
      selectedId: null,
    },
    { fit: true },
  );
  // Re-submitting the same search after an error tries again.
  syncFetch();
}

/**
 * The search panel registers itself: searches then run in place (and the one in the URL is fetched), and actions
 * elsewhere know a search UI is on this page.
 */
export function registerSearchPanel(): () => void {
  panelMounted += 1;
  syncFetch();
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
