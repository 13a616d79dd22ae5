import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAMBDA_NODEJS } from "#infra/bundle.ts";

/**
 * infra/lambda-plugins.mjs under SST's own plugin host. For `nodejs.plugins`, `sst deploy` runs
 * `node .sst/platform/functions/nodejs-runtime/plugin.mjs <file>` and puts each of esbuild's resolve and load
 * questions to it as a JSON line (`{id, command, value}`, SST's pkg/runtime/node/plugin.go), taking the reply line
 * with the same id as the answer. The bundle test runs the plugins in esbuild directly; this proves SST's host
 * gives the same answers, so the bundle measured is the bundle deployed.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BOLT_RECEIVERS = join(ROOT, "node_modules/@slack/bolt/dist/receivers");
const STAND_IN = join(ROOT, "infra/unused-in-lambda.cjs");

let host: ChildProcessWithoutNullStreams;
const pending = new Map<number, (value: Record<string, unknown>) => void>();
let nextId = 0;

function ask(command: "resolve" | "load", value: Record<string, unknown>): Promise<Record<string, unknown>> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    host.stdin.write(`${JSON.stringify({ id, command, value })}\n`);
  });
}

/** A resolve question as esbuild's Go API puts it through SST: a `require()` from Bolt's receivers folder. */
const resolve = (path: string) =>
  ask("resolve", { path, importer: join(BOLT_RECEIVERS, "index.js"), namespace: "file", resolveDir: BOLT_RECEIVERS, kind: "require-call", pluginData: null, with: {} });

beforeAll(() => {
  host = spawn(process.execPath, [join(ROOT, ".sst/platform/functions/nodejs-runtime/plugin.mjs"), join(ROOT, LAMBDA_NODEJS.plugins)], { cwd: ROOT });
  createInterface({ input: host.stdout }).on("line", (line) => {
    const reply = JSON.parse(line) as { id: number; value: Record<string, unknown> };
    pending.get(reply.id)?.(reply.value);
    pending.delete(reply.id);
  });
});

afterAll(async () => {
  host.stdin.end();
  if (host.exitCode === null) await once(host, "exit");
});

describe("the Lambda plugins under SST's plugin host", () => {
  it("sends Socket Mode and the Express/HTTP receivers' dependencies to the empty stand-in", async () => {
    for (const unused of ["@slack/socket-mode", "express", "raw-body"]) expect(await resolve(unused)).toEqual({ path: STAND_IN });
  });

  it("sends sanitize-html to sbd's own browser stub", async () => {
    const sbd = createRequire(join(ROOT, "package.json")).resolve("sbd/lib/sanitize-html-browser.js");
    expect(await resolve("sanitize-html")).toEqual({ path: sbd });
  });

  it("leaves everything else to esbuild", async () => {
    expect(await resolve("@slack/web-api")).toEqual({});
    expect(await resolve("./AwsLambdaReceiver")).toEqual({});
    expect(await ask("load", { path: join(BOLT_RECEIVERS, "AwsLambdaReceiver.js"), namespace: "file", suffix: "", pluginData: null, with: {} })).toEqual({});
  });
});
