// @ts-check
/**
 * esbuild plugins for the Lambda bundles: sst.config.ts names this file in `nodejs.plugins`, and infra/bundle.ts
 * (bench, bundle test) loads the same file, so what is measured is what SST ships.
 *
 * Bolt's entry module requires every receiver at start; a Function URL handler uses only AwsLambdaReceiver. Socket
 * Mode (ws, undici) and the Express/HTTP receivers (express, raw-body → iconv-lite, mime-db) resolve to an empty
 * module instead. sbd requires sanitize-html (~290 KB) for a `sanitize` option nutgraf never sets: its own browser
 * stub (sbd's package.json `browser` field) stands in. Measured with `npm run bench` (README: "Bundles").
 *
 * Plain JavaScript: SST runs this file with `node` (.sst/platform/functions/nodejs-runtime/plugin.mjs), whatever
 * Node the deploying machine has, so it cannot be TypeScript.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const empty = fileURLToPath(new URL("./unused-in-lambda.cjs", import.meta.url));

/** Import specifier → the file that stands in for it. */
export const STAND_INS = new Map([
  ["@slack/socket-mode", empty],
  ["express", empty],
  ["raw-body", empty],
  ["sanitize-html", require.resolve("sbd/lib/sanitize-html-browser.js")],
]);

/** @type {import("esbuild").Plugin} */
const leaveOutUnusedReceivers = {
  name: "nutgraf-leave-out-unused-receivers",
  setup(build) {
    // The filter matches everything and the callback picks the specifiers: SST's plugin host tests each filter
    // against its message's `path` field, which is undefined (the import path is in `value.path`), so a narrower
    // filter would never fire under `sst deploy`. test/lambda-plugins.test.ts drives that host to prove this one does.
    build.onResolve({ filter: /.*/ }, (args) => {
      const path = STAND_INS.get(args.path);
      return path === undefined ? undefined : { path };
    });
  },
};

export default [leaveOutUnusedReceivers];
