import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "#news/article.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { briefer } from "#lib/briefs.ts";
import type { BriefAlgorithm } from "#brief/algorithm.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { createLogger } from "#lib/log.ts";
import { createSlackHandler, type AwsEvent } from "#slack/app.ts";
import { ensureTable } from "#store/table.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";
import type { Config } from "#lib/config.ts";
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

/** What one burst of concurrent `/brief` requests came to. */
export interface BurstResult {
  concurrent: number;
  ackP50: number;
  ackP99: number;
  /** Answers that reached response_url with HTTP 200, at most one per request. */
  answered: number;
  /** The brief, list or help the query asked for. */
  real: number;
  /** "busy, try again" (this process was saturated) or "the archive is slow": true under this load. */
  busy: number;
  slow: number;
  /** "Couldn't reach the archive" or "something went wrong" while the archive was up: false answers. */
  untruthful: number;
  /** Requests whose answer never arrived. */
  lost: number;
  /** Log lines claiming an answer could not be delivered. */
  undeliveredLogged: number;
}

/** The text an answer shows (blocks and fallback). */
function shown(body: Record<string, unknown>): string {
  return JSON.stringify(body.blocks ?? "") + String(body.text ?? "");
}

/**
 * `concurrent` signed `/brief` requests handed to one handler at once, as one process (`npm start`, or a Lambda
 * container if it served many) would receive a burst. Ack time is each handler call's own duration.
 */
async function burst(setup: Setup, concurrent: number, round: number): Promise<BurstResult> {
  const { api, queries } = setup;
  let undeliveredLogged = 0;
  const handler = createSlackHandler(setup.config, {
    store: setup.store,
    log: createLogger({ sink: (line) => void (line.includes("could not answer") && undeliveredLogged++) }),
    // One process serving hundreds at once: the answer's trip to response_url gets the 30 s Slack allows it,
    // so a loaded event loop delays answers instead of losing them (README: "Load and concurrency").
    httpTimeoutMs: 30_000,
  });
  const ids = Array.from({ length: concurrent }, (_, i) => `burst-${round}-${i}`);
  const events = ids.map((id, i) => event(queries[i % queries.length]!, api.responseUrl(id), i));
  const acks = await Promise.all(
    events.map(async (e) => {
      const started = performance.now();
      const response = await handler(e);
      if (response.statusCode !== 200) throw new Error(`burst request answered HTTP ${response.statusCode}`);
      return performance.now() - started;
    }),
  );
  const answers = new Map<string, string>();
  for (const call of api.calls) {
    if (call.method === "response_url" && call.status === 200 && call.responseUrlId?.startsWith(`burst-${round}-`)) answers.set(call.responseUrlId, shown(call.body));
  }
  const texts = [...answers.values()];
  const busy = texts.filter((t) => t.includes("busy right now")).length;
  const slow = texts.filter((t) => t.includes("archive is slow")).length;
  const untruthful = texts.filter((t) => t.includes("Couldn't reach") || t.includes("went wrong")).length;
  acks.sort((x, y) => x - y);
  return {
    concurrent,
    ackP50: quantile(acks, 0.5),
    ackP99: quantile(acks, 0.99),
    answered: answers.size,
    real: answers.size - busy - slow - untruthful,
    busy,
    slow,
    untruthful,
    lost: concurrent - answers.size,
    undeliveredLogged,
  };
}

interface Setup {
  api: SlackApi;
  store: DynamoArticleStore;
  config: Config;
  queries: string[];
}

/**
 * Ack latency of `/brief`: the time the Lambda handler takes from the signed event to its HTTP response, which
 * (Bolt's AwsLambdaReceiver answers only after the listener) includes the archive read, the brief and the POST to
 * response_url — i.e. what Slack's 3-second clock measures, less the network to AWS. First one request at a time
 * against dynalite and the local Slack stand-in on loopback, after 20 warm-up requests; then bursts of 100, 200 and
 * 500 at once. The queries cycle through lookups by id and by words, `latest` and `figures`.
 */
export async function benchSlack(
  n = 300,
  bursts: readonly number[] = [100, 200, 500],
  briefs: BriefsMode = "stored",
): Promise<{ p50: number; p99: number; n: number; firstMs: number; bursts: BurstResult[] }> {
  const dynamo = await startLocalDynamo();
  const api = await startSlackApi();
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  try {
    const tableName = "nutgraf-bench-slack";
    await ensureTable(client, tableName);
    // "stored": as deployed, each story stored with its brief; "computed": none stored and none written back, so
    // every /brief ranks its story again (what every request did before briefs were stored).
    const store = new DynamoArticleStore({ client, tableName, ...(briefs === "stored" ? { briefer } : {}) });
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
    const config: Config = { tableName, dynamoEndpoint: dynamo.endpoint, slackBotToken: "xoxb-bench", slackSigningSecret: SECRET, slackApiUrl: api.url };
    const handler = createSlackHandler(config, { store, log: createLogger({ sink: () => undefined }), ...(briefs === "computed" ? { briefAlgorithm: NEVER_STORED } : {}) });
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
    const results: BurstResult[] = [];
    for (const [round, concurrent] of bursts.entries()) results.push(await burst({ api, store, config, queries }, concurrent, round));
    return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length, firstMs, bursts: results };
  } finally {
    client.destroy();
    await api.stop();
    await dynamo.stop();
  }
}

/** One line per burst, for the bench's report. */
export function burstLine(b: BurstResult): string {
  return (
    `${String(b.concurrent).padStart(3)} at once: ack p50 ${b.ackP50.toFixed(0)} ms, p99 ${b.ackP99.toFixed(0)} ms; ` +
    `${b.answered - b.untruthful}/${b.concurrent} truthful (${b.real} answered, ${b.busy} busy, ${b.slow} slow), ` +
    `${b.untruthful} false "unreachable", ${b.lost} lost, ${b.undeliveredLogged} "could not answer" logs`
  );
}

/** Where briefs come from in a run: the store (as deployed), or computed on every request (the comparison). */
export type BriefsMode = "stored" | "computed";
/** An unrecorded algorithm reads no stored brief and writes none back (lib/briefs.ts): every brief is computed. */
const NEVER_STORED: BriefAlgorithm = { id: "0.computed", generation: 0, recorded: false };

// `npx tsx scripts/bench-slack.ts [stored|computed] [--no-bursts]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode: BriefsMode = process.argv.includes("computed") ? "computed" : "stored";
  benchSlack(300, process.argv.includes("--no-bursts") ? [] : undefined, mode).then(
    (r) => {
      console.log(`slack /brief ack (briefs ${mode}): p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms over ${r.n} requests; first ${r.firstMs.toFixed(1)} ms`);
      for (const b of r.bursts) console.log(`  ${burstLine(b)}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
