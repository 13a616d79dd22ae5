import { join } from "node:path";
import type { BuildOptions } from "esbuild";

/**
 * esbuild settings for the Lambda bundles, shared by sst.config.ts (`nodejs.esbuild`), `npm run bench` and the
 * bundle test, so what is measured and tested is what is deployed.
 *
 * Bolt's entry module loads every receiver at start, and a Function URL handler uses only AwsLambdaReceiver:
 * Socket Mode (undici, ws) and the Express/HTTP receivers (express, raw-body → iconv-lite, mime-db) are replaced by
 * an empty module. sbd loads sanitize-html (~290 KB) for a `sanitize` option nutgraf never sets; its own browser
 * stub stands in. Measured (`npm run bench`): the Slack bundle goes from 2.2 MB to 0.87 MB minified, and its cold
 * import halves.
 */
export function lambdaEsbuild(root: string): { alias: Record<string, string> } {
  const unused = join(root, "infra/unused-in-lambda.cjs");
  return {
    alias: {
      "@slack/socket-mode": unused,
      express: unused,
      "raw-body": unused,
      "sanitize-html": join(root, "node_modules/sbd/lib/sanitize-html-browser.js"),
    },
  };
}

/** The whole build as SST runs it for `nodejs22.x` (minified ESM), for the bench and the bundle test. */
export async function buildLambdaBundle(root: string, handler: string, outfile: string): Promise<void> {
  const { build } = await import("esbuild");
  const options: BuildOptions = {
    entryPoints: [join(root, handler)],
    bundle: true,
    minify: true,
    platform: "node",
    target: "node22",
    format: "esm",
    outfile,
    // CommonJS dependencies (Bolt, sbd) call require(); an ESM bundle has to provide it.
    banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
    logLevel: "silent",
    ...lambdaEsbuild(root),
  };
  await build(options);
}
