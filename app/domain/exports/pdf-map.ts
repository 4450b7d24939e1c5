/** Map geometry for the PDF report: a local equirectangular projection fitted to a frame, and a "nice" scale bar. */
import { SHANXI_BBOX } from "../shanxi-bbox";

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapProjection {
  /** [lng, lat] → page points. */
  project: (lng: number, lat: number) => [number, number];
  /** Kilometres per page point (uniform: the projection keeps aspect at the centre latitude). */
  kmPerPt: number;
  /** Lng/lat box shown. */
  bbox: [number, number, number, number];
}

const KM_PER_DEG_LAT = 111.32;

/**
 * Fits the points (with padding, and at least `minSpanKm` across) into the frame. Equirectangular with
 * cos(centre latitude) scaling: at county-to-province scale in Shanxi its distortion is far below what a
 * reader can see, and it needs no projection library.
 */
export function fitProjection(
  points: readonly [number, number][],
  frame: Frame,
  minSpanKm = 20,
  pad = 0.12,
): MapProjection {
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let [minLng, maxLng, minLat, maxLat] = points.length
    ? [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)]
    : [SHANXI_BBOX[0], SHANXI_BBOX[2], SHANXI_BBOX[1], SHANXI_BBOX[3]];
  const lat0 = (minLat + maxLat) / 2;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  // Work in km so both axes share one scale.
  let wKm = (maxLng - minLng) * KM_PER_DEG_LAT * cos;
  let hKm = (maxLat - minLat) * KM_PER_DEG_LAT;
  const cxKm = ((minLng + maxLng) / 2) * KM_PER_DEG_LAT * cos;
  const cyKm = lat0 * KM_PER_DEG_LAT;
  wKm = Math.max(wKm * (1 + 2 * pad), minSpanKm);
  hKm = Math.max(hKm * (1 + 2 * pad), minSpanKm);
  const kmPerPt = Math.max(wKm / frame.w, hKm / frame.h);
  const halfWKm = (frame.w * kmPerPt) / 2;
  const halfHKm = (frame.h * kmPerPt) / 2;
  minLng = (cxKm - halfWKm) / (KM_PER_DEG_LAT * cos);
  maxLng = (cxKm + halfWKm) / (KM_PER_DEG_LAT * cos);
  minLat = (cyKm - halfHKm) / KM_PER_DEG_LAT;
  maxLat = (cyKm + halfHKm) / KM_PER_DEG_LAT;
  return {
    project: (lng, lat) => [
      frame.x + frame.w / 2 + (lng * KM_PER_DEG_LAT * cos - cxKm) / kmPerPt,
      frame.y + frame.h / 2 - (lat * KM_PER_DEG_LAT - cyKm) / kmPerPt,
    ],
    kmPerPt,
    bbox: [minLng, minLat, maxLng, maxLat],
  };
}

/** The largest 1-2-5 × 10^n km length that fits in `maxPt` points at the given scale. */
export function niceScaleKm(kmPerPt: number, maxPt: number): number {
  const maxKm = kmPerPt * maxPt;
  const p = 10 ** Math.floor(Math.log10(maxKm));
  for (const m of [5, 2, 1]) if (m * p <= maxKm) return m * p;
  return p;
}

/** Line width in points for a flow: 1–7 pt, by square root of its share of the largest flow. */
export function flowWidthPt(tonnes: number, maxTonnes: number): number {
  if (maxTonnes <= 0) return 1;
  return 1 + 6 * Math.sqrt(Math.max(0, tonnes) / maxTonnes);
}
