/** China VAT refund catalogue badges for resource comprehensive-utilisation products (docs/domain.md §6). */
import type { MaterialCode } from "../materials";
import type { VatBadge } from "./types";

const BRICK_ROUTES = new Set(["wall-materials", "gypsum-board", "boards", "permeable-bricks"]);
const AGGREGATE_MATERIALS = new Set<MaterialCode>(["construction-waste", "coal-gangue"]);

/**
 * The catalogue category a pairing's product falls into, or null. Thresholds are the share of listed wastes the
 * product must contain: bricks/blocks/boards ≥70%; cement/clinker ≥20% (grade ≥42.5) or ≥40% (other);
 * aggregates from C&D waste or gangue ≥90%; gangue/slime power ≥60% of fuel. The badge marks possible
 * eligibility; the consumer's actual product mix decides.
 */
export function vatBadge(material: MaterialCode, route: string): VatBadge | null {
  if (BRICK_ROUTES.has(route)) return { category: "bricks-blocks-boards", threshold: "≥70%" };
  if (route === "cement") return { category: "cement-clinker", threshold: "≥20% (42.5) / ≥40%" };
  if (route === "recycled-aggregate" || (route === "road-base" && AGGREGATE_MATERIALS.has(material)))
    return AGGREGATE_MATERIALS.has(material) ? { category: "aggregate", threshold: "≥90%" } : null;
  if (route === "power" && material === "coal-gangue") return { category: "gangue-power", threshold: "≥60%" };
  return null;
}
