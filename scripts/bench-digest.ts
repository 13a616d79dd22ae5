import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { briefer, BriefReader } from "#lib/briefs.ts";
import { createLogger } from "#lib/log.ts";
import type { StoredArticle } from "#store/store.ts";
import { DEFAULT_DIGEST_BULLETS } from "#digest/digest.ts";
import { runDigest } from "#digest/run.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { evalDir } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { digestWebClient, slackPoster } from "#slack/digest-poster.ts";
import { ensureTable } from "#store/table.ts";
import { startSlackApi } from "#local/slack-api.ts";

const ARTICLES = 1000;
const SLOT_AT = new Date("2026-01-02T07:00:00Z");

/** Real stories where the dev sets are present; otherwise a deterministic synthetic newsroom day. */
function stories(count: number): Article[] {
  const files = ["dev-bbc.jsonl", "dev.jsonl"].map((f) => join(evalDir(), f)).filter((f) => existsSync(f));
  const raw = files.flatMap((f) => parseEvalJsonl(readFileSync(f, "utf8")));
  const out: Article[] = [];
  for (let i = 0; out.length < count; i++) {
    // Spread over the 24 hours before the slot, one every ~86 s, so all of them fall in the digest's window.
    const publishedAt = new Date(SLOT_AT.getTime() - 1000 - i * 86_000).toISOString();
    const e = raw[i % Math.max(1, raw.length)];
    const title = e ? `${e.title ?? e.text.slice(0, 80)} (${i})` : `Council report ${i} finds ${i % 97} failings`;
    const text = e
      ? e.text
      : `The council published report ${i} on Tuesday. It found ${i % 97} failings and at least ${i % 13} people were hurt.\n\nOfficials said $${i % 50}m would be spent on repairs.`;
    out.push(parseJsonArticle({ id: `bench-${i}`, title, text, publishedAt }));
  }
  return out;
}

/**
 * One scheduled digest over 1,000 stored articles: a real local DynamoDB (dynalite) and Slack stand-in, the real
 * run (list subscriptions, claim, read the day, brief and rank every story, post, record). Reports the median run.
 */
export async function benchDigest(briefs: "stored" | "computed" = "stored"): Promise<{ articles: number; ms: number }> {
  const dynamo = await startLocalDynamo({ engine: "dynalite" });
  const slack = await startSlackApi({ token: "xoxb-bench" });
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  try {
    const tableName = "nutgraf-bench-digest";
    await ensureTable(client, tableName);
    // "stored": as deployed, every story stored with its brief and the digest reading it; "computed": each story
    // briefed afresh in every run (what the digest did before briefs were stored).
    const articles = new DynamoArticleStore({ client, tableName, ...(briefs === "stored" ? { briefer } : {}) });
    const subscriptions = new DynamoSubscriptionStore({ client, tableName });
    const all = stories(ARTICLES);
    for (let i = 0; i < all.length; i += 25) await Promise.all(all.slice(i, i + 25).map((a) => articles.put(a)));
    // One warm-up run (JIT, connection pool), then the median of three: each run is a different channel, so each
    // one really claims, reads the day, briefs every story and posts (nothing is cached between runs).
    const channels = ["CWARM", "C1", "C2", "C3"];
    for (const channelId of channels) {
      await subscriptions.subscribe({ channelId, time: "07:00", timeZone: "UTC", quietWhenEmpty: false, createdBy: "UBENCH", createdAt: "2026-01-01T00:00:00Z" });
    }
    const post = slackPoster(digestWebClient("xoxb-bench", slack.url));
    const reader = new BriefReader(articles, createLogger({ sink: () => undefined }));
    const brief =
      briefs === "stored"
        ? (a: StoredArticle) => reader.brief(a, { bullets: DEFAULT_DIGEST_BULLETS, figures: 1 })
        : (a: Article) => briefArticle(a, { bullets: DEFAULT_DIGEST_BULLETS, figures: 1 });
    const times: number[] = [];
    for (const channelId of channels) {
      const start = performance.now();
      const report = await runDigest({ articles, subscriptions, post, brief, runId: `bench-${channelId}`, channels: [channelId] }, SLOT_AT);
      times.push(performance.now() - start);
      const result = report.results[0];
      if (report.posted !== 1 || result?.outcome !== "posted" || result.stories !== 5) {
        throw new Error(`bench digest was not posted: ${JSON.stringify(report)}`);
      }
    }
    const ms = times.slice(1).sort((a, b) => a - b)[1]!;
    if (briefs === "stored" && reader.counts.computed > 0) throw new Error(`bench digest computed ${reader.counts.computed} briefs that should have been stored`);
    return { articles: all.length, ms };
  } finally {
    client.destroy();
    await slack.stop();
    await dynamo.stop();
  }
}

// `npx tsx scripts/bench-digest.ts [stored|computed]`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const mode = process.argv.includes("computed") ? "computed" : "stored";
  benchDigest(mode).then(
    (r) => console.log(`digest over ${r.articles} stored articles (briefs ${mode}): ${r.ms.toFixed(0)} ms (median of 3 runs)`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
