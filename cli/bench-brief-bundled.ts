import { benchArticles, timeBriefs, type BundledTimings } from "#cli/bench-brief.ts";

/**
 * The entry `npm run bench` bundles with the Lambda handlers' esbuild options (infra/bundle.ts) and runs in a plain
 * `node` process, so the bundled row times the code as the digest and Slack functions run it: minified, one file.
 * Run by cli/bench.ts as `node BUNDLE DATA_DIR`; prints one JSON line, BundledTimings.
 */
const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: node bench-brief-bundled.mjs DATA_DIR");
const articles = benchArticles(dir);
const first = timeBriefs(articles);
// Timed again in the same process: V8 keeps compiling functions that grow hot for several passes over code this
// size (about 500 rule files), so the first row mixes the compiler's work into the figure; this one is the rate of a
// warm container: timed over passes 8–12, after the first timing's 6 passes and a warm-up pass of its own.
const warm = timeBriefs(articles);
process.stdout.write(`${JSON.stringify({ first, warm } satisfies BundledTimings)}\n`);
