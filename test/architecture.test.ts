import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importViolations, moduleSpecifiers, type Rule } from "#test/helpers/imports.ts";

// The architecture in the README ("Architecture"), checked from the code's own imports so it cannot drift.

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SDKS = [/^@aws-sdk\//, /^@slack\//, /^sst(\/|$)/, /^aws-lambda$/, /^@smithy\//];

export const RULES: readonly Rule[] = [
  // The newsroom core is pure: it knows articles, sentences and numbers, nothing of storage, Slack or AWS.
  { from: "lib/news/", allow: [/^#news\//], forbid: SDKS, why: "lib/news is the article model: it imports only itself" },
  { from: "lib/brief/", allow: [/^#news\//, /^#brief\//], forbid: SDKS, why: "ranking and figures read articles only" },
  { from: "lib/eval/", allow: [/^#news\//, /^#brief\//, /^#eval\//], forbid: SDKS, why: "evaluation scores the core, offline" },
  // Digests decide what to post and when; the store and Slack reach them through interfaces, not SDKs.
  { from: "lib/digest/", forbid: [...SDKS, /^#store\/(?!store\.ts$)/, /^#eval\//], why: "digests see the ArticleStore interface, not DynamoDB" },
  // Ingestion reads formats and runs the pipeline; storage reaches it through interfaces (ArticleStore, DeadLetterStore,
  // FeedCursorStore), the DynamoDB versions living in lib/store.
  { from: "lib/ingest/", forbid: [...SDKS, /^#store\/(?!store\.ts$)/, /^#slack\//, /^#digest\//, /^#eval\//], why: "ingestion sees storage through interfaces, not DynamoDB" },
  { from: "lib/store/", forbid: [/^#slack\//, /^#brief\//, /^#eval\//, /^@slack\//], why: "storage knows nothing of Slack or ranking" },
  { from: "lib/", forbid: [/^#(functions|cli|local|scripts|test|infra)\//], why: "lib/ never reaches up into its callers" },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name.startsWith(".") || name === "page" ? [] : sourceFiles(path);
    return /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

const PROJECT_DIRS = ["lib", "functions", "cli", "local", "scripts", "infra", "test", "bin"];
const files = PROJECT_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))).map((path) => ({
  path: relative(ROOT, path),
  source: readFileSync(path, "utf8"),
}));

describe("architecture", () => {
  it("the core never imports storage, Slack or an SDK, and lib/ never imports its callers", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(importViolations(files, RULES)).toEqual([]);
  });

  it("catches a core file that imports the store or an SDK (the rule is live)", () => {
    const broken = [
      { path: "lib/brief/rank.ts", source: `import { x } from "#store/dynamo-store.ts";\n` },
      { path: "lib/news/article.ts", source: `import { DynamoDBClient } from "@aws-sdk/client-dynamodb";\n` },
      { path: "lib/brief/figures/card/card.ts", source: `import type { App } from "@slack/bolt";\n` },
      { path: "lib/store/seed.ts", source: `export { y } from "#slack/blocks.ts";\n` },
      { path: "lib/digest/run.ts", source: `const m = await import("#store/dynamo-store.ts");\n` },
      { path: "lib/ingest/ingest.ts", source: `import { DynamoArticleStore } from "#store/dynamo-store.ts";\n` },
    ];
    expect(importViolations(broken, RULES).map((v) => v.file)).toEqual(broken.map((b) => b.path));
  });

  it("one import style: project modules by #-subpath, never by relative path", () => {
    const relativeImports = files.flatMap(({ path, source }) =>
      moduleSpecifiers(source)
        .filter((s) => s.startsWith("."))
        .map((s) => `${path}: ${s}`),
    );
    expect(relativeImports).toEqual([]);
  });

  it("lib/ stays small enough to read: no file over 500 lines, at most 6 loose files, figures a folder", () => {
    const lib = files.filter((f) => f.path.startsWith("lib/"));
    const long = lib.filter((f) => f.source.split("\n").length > 500).map((f) => f.path);
    expect(long).toEqual([]);
    const loose = readdirSync(join(ROOT, "lib")).filter((n) => statSync(join(ROOT, "lib", n)).isFile());
    expect(loose.length).toBeLessThanOrEqual(6);
    expect(statSync(join(ROOT, "lib/brief/figures")).isDirectory()).toBe(true);
  });
});
