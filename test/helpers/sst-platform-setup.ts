import { fileURLToPath } from "node:url";
import { ensureSstPlatform } from "#scripts/sst-platform.ts";

/**
 * vitest globalSetup: installs SST's platform (`.sst/platform`) once, before any test file runs, for the tests that
 * read SST's own types and sources (sst-types, sst-config, lambda-plugins). Once per run, not per file: two files
 * running `sst install` side by side would write the same folder. A no-op when the install is current.
 */
export default function setup(): void {
  ensureSstPlatform(fileURLToPath(new URL("../../", import.meta.url)));
}
