import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLambdaBundle } from "#infra/bundle.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { BRIEF_ALGORITHM } from "#brief/algorithm.ts";
import { storyId } from "#ingest/errors.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

/**
 * The ingest and feeds functions as deployed: bundled as SST bundles them (htmlparser2 is ESM-only, so this is where
 * a packaging mistake would show), loaded in a fresh Node process like a cold Lambda, and driven against a real
 * local DynamoDB.
 */
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SECRET = "ingest-bundle-secret";
const run = promisify(execFile);

let dir: string;
let table: TestTable;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nutgraf-ingest-bundle-"));
  table = await startTestTable();
});

afterAll(async () => {
  await table?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function invoke(file: string, event: unknown): Promise<Record<string, unknown>> {
  const script = `const { handler } = await import(${JSON.stringify(file)}); process.stdout.write("\\nRESULT " + JSON.stringify(await handler(JSON.parse(process.argv[1]))));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(event)], {
    env: {
      PATH: process.env.PATH,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      AWS_REGION: "us-east-1",
      NUTGRAF_TABLE: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      INGEST_SIGNING_SECRET: SECRET,
      NUTGRAF_FEEDS: "",
    },
  });
  const result = stdout.split("\n").find((line) => line.startsWith("RESULT "));
  if (!result) throw new Error(`no result from the bundle; it printed:\n${stdout}`);
  return JSON.parse(result.slice("RESULT ".length)) as Record<string, unknown>;
}

describe("ingest Lambda bundles", () => {
  it("the ingest bundle stores a signed ninjs story with an HTML body, and refuses an unsigned one", async () => {
    const file = join(dir, "ingest.mjs");
    await buildLambdaBundle(ROOT, "functions/ingest.ts", file);
    const body = readFileSync(join(ROOT, "test/fixtures/ninjs/html-1x.json"), "utf8");
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
    const event = (headers: Record<string, string>) => ({
      version: "2.0",
      rawPath: "/",
      headers: { "content-type": "application/json", ...headers },
      requestContext: { http: { method: "POST", path: "/" } },
      body,
      isBase64Encoded: false,
    });
    const signed = await invoke(file, event({ "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature }));
    expect(signed.statusCode).toBe(200);
    expect(JSON.parse(String(signed.body))).toMatchObject({ items: [{ status: "stored" }] });
    const stored = await new DynamoArticleStore({ client: table.client, tableName: table.tableName }).get(storyId("urn:newsml:wire.example.com:20240314:quake-relief"));
    expect(stored?.paragraphs).toHaveLength(3);
    // Stored with its brief, by the deployed code: /brief and the digest read it instead of ranking the story again.
    expect(stored?.brief).toMatchObject({ algorithm: BRIEF_ALGORITHM.id, generation: BRIEF_ALGORITHM.generation });
    expect((await invoke(file, event({}))).statusCode).toBe(401);
  });

  it("the ingest bundle checks the bytes of a base64-encoded body, and header names in any case", async () => {
    const file = join(dir, "ingest-forms.mjs");
    await buildLambdaBundle(ROOT, "functions/ingest.ts", file);
    // Another story than the test above stores, so the answers do not depend on the order the tests run in.
    const fixture = JSON.parse(readFileSync(join(ROOT, "test/fixtures/ninjs/html-1x.json"), "utf8")) as Record<string, unknown>;
    const body = JSON.stringify({ ...fixture, uri: "urn:newsml:wire.example.com:20240314:quake-relief-forms" });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
    const request = { version: "2.0", rawPath: "/", requestContext: { http: { method: "POST", path: "/" } } };
    // A Function URL base64-encodes a body it does not take for text; the signature is over the bytes sent.
    const encoded = await invoke(file, {
      ...request,
      headers: { "content-type": "application/json", "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature },
      body: Buffer.from(body, "utf8").toString("base64"),
      isBase64Encoded: true,
    });
    expect(encoded.statusCode).toBe(200);
    expect(JSON.parse(String(encoded.body))).toMatchObject({ items: [{ status: "stored" }] });
    // A proxy in front (or an API Gateway REST route) passes the names in the sender's capitals.
    const capitals = await invoke(file, {
      ...request,
      headers: { "Content-Type": "application/json", "X-Nutgraf-Request-Timestamp": timestamp, "X-Nutgraf-Signature": signature },
      body,
      isBase64Encoded: false,
    });
    expect(capitals.statusCode).toBe(200);
    expect(JSON.parse(String(capitals.body))).toMatchObject({ items: [{ status: "unchanged" }] });
  });

  it("the feeds bundle runs with no feeds configured", async () => {
    const file = join(dir, "feeds.mjs");
    await buildLambdaBundle(ROOT, "functions/feeds.ts", file);
    expect(await invoke(file, {})).toEqual({ feeds: [] });
  });
});
