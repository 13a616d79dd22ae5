import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "#news/article.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { createLogger } from "#lib/log.ts";
import { createSlackHandler, type AwsEvent } from "#slack/app.ts";
import { ensureTable } from "#store/table.ts";
import { startSlackApi } from "#local/slack-api.ts";
import { slackSignature } from "#local/slack-signature.ts";

const SECRET = "bench-signing-secret";
const SEEDS = fileURLToPath(new URL("../seeds/", import.meta.url));

function event(text: string, responseUrl: string, i: number): AwsEvent {
  const body = new URLSearchParams({
    command: "/brief",
    text,
    user_id: `U${i}`,
    channel_id: "C0BENCH",
    team_id: "T0BENCH",
    response_url: responseUrl,
    trigger_id: `${i}.trigger`,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/",
    rawQueryString: "",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(ts), "x-slack-signature": slackSignature(SECRET, ts, body) },
    requestContext: { requestId: `bench-${i}` },
    body: Buffer.from(body).toString("base64"),
    isBase64Encoded: true,
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Ack latency of `/brief`: the time the Lambda handler takes from the signed event to its HTTP response, which
 * (Bolt's AwsLambdaReceiver answers only after the listener) includes the archive read, the brief and the POST to
 * response_url — i.e. what Slack's 3-second clock measures, less the network to AWS. One request at a time against
 * dynalite and the local Slack stand-in on loopback, after 20 warm-up requests; the queries cycle through lookups
 * by id and by words, `latest` and `figures`.
 */
export async function benchSlack(n = 300): Promise<{ p50: number; p99: number; n: number; firstMs: number }> {
  const dynamo = await startLocalDynamo();
  const api = await startSlackApi();
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  try {
    const tableName = "nutgraf-bench-slack";
    await ensureTable(client, tableName);
    const store = new DynamoArticleStore({ client, tableName });
    const ids: string[] = [];
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt") || f.endsWith(".json")).sort()) {
      try {
        const article = parseArticle(readFileSync(join(SEEDS, file), "utf8"));
        await store.put(article);
        ids.push(article.id);
      } catch {
        // A seed the parser rejects is the seed tests' business, not this benchmark's.
      }
    }
    const handler = createSlackHandler(
      { tableName, dynamoEndpoint: dynamo.endpoint, slackBotToken: "xoxb-bench", slackSigningSecret: SECRET, slackApiUrl: api.url },
      { store, log: createLogger({ sink: () => undefined }) },
    );
    const queries = [...ids.slice(0, 5), "paris", "latest", "latest 10", `figures ${ids[0] ?? "paris"}`, "help"];
    const times: number[] = [];
    let firstMs = 0;
    for (let i = 0; i < n + 20; i++) {
      const e = event(queries[i % queries.length]!, api.responseUrl(`bench-${i}`), i);
      const started = performance.now();
      const response = await handler(e);
      const ms = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`bench request ${i} answered HTTP ${response.statusCode}`);
      // The first request pays for the client's first connections and lazily built state: a warm container's cold part.
      if (i === 0) firstMs = ms;
      if (i >= 20) times.push(ms);
    }
    const answered = api.calls.filter((c) => c.method === "response_url" && c.status === 200).length;
    if (answered !== n + 20) throw new Error(`only ${answered} of ${n + 20} bench requests were answered`);
    times.sort((a, b) => a - b);
    return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length, firstMs };
  } finally {
    client.destroy();
    await api.stop();
    await dynamo.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchSlack().then(
    (r) => console.log(`slack /brief ack: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms over ${r.n} requests; first ${r.firstMs.toFixed(1)} ms`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
