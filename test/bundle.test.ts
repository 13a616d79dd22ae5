import { execFile } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseWireText } from "#news/article.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import type { Metafile } from "esbuild";
import { buildLambdaBundle, LAMBDA_HANDLERS } from "#infra/bundle.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { signedEvent, slashCommandBody } from "#test/helpers/slack-request.ts";

/**
 * The Lambda bundles leave Bolt's unused receivers out (infra/lambda-plugins.mjs). This proves the deployed
 * artefact, not the sources, still answers a signed `/brief`: each bundle is built as SST builds it (infra/bundle.ts:
 * SST's esbuild options, the same plugins file), loaded in a fresh Node process, and driven against the local
 * DynamoDB and the Slack stand-in over HTTP.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SECRET = "bundle-test-signing-secret";
const run = promisify(execFile);

let dir: string;
let table: TestTable;
let api: SlackApi;
let slack: Bundle;

interface Bundle {
  file: string;
  /** What esbuild put in, relative to the project: `node_modules/@slack/bolt/dist/App.js`, … */
  inputs: string[];
}

/**
 * An input as the project names it. esbuild resolves symlinks, so where node_modules is a link (a worktree sharing
 * another checkout's install) it names `../main/node_modules/…`; the packages are the project's all the same.
 */
function projectPath(input: string): string {
  const modules = realpathSync(join(ROOT, "node_modules"));
  const at = resolve(ROOT, input);
  return at.startsWith(modules + sep) ? `node_modules/${relative(modules, at).split(sep).join("/")}` : input;
}

async function bundle(handler: string): Promise<Bundle> {
  const file = join(dir, `${handler.replace(/\W/g, "_")}.mjs`);
  const metafile = JSON.parse(await buildLambdaBundle(ROOT, handler, file)) as Metafile;
  return { file, inputs: Object.keys(metafile.inputs).map(projectPath) };
}

/** Configuration as `npm start` and the tests give it: environment variables. */
const configFromEnv = () => ({
  NUTGRAF_TABLE: table.tableName,
  SLACK_BOT_TOKEN: "xoxb-bundle-test",
  SLACK_SIGNING_SECRET: SECRET,
});

/** Configuration as SST gives it on Lambda: each linked resource as an `SST_RESOURCE_<name>` JSON variable. */
const configFromLinks = () => ({
  SST_RESOURCE_App: JSON.stringify({ name: "nutgraf", stage: "bundle-test" }),
  SST_RESOURCE_Articles: JSON.stringify({ name: table.tableName }),
  SST_RESOURCE_SlackBotToken: JSON.stringify({ value: "xoxb-bundle-test" }),
  SST_RESOURCE_SlackSigningSecret: JSON.stringify({ value: SECRET }),
});

/** Imports the bundle in a new process (as a cold Lambda would) and calls its handler with one event. */
async function invoke(file: string, event: unknown, config: Record<string, string> = configFromEnv()): Promise<{ statusCode: number }> {
  const script = `const { handler } = await import(${JSON.stringify(file)}); process.stdout.write("\\nRESULT " + JSON.stringify(await handler(JSON.parse(process.argv[1]), {})));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(event)], {
    env: {
      PATH: process.env.PATH,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      AWS_REGION: "us-east-1",
      DYNAMODB_ENDPOINT: table.endpoint,
      SLACK_API_URL: api.url,
      ...config,
    },
  });
  // The handler logs JSON lines to stdout too; its result is the line marked RESULT.
  const result = stdout.split("\n").find((line) => line.startsWith("RESULT "));
  if (!result) throw new Error(`no result from the bundle; it printed:\n${stdout}`);
  return JSON.parse(result.slice("RESULT ".length)) as { statusCode: number };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nutgraf-bundle-test-"));
  table = await startTestTable();
  api = await startSlackApi();
  const seed = parseWireText(readFileSync(join(ROOT, "seeds/000_c74584ab3f8b7ef3.txt"), "utf8"));
  await new DynamoArticleStore({ client: table.client, tableName: table.tableName }).put(seed);
  slack = await bundle(LAMBDA_HANDLERS.slack);
});

afterAll(async () => {
  await api?.stop();
  await table?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("Lambda bundles", () => {
  it("the Slack bundle answers a signed /brief with the seed article's card", async () => {
    const file = slack.file;
    const responseUrl = api.responseUrl("bundle-1", { channel: "C0NEWS", user: "U0EDITOR" });
    const response = await invoke(file, signedEvent(slashCommandBody({ text: "paris", responseUrl }), { secret: SECRET }));
    expect(response.statusCode).toBe(200);
    const answers = api.calls.filter((c) => c.responseUrlId === "bundle-1");
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers[0]!.body)).toContain("France seeks EU security aid");
  });

  it("the Slack bundle reads the table and secrets from SST's links (Resource from sst), as on Lambda", async () => {
    const responseUrl = api.responseUrl("bundle-3", { channel: "C0NEWS", user: "U0EDITOR" });
    const event = signedEvent(slashCommandBody({ text: "paris", responseUrl }), { secret: SECRET });
    expect((await invoke(slack.file, event, configFromLinks())).statusCode).toBe(200);
    const answers = api.calls.filter((c) => c.responseUrlId === "bundle-3");
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers[0]!.body)).toContain("France seeks EU security aid");
  });

  it("the Slack bundle still refuses a forged signature with 401", async () => {
    const file = slack.file;
    const responseUrl = api.responseUrl("bundle-2", { channel: "C0NEWS", user: "U0EDITOR" });
    const response = await invoke(file, signedEvent(slashCommandBody({ text: "paris", responseUrl }), { secret: "not-the-secret" }));
    expect(response.statusCode).toBe(401);
    expect(api.calls.filter((c) => c.responseUrlId === "bundle-2")).toHaveLength(0);
  });

  it("leaves Socket Mode, the Express/HTTP receivers and sanitize-html out of the Slack bundle", () => {
    const left = /node_modules\/(@slack\/socket-mode|express|raw-body|iconv-lite|ws|sanitize-html)\//;
    expect(slack.inputs.filter((p) => left.test(p))).toEqual([]);
    // What stands in, and what must still be there.
    expect(slack.inputs).toContain("infra/unused-in-lambda.cjs");
    expect(slack.inputs).toContain("node_modules/@slack/bolt/dist/receivers/AwsLambdaReceiver.js");
  });

  it("the digest bundle loads and exports its handler", async () => {
    const { file } = await bundle(LAMBDA_HANDLERS.digest);
    const script = `const m = await import(${JSON.stringify(file)}); process.stdout.write(typeof m.handler);`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" } });
    expect(stdout).toBe("function");
  });
});
