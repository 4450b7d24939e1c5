"use client";
import { useEffect, useRef, useState, type RefObject } from "react";

/**
 * The rendered width (px) of the element the returned ref is attached to, following resizes; `fallbackPx` until the
 * first measurement (the server render). Charts draw at this width so their 11 px text stays 11 px on a phone
 * instead of being scaled down with a fixed viewBox.
 */
export function useWidthPx<T extends Element>(fallbackPx: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [widthPx, setWidthPx] = useState(fallbackPx);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // The content box: what a child drawn at this width may take without overflowing.
      const style = getComputedStyle(el);
      const w = Math.floor(el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
      if (w > 0) setWidthPx(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, widthPx];
}
