// The one Shanxi bounding box: the province spans about 110.23–114.56 E, 34.58–40.74 N (DataV outline);
// the box rounds that outward to 0.1°, so every site in the province is inside it.

/** `[minLng, minLat, maxLng, maxLat]` in WGS84 degrees. */
export type BBox = [number, number, number, number];

/** A box around Shanxi, for map fitting, empty PDF maps and the fallback province test before the seed. */
export const SHANXI_BBOX: BBox = [110.2, 34.5, 114.6, 40.8];

/** True when `[lng, lat]` lies in `box` (edges included). */
export function inBBox(box: BBox, lng: number, lat: number): boolean {
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}
