import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext, Page } from "playwright-core";

// Debian's chromium (see .ci/install-chromium.sh); playwright's own browser downloads do not work on these machines.
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/**
 * Where no chromium can be had (a laptop without root) browser tests are skipped with one line; CI sets
 * NUTGRAF_REQUIRE_BROWSER=1, so there they fail instead (as test/e2e-browser.test.ts does).
 */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && process.env.NUTGRAF_REQUIRE_BROWSER !== "1";
if (SKIP_BROWSER) console.warn(`skipping browser tests: no chromium at ${CHROMIUM} (sudo apt-get install chromium, or set CHROMIUM_PATH)`);

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and removes its profile from the temp folder. */
  close(): Promise<void>;
}

/** Headless Chromium with a throwaway profile, and its first tab. */
export async function launchChromium(viewport: { width: number; height: number }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run .ci/install-chromium.sh (as root) first`);
  const profile = await mkdtemp(join(tmpdir(), "nutgraf-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
