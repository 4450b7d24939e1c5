"use client";
/** True on phone-width windows (the bottom-sheet layout); false on the server and on wide windows. */
import { useSyncExternalStore } from "react";
import { PHONE_MAX_WIDTH_PX } from "./fit-padding";

const QUERY = `(max-width: ${PHONE_MAX_WIDTH_PX}px)`;

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}

export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
