"use client";
/**
 * The sites a planner has picked on the map for a new cluster, kept in localStorage so the pick survives
 * going from the map to /proposals; components stay in sync through a window event.
 */
import { useCallback, useSyncExternalStore } from "react";

const KEY = "atlas-cluster-selection";
const EVENT = "atlas-cluster-selection-change";
const EMPTY: string[] = [];
let cachedRaw: string | null = null;
let cached: string[] = EMPTY;

function read(): string[] {
  const raw = typeof window === "undefined" ? null : window.localStorage.getItem(KEY);
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    cached = Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : EMPTY;
  } catch {
    cached = EMPTY;
  }
  return cached;
}

/** Replaces the selection. */
export function setClusterSelection(ids: readonly string[]): void {
  window.localStorage.setItem(KEY, JSON.stringify([...new Set(ids)]));
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The current selection and a toggle for one site. */
export function useClusterSelection(): {
  ids: string[];
  toggle: (id: string) => void;
  set: (ids: readonly string[]) => void;
} {
  const ids = useSyncExternalStore(subscribe, read, () => EMPTY);
  const toggle = useCallback((id: string) => {
    const now = read();
    setClusterSelection(now.includes(id) ? now.filter((x) => x !== id) : [...now, id]);
  }, []);
  return { ids, toggle, set: setClusterSelection };
}
