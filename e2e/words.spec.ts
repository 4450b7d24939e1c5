/**
 * Words that fit (issue 14 §7), English and Chinese, desktop and phone: plurals, the 3-2 sentence, list commas,
 * chart text at least 11 px (sizes in English legend kt and sign-in return are covered by findability/phone specs).
 */
import { test, expect } from "./support/offline";

for (const [name, viewport] of [
  ["desktop", null],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test(`English proposal page: plurals, the 3-2 sentence, commas, chart text ≥ 11 px (${name})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "atlas-locale", value: "en", url: baseURL! }]);
    if (viewport) await page.setViewportSize(viewport);
    await page.goto("/proposals/example-hejin");
    const nodes = page.getByTestId("key-nodes");
    await expect(nodes).toBeVisible();
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/\b1 pairings\b|\b1 entities\b|\b1 resources\b/);
    expect(await nodes.innerText()).toMatch(/the 3-2 test would then (still pass|fail)/);
    expect(await nodes.innerText()).not.toMatch(/test then (pass|fail)/);
    expect(text).not.toContain("、");
    const sizes = await page
      .locator("main svg text")
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });
}

test("Chinese proposal page keeps 、 in lists and says whether the 3-2 test still passes", async ({ page }) => {
  await page.goto("/proposals/example-hejin");
  const nodes = page.getByTestId("key-nodes");
  await expect(nodes).toBeVisible();
  expect(await nodes.innerText()).toMatch(/3-2 检验随后(仍通过|不通过)/);
});
