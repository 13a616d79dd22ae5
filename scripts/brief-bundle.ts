import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { briefBundleOptions } from "#cli/bench.ts";
import { buildWith } from "#infra/bundle.ts";

/**
 * Builds the bench's bundled brief loop (cli/bench-brief-bundled.ts, with the Lambda handlers' esbuild options) to
 * OUT, for profiling what ships: `node --cpu-prof OUT ../shared/eval`. `--readable` leaves identifiers and whitespace
 * unminified so the profile names functions (keepNames, syntax minifying and everything else as shipped).
 * Run: npx tsx scripts/brief-bundle.ts OUT.mjs [--readable]
 */
const [out, flag] = process.argv.slice(2);
if (out === undefined || (flag !== undefined && flag !== "--readable")) throw new Error("usage: npx tsx scripts/brief-bundle.ts OUT.mjs [--readable]");
const outfile = resolve(out);
const options = await briefBundleOptions(outfile);
await buildWith(fileURLToPath(new URL("../", import.meta.url)), flag === "--readable" ? { ...options, minifyIdentifiers: false, minifyWhitespace: false } : options);
console.log(`${outfile} (and node_modules beside it in ${dirname(outfile)}): node --cpu-prof ${out} ../shared/eval`);
