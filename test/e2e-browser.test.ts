import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocal } from "#local/server.ts";
import type { LocalApp } from "#local/server.ts";
import { launchChromium, type Browser } from "#test/helpers/browser.ts";

const HEADLINE = "France seeks EU security aid, launches new airstrikes on IS";
// What the page shows arrives over a long poll; a busy two-core CI machine can take a while.
const SLOW = { timeout: 15_000, interval: 50 };

describe("npm start's page in a real browser", () => {
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

  // "Paris" is the seed story's dateline, not in its headline: search covers datelines.
  it("answers /brief paris with the seed article's card, ephemeral, with its figures", async () => {
    await send("/brief paris");
    const card = page.locator('.message[data-kind="ephemeral"]', { has: page.locator(".bk-header", { hasText: HEADLINE }) });
    await expect.poll(() => card.count(), SLOW).toBe(1);
    await expect.poll(() => card.locator(".only-you").innerText(), SLOW).toContain("Only visible to you");
    expect(await card.locator(".bk-header").innerText()).toBe(HEADLINE);
    const fields = await card.locator(".bk-field").allInnerTexts();
    expect(fields.some((field) => /\b129\b/.test(field))).toBe(true);
    // The bullets are the article's own sentences, rendered as text, not markup.
    expect(await card.locator(".bk-section-text").first().innerText()).toMatch(/France|Paris/);
  });

  it("posts the card to the channel with the real interactive payload", async () => {
    const ephemeral = page.locator('.message[data-kind="ephemeral"]', { has: page.locator(".bk-header", { hasText: HEADLINE }) });
    await ephemeral.locator("button.bk-button", { hasText: "Post to channel" }).click();
    const shared = page.locator('.message[data-kind="channel"]', { has: page.locator(".bk-header", { hasText: HEADLINE }) });
    await expect.poll(() => shared.count(), SLOW).toBe(1);
    expect(await shared.locator(".only-you").count()).toBe(0);
    // Laid out as a Slack message: the avatar in its own column, left of the card.
    const avatar = await shared.locator(".avatar").boundingBox();
    const header = await shared.locator(".bk-header").boundingBox();
    expect(header!.x).toBeGreaterThan(avatar!.x + avatar!.width);
    expect((await shared.locator(".bk-field").allInnerTexts()).some((field) => /\b129\b/.test(field))).toBe(true);
    // The handler deleted the ephemeral copy through response_url, as Slack would.
    await expect.poll(() => ephemeral.count(), SLOW).toBe(0);
    // And the channel copy says who shared it.
    expect(await shared.innerText()).toContain("@editor");
  });

  it("answers a bad command with the help", async () => {
    await send("/brief");
    // Only the help lists the lookup forms.
    const helpMessage = page.locator('.message[data-kind="ephemeral"]', { hasText: "/brief <headline words>" });
    await expect.poll(() => helpMessage.count(), SLOW).toBe(1);
    expect(await helpMessage.innerText()).toMatch(/\/brief latest[\s\S]*\/brief figures/);
    await send("/breif paris");
    await expect.poll(() => page.locator(".message", { hasText: "is not a valid command" }).count(), SLOW).toBe(1);
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

  it("leaves a screenshot for a person to look at", async () => {
    await mkdir("test-output", { recursive: true });
    const shot = await page.screenshot({ path: join("test-output", "page.png"), fullPage: false });
    // A PNG: signature and a non-trivial size (a blank page compresses to almost nothing).
    expect(shot.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(shot.length).toBeGreaterThan(20_000);
    // And the page's own script never failed along the way.
    expect(pageErrors).toEqual([]);
  });
});
