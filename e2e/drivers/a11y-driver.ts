/**
 * Accessibility scans with axe-core (@axe-core/playwright): runs axe on the current page and returns the
 * serious and critical violations in a readable form (rule, impact, first offending targets).
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

export class A11yDriver {
  constructor(readonly page: Page) {}

  /** Serious and critical axe violations on the page (WCAG 2.x A/AA plus best practices and label-content-name-mismatch). */
  async seriousViolations(): Promise<A11yViolation[]> {
    const results = await new AxeBuilder({ page: this.page })
      // label-content-name-mismatch is "experimental" in axe and off unless asked for; the review used it.
      .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
      .analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        rule: v.id,
        impact: String(v.impact),
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
  }

  /** Every violation of one rule, whatever its impact (for rules the review named). */
  async violationsOf(rule: string): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page })
      .options({ rules: { [rule]: { enabled: true } } })
      .withRules([rule])
      .analyze();
    return results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
  }
}
