import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { LAMBDA_NODEJS } from "#infra/bundle.ts";
import { TABLE_KEYS } from "#store/table.ts";
import { sstComponents, type SstComponents } from "#test/helpers/sst-components.ts";

/**
 * What types cannot say about sst.config.ts (test/sst-types.test.ts checks its types against SST's own): it is
 * evaluated with recorders in place of SST's globals, every component it creates recorded with its arguments, and
 * the test reads them: handler files exist, links, timeouts against the digest's stale-claim window.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Recorded {
  type: string;
  name: string;
  args: Record<string, unknown>;
  self: object;
}

interface SstConfig {
  app(input: { stage: string }): Record<string, unknown>;
  run(): Promise<Record<string, unknown> | void>;
}

/** SST's real component classes, read from its platform sources (installed by test/helpers/sst-platform-setup.ts). */
const COMPONENTS = sstComponents(join(ROOT, ".sst/platform"));

/**
 * A recorder for every component SST has, and none it lacks: sst.config.ts naming a component SST does not have
 * fails here as it would under `sst deploy` ("sst.aws.CronV3 is not a constructor").
 */
function recorders(resources: Recorded[]): Record<string, unknown> {
  const component = (type: string) =>
    class {
      constructor(name: string, args: Record<string, unknown> = {}) {
        if (resources.some((r) => r.name === name)) throw new Error(`two components named ${name}: SST would refuse`);
        // Stand-ins for the outputs the config reads (a function's url, a table's name, a secret's value).
        Object.assign(this, { name, url: `https://${name.toLowerCase()}.lambda-url.example/`, arn: `arn:${type}:${name}`, value: `secret-${name}` });
        resources.push({ type, name, args, self: this });
      }
    };
  const namespace = (prefix: string, components: SstComponents): Record<string, unknown> => ({
    ...Object.fromEntries([...components.classes].map((c) => [c, component(`${prefix}.${c}`)])),
    ...Object.fromEntries([...components.namespaces].map(([n, sub]) => [n, namespace(`${prefix}.${n}`, sub)])),
  });
  return namespace("sst", COMPONENTS);
}

const saved = new Map<string, unknown>();
function setGlobal(key: string, value: unknown) {
  if (!saved.has(key)) saved.set(key, (globalThis as Record<string, unknown>)[key]);
  (globalThis as Record<string, unknown>)[key] = value;
}
afterEach(() => {
  for (const [key, value] of saved) (globalThis as Record<string, unknown>)[key] = value;
  saved.clear();
});

async function evaluate(stage: string) {
  const resources: Recorded[] = [];
  setGlobal("$config", (config: SstConfig) => config);
  setGlobal("sst", recorders(resources));
  setGlobal("$app", { name: "nutgraf", stage });
  setGlobal("$dev", false);
  // A path held in a variable: tsc leaves sst.config.ts out of the program (it needs SST's generated types).
  const path = pathToFileURL(join(ROOT, "sst.config.ts")).href;
  const config = ((await import(/* @vite-ignore */ path)) as { default: SstConfig }).default;
  const app = config.app({ stage });
  const outputs = await config.run();
  const find = (type: string, name: string) => {
    const found = resources.find((r) => r.type === type && r.name === name);
    if (!found) throw new Error(`no ${type} named ${name}; have ${resources.map((r) => `${r.type}:${r.name}`).join(", ")}`);
    return found;
  };
  return { app, outputs, resources, find };
}

/** "functions/slack.handler" → the file exists and exports `handler`. */
function checkHandler(handler: unknown) {
  expect(typeof handler).toBe("string");
  const match = /^(.+)\.([A-Za-z_$][\w$]*)$/.exec(handler as string);
  expect(match).not.toBeNull();
  const [, file, exported] = match!;
  const source = [".ts", ".mts", ".js"].map((ext) => join(ROOT, `${file}${ext}`)).find((p) => existsSync(p));
  expect(source, `handler file for ${String(handler)}`).toBeDefined();
  expect(readFileSync(source!, "utf8")).toMatch(new RegExp(`export (const|async function|function) ${exported}\\b|export \\{[^}]*\\b${exported}\\b`));
}

