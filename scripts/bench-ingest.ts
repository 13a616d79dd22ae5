import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createLogger } from "#lib/log.ts";
import { handleIngest } from "#ingest/endpoint.ts";
import { htmlParagraphs } from "#ingest/html.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { briefer } from "#lib/briefs.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { ensureTable } from "#store/table.ts";

/**
 * What ingestion costs, measured: a full batch (100 ninjs items with HTML bodies) through the endpoint's code into
 * an embedded dynalite, first as new stories, then as the same batch again (all unchanged), then as rewrites (all
 * new versions); and the HTML parsing alone. One process, indicative figures:
 * `AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true npx tsx scripts/bench-ingest.ts [--no-briefs]`.
 */
const SECRET = "bench-secret";
const ROUNDS = 5;
const fixture = JSON.parse(readFileSync(fileURLToPath(new URL("../test/fixtures/ninjs/html-1x.json", import.meta.url)), "utf8")) as Record<string, unknown>;

function batch(round: number, rewrite: boolean): Buffer {
  const items = Array.from({ length: 100 }, (_, i) => ({
    ...fixture,
    uri: `urn:bench:${round}:${i}`,
    versioncreated: rewrite ? "2024-03-14T09:00:00Z" : fixture.versioncreated,
    body_html: rewrite ? String(fixture.body_html).replace("at least 41", `at least ${42 + i}`) : fixture.body_html,
  }));
  return Buffer.from(JSON.stringify(items));
}

const dynamo = await startLocalDynamo();
const client = createDynamoClient({ endpoint: dynamo.endpoint });
try {
  await ensureTable(client, "bench-ingest");
  const deps = {
    // As deployed, each version is stored with its brief; `--no-briefs` measures the store without (the comparison).
    store: new DynamoArticleStore({ client, tableName: "bench-ingest", ...(process.argv.includes("--no-briefs") ? {} : { briefer }) }),
    deadLetters: new DynamoDeadLetterStore({ client, tableName: "bench-ingest" }),
    signingSecret: SECRET,
    now: () => new Date(),
    log: createLogger({ sink: () => undefined }),
  };
  const send = async (body: Buffer) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
    const t0 = performance.now();
    const answer = await handleIngest({ method: "POST", headers: { "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature }, body }, deps);
    if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
    return performance.now() - t0;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const fresh: number[] = [];
  const again: number[] = [];
  const rewrites: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    fresh.push(await send(batch(round, false)));
    again.push(await send(batch(round, false)));
    rewrites.push(await send(batch(round, true)));
  }
  console.log(`100-item ninjs batch into dynalite, median of ${ROUNDS}: new ${median(fresh).toFixed(0)} ms, unchanged ${median(again).toFixed(0)} ms, rewrites ${median(rewrites).toFixed(0)} ms`);
  const html = String(fixture.body_html);
  const n = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) htmlParagraphs(html);
  console.log(`htmlParagraphs on the fixture's body (${html.length} chars): ${((performance.now() - t0) / n * 1000).toFixed(1)} µs each`);
} finally {
  client.destroy();
  await dynamo.stop();
}
