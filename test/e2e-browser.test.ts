import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocal } from "#local/server.ts";
import type { LocalApp } from "#local/server.ts";
import { PARIS_REWRITE_HEADLINE } from "#local/newsroom.ts";
import { launchChromium, SKIP_BROWSER, type Browser } from "#test/helpers/browser.ts";

// The demo sends a later rewrite of the seed Paris story through the ingest endpoint: /brief shows the latest.
const HEADLINE = PARIS_REWRITE_HEADLINE;
// What the page shows arrives over a long poll; a busy two-core CI machine can take a while.
const SLOW = { timeout: 15_000, interval: 50 };

// Where no chromium can be had, only the browser tests are skipped, with one line (test/helpers/browser.ts); CI sets
// NUTGRAF_REQUIRE_BROWSER=1, so there a missing chromium fails instead.
describe.skipIf(SKIP_BROWSER)("npm start's page in a real browser", () => {
  let app: LocalApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A generous deadline: this test is about what the page shows, not about how fast a busy CI machine is.
    app = await startLocal({ port: 0, slackDeadlineMs: 60_000 });
    browser = await launchChromium({ width: 1200, height: 900 });
    page = browser.page;
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(app.url.replace("localhost", "127.0.0.1"));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function send(text: string): Promise<void> {
    const input = page.locator("#message-input");
    await input.fill(text);
    await input.press("Enter");
  }

  const card = (kind: "ephemeral" | "channel") => page.locator(`.message[data-kind="${kind}"]`, { has: page.locator(".bk-header", { hasText: HEADLINE }) });

  /** Sends /brief paris and waits for its card: each test makes what it needs, so any order works. */
  async function briefParis(): Promise<void> {
    const before = await card("ephemeral").count();
    await send("/brief paris");
    await expect.poll(() => card("ephemeral").count(), SLOW).toBe(before + 1);
  }

  it("answers /brief paris with the seed article's (latest) card, ephemeral, with its figures", async () => {
    await briefParis();
    const mine = card("ephemeral").last();
    await expect.poll(() => mine.locator(".only-you").innerText(), SLOW).toContain("Only visible to you");
    expect(await mine.locator(".bk-header").innerText()).toBe(HEADLINE);
    const fields = await mine.locator(".bk-field").allInnerTexts();
    expect(fields.some((field) => /\b132\b/.test(field))).toBe(true);
    // The bullets are the article's own sentences, rendered as text, not markup.
    expect(await mine.locator(".bk-section-text").first().innerText()).toMatch(/France|Paris/);
  });

  it("posts the card to the channel with the real interactive payload", async () => {
    await briefParis();
    const ephemeralBefore = await card("ephemeral").count();
    const sharedBefore = await card("channel").count();
    await card("ephemeral").last().locator("button.bk-button", { hasText: "Post to channel" }).click();
    await expect.poll(() => card("channel").count(), SLOW).toBe(sharedBefore + 1);
    // The handler deleted the ephemeral copy through response_url, as Slack would. Waited for first: each change
    // re-renders the list, and an element measured across a re-render is detached (its box null).
    await expect.poll(() => card("ephemeral").count(), SLOW).toBe(ephemeralBefore - 1);
    const shared = card("channel").last();
    expect(await shared.locator(".only-you").count()).toBe(0);
    // Laid out as a Slack message: the avatar in its own column, left of the card. Both boxes are read in one
    // evaluation, so a re-render from the long poll cannot fall between them.
    const layout = await shared.evaluate((message) => {
      const avatar = message.querySelector(".avatar")?.getBoundingClientRect();
      const header = message.querySelector(".bk-header")?.getBoundingClientRect();
      return avatar && header ? { avatarRight: avatar.x + avatar.width, headerLeft: header.x } : undefined;
    });
    expect(layout).toBeDefined();
    expect(layout!.headerLeft).toBeGreaterThan(layout!.avatarRight);
    expect((await shared.locator(".bk-field").allInnerTexts()).some((field) => /\b132\b/.test(field))).toBe(true);
    // And the channel copy says who shared it.
    expect(await shared.innerText()).toContain("@editor");
  });

  it("answers a bad command with the help", async () => {
    await send("/brief");
    // Only the help lists the lookup forms.
    const helpMessage = page.locator('.message[data-kind="ephemeral"]', { hasText: "/brief <headline words>" });
    await expect.poll(() => helpMessage.count(), SLOW).toBeGreaterThan(0);
    expect(await helpMessage.innerText()).toMatch(/\/brief latest[\s\S]*\/brief figures/);
    await send("/breif paris");
    await expect.poll(() => page.locator(".message", { hasText: "is not a valid command" }).count(), SLOW).toBeGreaterThan(0);
  });

  it("subscribes the channel and shows the digest when Run digest now is pressed", async () => {
    await send("/brief subscribe 07:00 Europe/Paris");
    await expect.poll(() => page.locator('.message[data-kind="ephemeral"]', { hasText: "07:00" }).count(), SLOW).toBeGreaterThan(0);
    const digests = page.locator('.message[data-kind="channel"]', { hasText: "digest" });
    const before = await digests.count();
    await page.locator("#run-digest").click();
    await expect.poll(() => digests.count(), SLOW).toBe(before + 1);
    await expect.poll(() => page.locator("#status").innerText(), SLOW).toContain("posted");
  });

  it("is usable 400 px wide: nothing clipped or scrolled sideways, the digest button and the composer in reach", async () => {
    await briefParis();
    await page.setViewportSize({ width: 400, height: 800 });
    try {
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(400);
      for (const selector of [".channel-header", "#run-digest", ".channel-title", "#message-input", ".composer .send"]) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.x, selector).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, selector).toBeLessThanOrEqual(400);
        expect(box!.width, selector).toBeGreaterThan(0);
      }
      // The card's header and its button sit inside the window too.
      const last = card("ephemeral").last();
      for (const part of [last.locator(".bk-header"), last.locator("button.bk-button").first()]) {
        const box = await part.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(400);
      }
      await mkdir("test-output", { recursive: true });
      await page.screenshot({ path: join("test-output", "page-400.png") });
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it("leaves a screenshot for a person to look at", async () => {
    await briefParis();
    await mkdir("test-output", { recursive: true });
    const shot = await page.screenshot({ path: join("test-output", "page.png"), fullPage: false });
    // A PNG: signature and a non-trivial size (a blank page compresses to almost nothing).
    expect(shot.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(shot.length).toBeGreaterThan(20_000);
    // And the page's own script never failed along the way.
    expect(pageErrors).toEqual([]);
  });
});
