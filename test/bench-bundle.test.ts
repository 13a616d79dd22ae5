import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { benchBundledBrief, briefBundleOptions, BRIEF_BUNDLE_ENTRY } from "#cli/bench.ts";
import { lambdaBuildOptions, LAMBDA_HANDLERS } from "#infra/bundle.ts";

/**
 * `npm run bench`'s bundled brief row claims to time the code as Lambda runs it: its entry must be built with the
 * handlers' esbuild options, option for option, only the entry differing; and the bundle must run and time briefs.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));

describe("the bench's bundled brief", () => {
  it.each(Object.values(LAMBDA_HANDLERS))("is built with %s's esbuild options, only the entry file differing", async (handler) => {
    const outfile = join(ROOT, "out.mjs");
    const { entryPoints: benchEntry, ...bench } = await briefBundleOptions(outfile);
    const { entryPoints: handlerEntry, ...lambda } = await lambdaBuildOptions(ROOT, handler, outfile);
    expect(bench).toEqual(lambda);
    // The same plugin objects, not look-alikes: both load infra/lambda-plugins.mjs.
    expect(bench.plugins).toBe(lambda.plugins);
    expect(benchEntry).toEqual([BRIEF_BUNDLE_ENTRY]);
    expect(handlerEntry).not.toEqual(benchEntry);
  });

  it("runs in plain node and briefs every article of the in-repo subsets", async () => {
    const { first, warm } = await benchBundledBrief(join(ROOT, "test/fixtures/eval"));
    // Both rows: the first timing and the warm one the same process times after it (cli/bench-brief-bundled.ts).
    for (const timing of [first, warm]) {
      expect(timing.articles).toBe(180);
      expect(timing.passes).toHaveLength(5);
      expect(timing.passes.every((p) => p > 0)).toBe(true);
      // The main thread's own rate, where /proc tells it (cli/thread-cpu.ts): what the bench prints beside the process's.
      if (process.platform === "linux") expect(timing.mainThreadCpuArticlesPerSecond).toBeGreaterThan(0);
    }
  }, 60_000);
});
