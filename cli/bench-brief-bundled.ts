import { benchArticles, timeBriefs } from "#cli/bench-brief.ts";

/**
 * The entry `npm run bench` bundles with the Lambda handlers' esbuild options (infra/bundle.ts) and runs in a plain
 * `node` process, so the bundled row times the code as the digest and Slack functions run it: minified, one file.
 * Run by cli/bench.ts as `node BUNDLE DATA_DIR`; prints one JSON line, a BriefTiming.
 */
const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: node bench-brief-bundled.mjs DATA_DIR");
process.stdout.write(`${JSON.stringify(timeBriefs(benchArticles(dir)))}\n`);
