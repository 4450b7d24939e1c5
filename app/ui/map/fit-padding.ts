/**
 * Padding for fitBounds that suits the viewport. MapLibre throws `Invalid LngLat object: (-Infinity, NaN)` when the
 * padding leaves no room (e.g. a 330 px side-panel padding on a 390 px phone), so every fit goes through here:
 * phones get the bottom-sheet padding, and any padding is scaled down to leave at least 40% of each dimension.
 */
import type { FitBoundsOptions, LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from "maplibre-gl";

/** Viewports at most this wide use the phone layout (bottom sheets, collapsed header menu); matches globals.css. */
export const PHONE_MAX_WIDTH_PX = 700;
/** Share of the map's width/height that padding may take at most. */
const MAX_PADDING_SHARE = 0.6;

export type FitPadding = number | PaddingOptions;
/** Padding for wide screens, and optionally a different one for phones (e.g. room for a bottom sheet). */
export interface ResponsivePadding {
  wide: FitPadding;
  phone?: FitPadding;
}

/** Padding on all four sides, in px. */
export interface EdgePadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function toOptions(p: FitPadding): EdgePadding {
  return typeof p === "number"
    ? { top: p, bottom: p, left: p, right: p }
    : { top: p.top ?? 0, bottom: p.bottom ?? 0, left: p.left ?? 0, right: p.right ?? 0 };
}

/** Scales a pair of paddings down so together they take at most the allowed share of the size (never negative). */
function clampPair(a: number, b: number, size: number): [number, number] {
  const a0 = Math.max(0, Number.isFinite(a) ? a : 0);
  const b0 = Math.max(0, Number.isFinite(b) ? b : 0);
  const room = Math.max(0, size) * MAX_PADDING_SHARE;
  const sum = a0 + b0;
  if (sum <= room || sum === 0) return [a0, b0];
  const k = room / sum;
  return [Math.floor(a0 * k), Math.floor(b0 * k)];
}

/** The padding to fit with in a map of `width`×`height` px: the phone variant on narrow maps, clamped to fit. */
export function paddingForViewport(
  padding: FitPadding | ResponsivePadding,
  width: number,
  height: number,
): EdgePadding {
  const responsive: ResponsivePadding = typeof padding === "object" && "wide" in padding ? padding : { wide: padding };
  const chosen = toOptions(
    width <= PHONE_MAX_WIDTH_PX && responsive.phone !== undefined ? responsive.phone : responsive.wide,
  );
  const [left, right] = clampPair(chosen.left, chosen.right, width);
  const [top, bottom] = clampPair(chosen.top, chosen.bottom, height);
  return { top, bottom, left, right };
}

/** True when the viewport uses the phone layout. */
export function isPhoneWidth(width: number): boolean {
  return width <= PHONE_MAX_WIDTH_PX;
}

/** fitBounds with a padding that suits the map's current size (see paddingForViewport). */
export function fitMapBounds(
  map: MapLibreMap,
  bounds: LngLatBoundsLike,
  padding: FitPadding | ResponsivePadding,
  options: Omit<FitBoundsOptions, "padding"> = {},
): void {
  const el = map.getContainer();
  map.fitBounds(bounds, { ...options, padding: paddingForViewport(padding, el.clientWidth, el.clientHeight) });
}
