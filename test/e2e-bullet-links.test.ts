import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARIS_REWRITE_HEADLINE } from "#local/newsroom.ts";
import { startLocal } from "#local/server.ts";
import type { LocalApp } from "#local/server.ts";
import { launchChromium, SKIP_BROWSER, type Browser } from "#test/helpers/browser.ts";

// The demo sends a later rewrite of the seed Paris story through the ingest endpoint: /brief shows the latest.
const HEADLINE = PARIS_REWRITE_HEADLINE;
const SLOW = { timeout: 15_000, interval: 50 };
/** The article page's ::target-text colour (local/article-page.ts): nothing else on that page is this yellow. */
const HIGHLIGHT = [255, 214, 0];

/** Pixels of the highlight colour inside a box of the page, counted in the page itself from a screenshot of that box. */
async function highlightedPixels(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await page.screenshot({ clip: box });
  // Runs in the page (this project's TypeScript has no DOM types, so it is passed as source).
  const count = await page.evaluate(`(async () => {
    const bitmap = await createImageBitmap(await (await fetch("data:image/png;base64,${png.toString("base64")}")).blob());
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const [r, g, b] = ${JSON.stringify(HIGHLIGHT)};
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 30) count++;
    }
    return count;
  })()`);
  return Number(count);
}

describe.skipIf(SKIP_BROWSER)("a bullet's link opens the story at its sentence, highlighted (headless Chromium)", () => {
  let app: LocalApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startLocal({ port: 0, slackDeadlineMs: 60_000 });
    // Short, so a sentence further down the story has to be scrolled to.
    browser = await launchChromium({ width: 1000, height: 500 });
    ({ context, page } = browser);
    await page.goto(app.url.replace("localhost", "127.0.0.1"));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("links every bullet of /brief paris to its sentence, and the page the link opens highlights exactly that sentence", async () => {
    const cards = page.locator('.message[data-kind="ephemeral"]', { has: page.locator(".bk-header", { hasText: HEADLINE }) });
    // The other tests may have put a card of this story up already: this test reads the one it asks for.
    const before = await cards.count();
    await page.bringToFront();
    await page.locator("#message-input").fill("/brief paris");
    await page.locator("#message-input").press("Enter");
    await expect.poll(() => cards.count(), SLOW).toBe(before + 1);
    const card = cards.last();
    const links = card.locator("a.bk-link", { hasText: "in story" });
    await expect.poll(() => links.count(), SLOW).toBe(3);
    const bullets = (await card.locator(".bk-section-text").first().innerText()).split("\n").map((line) => line.replace(/^•\s*/, "").replace(/\s*in story ↗$/, ""));
    // Why each was picked, in words, under them.
    expect(await card.innerText()).toMatch(/Why these bullets[\s\S]*the opening sentence/);
    await mkdir("test-output", { recursive: true });
    await card.screenshot({ path: join("test-output", "card-links.png") });

    // The last bullet is furthest down the story: the browser must scroll to it.
    const href = (await links.nth(2).getAttribute("href"))!;
    expect(href).toMatch(/\/articles\/[A-Za-z0-9]+#:~:text=/);
    // Clicking opens a new tab (target=_blank), as Slack does; that navigation carries the user's gesture text fragments ask for.
    const [story] = await Promise.all([context.waitForEvent("page"), links.nth(2).click()]);
    await story.waitForLoadState("load");
    expect(await story.locator("h1").innerText()).toBe(HEADLINE);

    // Which sentence span holds the bullet's text: the one the link must land on.
    const target = story.locator(".sentence", { hasText: bullets[2]!.slice(0, 40) });
    await expect.poll(() => target.count(), SLOW).toBe(1);
    const other = story.locator(".sentence").first();
    expect(await other.innerText()).not.toBe(await target.innerText());

    // Scrolled to: the sentence is inside the viewport although the page opened at its top.
    await expect.poll(() => story.evaluate("window.scrollY").then(Number), SLOW).toBeGreaterThan(0);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(500);

    // Highlighted: ::target-text paints the sentence, and only it.
    await expect.poll(() => highlightedPixels(story, box), SLOW).toBeGreaterThan(500);
    const otherBox = await other.boundingBox();
    if (otherBox && otherBox.y + otherBox.height > 0 && otherBox.y < 500) {
      expect(await highlightedPixels(story, { ...otherBox, y: Math.max(0, otherBox.y), height: Math.min(otherBox.height, 500 - Math.max(0, otherBox.y)) })).toBe(0);
    }
    await story.screenshot({ path: join("test-output", "story-highlight.png") });
    await story.close();
  });

  it("takes feedback from the card's buttons: which bullet is bad, then thanks", async () => {
    await page.bringToFront();
    await page.locator("#message-input").fill("/brief paris");
    await page.locator("#message-input").press("Enter");
    const cards = page.locator('.message[data-kind="ephemeral"]', { has: page.locator(".bk-header", { hasText: HEADLINE }) });
    await expect.poll(() => cards.count(), SLOW).toBeGreaterThan(0);
    await cards.last().locator("button.bk-button", { hasText: "Bad bullet…" }).click();
    const picker = page.locator('.message[data-kind="ephemeral"]', { hasText: "Which bullet is bad?" }).last();
    await expect.poll(() => picker.locator("button.bk-button").count(), SLOW).toBe(3);
    const thanks = page.locator(".message", { hasText: "recorded that bullet as bad" });
    const thanked = await thanks.count();
    await picker.locator("button.bk-button").nth(1).click();
    await expect.poll(() => thanks.count(), SLOW).toBe(thanked + 1);
  });

  it("answers an unknown story page with 404, not a page", async () => {
    const response = await page.request.get(app.url.replace("localhost", "127.0.0.1") + "articles/nope");
    expect(response.status()).toBe(404);
  });
});
