import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildLambdaBundle } from "#infra/bundle.ts";

/**
 * What the ingest function costs to deploy: its Lambda bundle as SST builds it, and the share of it the HTML
 * parser (htmlparser2, its DOM and entity tables) takes. `npx tsx scripts/ingest-bundle.ts`.
 */
const root = fileURLToPath(new URL("../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "nutgraf-ingest-bundle-"));
try {
  const outfile = join(dir, "ingest.mjs");
  await buildLambdaBundle(root, "functions/ingest.ts", outfile);
  const html = await build({
    stdin: { contents: 'export { htmlParagraphs } from "#ingest/html.ts";', resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    write: false,
  });
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`ingest Lambda bundle (minified): ${kib(statSync(outfile).size)}`);
  console.log(`HTML → paragraphs alone (htmlparser2 + domhandler + entities): ${kib(html.outputFiles[0]!.contents.length)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
