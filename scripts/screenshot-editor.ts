/**
 * The README's pictures of the editor features, taken with headless Chromium from `npm start`'s page:
 *   npx tsx scripts/screenshot-editor.ts
 * docs/editor-card.png: `/brief paris` — bullets with their "in story ↗" links, the "why these bullets" lines and
 * the feedback buttons. docs/bullet-link.png: the story page a bullet's link opens, scrolled to and highlighting it.
 */
import { mkdir } from "node:fs/promises";
import { PARIS_REWRITE_HEADLINE } from "#local/newsroom.ts";
import { startLocal } from "#local/server.ts";
import { launchChromium } from "#test/helpers/browser.ts";

// The demo sends a later rewrite of the seed Paris story through the ingest endpoint: /brief shows the latest.
const HEADLINE = PARIS_REWRITE_HEADLINE;
const app = await startLocal({ port: 0, slackDeadlineMs: 60_000 });
const browser = await launchChromium({ width: 1100, height: 1000 });
try {
  await mkdir("docs", { recursive: true });
  const { page, context } = browser;
  await page.goto(app.url.replace("localhost", "127.0.0.1"));
  await page.locator("#message-input").fill("/brief paris");
  await page.locator("#message-input").press("Enter");
  const card = page.locator('.message[data-kind="ephemeral"]', { has: page.locator(".bk-header", { hasText: HEADLINE }) });
  await card.waitFor({ timeout: 15_000 });
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: "docs/editor-card.png" });
  const [story] = await Promise.all([context.waitForEvent("page"), card.locator("a.bk-link", { hasText: "in story" }).nth(2).click()]);
  await story.setViewportSize({ width: 900, height: 520 });
  await story.waitForLoadState("load");
  // The highlight is painted once the browser has found the text; give it a frame or two.
  await story.waitForTimeout(500);
  await story.screenshot({ path: "docs/bullet-link.png" });
  console.log("wrote docs/editor-card.png and docs/bullet-link.png");
} finally {
  await browser.close();
  await app.stop();
}
