import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSstConfig } from "#scripts/check-sst-config.ts";
import { sstBinaryDependency } from "#scripts/sst-platform.ts";

/**
 * sst.config.ts against SST's real platform types (installed by test/helpers/sst-platform-setup.ts), and proof
 * that the check fails on what `sst deploy` would refuse: copies with a misspelt component and an option SST
 * lacks are checked in the same program as the real file.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const source = readFileSync(join(ROOT, "sst.config.ts"), "utf8");

function mutate(find: string, replace: string): string {
  const mutated = source.replace(find, replace);
  expect(mutated, `sst.config.ts no longer contains ${find}`).not.toBe(source);
  return mutated;
}

describe("sst.config.ts against SST's platform types", () => {
  it("type-checks, and a misspelt component or an unknown option does not", { timeout: 240_000 }, () => {
    const result = checkSstConfig(ROOT, {
      "sst.config.misspelt-component.ts": mutate("new sst.aws.CronV2(", "new sst.aws.CronV3("),
      // The CronV2's own option (the first `retries:` in the file) under a name SST does not have.
      "sst.config.unknown-option.ts": mutate("retries: 2,", "retrys: 2,"),
    });
    expect(result.get("sst.config.ts")).toEqual([]);
    expect(result.get("infra/lambda-plugins.mjs")).toEqual([]);
    expect(result.get("sst.config.misspelt-component.ts")!.join("\n")).toMatch(/Property 'CronV3' does not exist .*Did you mean 'Cron'/);
    expect(result.get("sst.config.unknown-option.ts")!.join("\n")).toMatch(/'retrys' does not exist in type/);
    // Nothing else went wrong anywhere (SST's own sources compile under tsconfig.sst.json).
    const elsewhere = [...result].filter(([file]) => !file.startsWith("sst.config.")).flatMap(([, errors]) => errors);
    expect(elsewhere).toEqual([]);
  });

  it("bundles with the esbuild SST's CLI embeds (package.json pins the same version)", () => {
    const installed = (JSON.parse(readFileSync(join(ROOT, "node_modules/esbuild/package.json"), "utf8")) as { version: string }).version;
    expect(`v${installed}`).toBe(sstBinaryDependency(ROOT, "github.com/evanw/esbuild"));
  });
});
