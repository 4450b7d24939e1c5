/**
 * Full-page navigation away from a page with a map. BaseMap's attribution cleanup calls removeControl on a map
 * that was already removed when React unmounts it during a client-side route change (TypeError in
 * AttributionControl.onRemove), so these buttons load the next page afresh instead of router.push.
 */
export function hardNavigate(url: string): void {
  window.location.assign(url);
}