describe("sst.config.ts", () => {
  it("declares the app idiomatically, retaining and protecting production only", async () => {
    const { app: production } = await evaluate("production");
    expect(production).toEqual({ name: "nutgraf", home: "aws", removal: "retain", protect: true });
    const { app: dev } = await evaluate("alice");
    expect(dev).toMatchObject({ name: "nutgraf", home: "aws", removal: "remove", protect: false });
    expect(readFileSync(join(ROOT, "sst.config.ts"), "utf8")).toMatch(/^\/\/\/ <reference path="\.\/\.sst\/platform\/config\.d\.ts" \/>/);
  });

  it("builds exactly the table lib/store/table.ts describes, with TTL for digest claims and deletion protection in production", async () => {
    const { find, resources } = await evaluate("production");
    expect(resources.filter((r) => r.type === "sst.aws.Dynamo")).toHaveLength(1);
    const { args } = find("sst.aws.Dynamo", "Articles");
    const { partitionKey, sortKey, indexes } = TABLE_KEYS;
    expect(args.primaryIndex).toEqual({ hashKey: partitionKey.name, rangeKey: sortKey.name });
    expect(args.globalIndexes).toEqual(
      // SST spells DynamoDB's KEYS_ONLY projection "keys-only".
      Object.fromEntries(Object.values(indexes).map((i) => [i.name, { hashKey: i.partitionKey, rangeKey: i.sortKey, projection: i.projection === "KEYS_ONLY" ? "keys-only" : i.projection }])),
    );
    // Every key attribute declared, as a string, and nothing else (DynamoDB refuses unused attribute definitions).
    const keyAttributes = [partitionKey.name, sortKey.name, ...Object.values(indexes).flatMap((i) => [i.partitionKey, i.sortKey])];
    expect(args.fields).toEqual(Object.fromEntries(keyAttributes.map((k) => [k, "string"])));
    expect(args.ttl).toBe("expiresAt");
    expect(args.deletionProtection).toBe(true);
    expect((await evaluate("alice")).find("sst.aws.Dynamo", "Articles").args.deletionProtection).toBe(false);
  });

  it("writes the claim TTL attribute the config names", async () => {
    const { find } = await evaluate("production");
    const source = readFileSync(join(ROOT, "lib/store/dynamo-digest-claims.ts"), "utf8");
    expect(source).toContain(`${String(find("sst.aws.Dynamo", "Articles").args.ttl)}:`);
  });

  it("declares the two Slack secrets and the ingest signing secret by their alphanumeric names", async () => {
    const { resources } = await evaluate("production");
    expect(resources.filter((r) => r.type === "sst.Secret").map((r) => r.name).sort()).toEqual(["IngestSigningSecret", "SlackBotToken", "SlackSigningSecret"]);
  });

  it("runs the ingest function on its own Function URL, linked to the table and its own secret only", async () => {
    const { find, outputs } = await evaluate("production");
    const ingest = find("sst.aws.Function", "Ingest");
    checkHandler(ingest.args.handler);
    expect(ingest.args.handler).toBe("functions/ingest.handler");
    expect(ingest.args).toMatchObject({ url: true, runtime: "nodejs22.x", architecture: "arm64" });
    expect(ingest.args.link).toEqual([find("sst.aws.Dynamo", "Articles").self, find("sst.Secret", "IngestSigningSecret").self]);
    expect(outputs).toMatchObject({ ingestUrl: (ingest.self as { url: string }).url });
  });

  it("runs the Slack function on a Function URL, arm64 Node 22, linked to the table and both secrets", async () => {
    const { find, outputs } = await evaluate("production");
    const table = find("sst.aws.Dynamo", "Articles").self;
    const slack = find("sst.aws.Function", "Slack");
    checkHandler(slack.args.handler);
    expect(slack.args.handler).toBe("functions/slack.handler");
    expect(slack.args).toMatchObject({ url: true, runtime: "nodejs22.x", architecture: "arm64" });
    expect(slack.args.memory).toMatch(/^\d+ MB$/);
    expect(slack.args.timeout).toMatch(/^\d+ seconds?$/);
    expect(slack.args.logging).toMatchObject({ retention: expect.any(String) });
    const link = slack.args.link as object[];
    expect(link).toContain(table);
    expect(link).toContain(find("sst.Secret", "SlackBotToken").self);
    expect(link).toContain(find("sst.Secret", "SlackSigningSecret").self);
    expect(outputs).toMatchObject({ slackUrl: (slack.self as { url: string }).url });
  });

  it("schedules the digest every 15 minutes on the quarter hour with retries, its handler linked the same way", async () => {
    const { find, resources } = await evaluate("production");
    const crons = resources.filter((r) => r.type === "sst.aws.CronV2");
    expect(crons.map((c) => c.name)).toEqual(["Digest", "Feeds"]);
    const { args } = crons[0]!;
    // Built from the one schedule the code reads (the subscribe reply names the run that takes a claim over by it).
    const { scheduleCron } = await import("#digest/run-schedule.ts");
    expect(args.schedule).toBe(scheduleCron());
    expect(args.retries).toEqual(expect.any(Number));
    const fn = args.function as Record<string, unknown>;
    checkHandler(fn.handler);
    expect(fn.handler).toBe("functions/digest.handler");
    expect(fn).toMatchObject({ runtime: "nodejs22.x", architecture: "arm64" });
    // Scheduler's retries re-deliver the event; Lambda's own (asynchronous invocation) retry a run that threw.
    expect(fn.retries).toEqual(expect.any(Number));
    expect(fn.link).toContain(find("sst.aws.Dynamo", "Articles").self);
    expect(fn.link).toContain(find("sst.Secret", "SlackBotToken").self);
    // The digest's stale-claim threshold must outlast its timeout, or a slow live run could be taken over.
    const { DEFAULT_STALE_AFTER_MS } = await import("#digest/run.ts");
    const timeoutMinutes = Number(/^(\d+) minutes?$/.exec(String(fn.timeout))?.[1]);
    expect(timeoutMinutes * 60_000).toBeLessThan(DEFAULT_STALE_AFTER_MS);
  });

  it("polls the configured feeds on a CronV2, linked to the table only, the list from NUTGRAF_FEEDS at deploy time", async () => {
    const saved = process.env.NUTGRAF_FEEDS;
    process.env.NUTGRAF_FEEDS = "https://wire.example/rss";
    try {
      const { find } = await evaluate("production");
      const fn = find("sst.aws.CronV2", "Feeds").args.function as Record<string, unknown>;
      checkHandler(fn.handler);
      expect(fn.handler).toBe("functions/feeds.handler");
      expect(fn.link).toEqual([find("sst.aws.Dynamo", "Articles").self]);
      expect(fn.environment).toEqual({ NUTGRAF_FEEDS: "https://wire.example/rss" });
    } finally {
      if (saved === undefined) delete process.env.NUTGRAF_FEEDS;
      else process.env.NUTGRAF_FEEDS = saved;
    }
  });

  it("bundles both functions with the shared settings: esbuild plugins from a file that exists", async () => {
    const { find, resources } = await evaluate("production");
    const slackNodejs = find("sst.aws.Function", "Slack").args.nodejs as typeof LAMBDA_NODEJS;
    const digestNodejs = (resources.find((r) => r.type === "sst.aws.CronV2")!.args.function as { nodejs: unknown }).nodejs;
    expect(slackNodejs).toEqual(LAMBDA_NODEJS);
    expect(digestNodejs).toEqual(slackNodejs);
    // SST resolves the plugins path against the folder sst.config.ts is in.
    expect(existsSync(join(ROOT, slackNodejs.plugins)), slackNodejs.plugins).toBe(true);
  });

  it("has recorders for exactly SST's components", () => {
    const aws = COMPONENTS.namespaces.get("aws")!.classes;
    for (const used of ["Dynamo", "Function", "CronV2"]) expect(aws).toContain(used);
    expect(COMPONENTS.classes).toContain("Secret");
    expect(aws).not.toContain("CronV3");
  });

  it("handles every handler path it names (no stale paths after a rename)", async () => {
    const { resources } = await evaluate("alice");
    const handlers = resources.flatMap((r) => [r.args.handler, (r.args.function as { handler?: unknown } | undefined)?.handler].filter(Boolean));
    expect(handlers.length).toBeGreaterThanOrEqual(2);
    for (const h of handlers) checkHandler(h);
  });
});
