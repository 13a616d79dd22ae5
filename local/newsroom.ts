import { createHmac, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Article } from "#news/article.ts";
import { handler as feedsHandler } from "#functions/feeds.ts";
import type { ItemResult } from "#ingest/ingest.ts";
import { invokeIngest } from "#local/ingest-url.ts";

/**
 * The newsroom side of `npm start`: the ingest function behind `/ingest` (signed requests only, as on AWS), a
 * local RSS feed at `/feeds/newsroom.xml` that the real feed poller reads, and the demo's rewrite of the Paris
 * story, sent through the endpoint the way a wire would, so `/brief changes paris` has two versions to compare.
 */

export const INGEST_PATH = "/ingest";
export const FEED_PATH = "/feeds/newsroom.xml";
/** The seed wire story (seeds/000_…): its id is pinned by test/article.test.ts. */
export const PARIS_ID = "7214a19cdd39";

const FEED_FILE = new URL("./demo/newsroom-feed.xml", import.meta.url);

export const PARIS_REWRITE_HEADLINE = "Paris attacks toll rises to 132 as France seeks EU aid";

const MINUTE = 60_000;

/**
 * The later version of the Paris story: the death toll revised, a new lead paragraph, a new headline. The demo
 * moves the seeds up to today, so the rewrite is dated between the story and now (never in the future, never before
 * the story: an older version would be refused as OUT_OF_ORDER).
 */
export function parisRewrite(original: Article, now: Date): Record<string, unknown> {
  const filed = Date.parse(original.publishedAt);
  const at = Math.max(filed + MINUTE, Math.floor((filed + (now.getTime() - filed) / 2) / MINUTE) * MINUTE);
  const paragraphs = original.paragraphs.map((p) => p.replace("killed at least 129 people", "killed 132 people").replace("the 350 wounded", "the 352 wounded"));
  paragraphs.splice(
    1,
    0,
    "Prosecutors said on Wednesday that 132 people had died, after three of the injured died in hospital, and that 41 people remained in intensive care.",
  );
  return {
    id: original.id,
    headline: PARIS_REWRITE_HEADLINE,
    publishedAt: new Date(at).toISOString().replace(/\.000Z$/, "Z"),
    paragraphs,
    ...(original.byline ? { byline: original.byline } : {}),
    ...(original.dateline ? { dateline: original.dateline } : {}),
    ...(original.credit ? { credit: original.credit } : {}),
  };
}

export interface LocalNewsroom {
  /** Generated per run, like the Slack signing secret: set as INGEST_SIGNING_SECRET for the handler. */
  signingSecret: string;
  /** Serves `/ingest` and the feed; false for any other path. */
  route(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean>;
  /** Sends the Paris rewrite (signed) to `/ingest` and polls the local feed once; what each step answered. */
  demo(baseUrl: string, paris: Article | undefined): Promise<{ rewrite?: ItemResult; feed: string }>;
}

/** The feed file with its items dated half an hour apart before `now`, so the demo's feed is today's news too. */
async function feedXml(now: Date): Promise<string> {
  const xml = await readFile(FEED_FILE, "utf8");
  let item = 0;
  const start = Math.floor(now.getTime() / MINUTE) * MINUTE;
  return xml.replace(/<pubDate>[^<]*<\/pubDate>/g, () => `<pubDate>${new Date(start - 30 * MINUTE * ++item).toUTCString()}</pubDate>`);
}

export function localNewsroom(log: (line: string) => void, clock: () => Date = () => new Date()): LocalNewsroom {
  const signingSecret = randomBytes(24).toString("hex");
  // Fixed at start: the feed answers the same document on every poll, as an unchanged real feed does.
  const startedAt = clock();
  return {
    signingSecret,
    async route(request, response, path) {
      if (path === INGEST_PATH) {
        await invokeIngest(request, response, log);
        return true;
      }
      if (path === FEED_PATH && request.method === "GET") {
        response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "no-store" });
        response.end(await feedXml(startedAt));
        return true;
      }
      return false;
    },
    async demo(baseUrl, paris) {
      const result: { rewrite?: ItemResult; feed: string } = { feed: "" };
      if (paris) {
        const body = JSON.stringify(parisRewrite(paris, startedAt));
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
        const response = await fetch(`${baseUrl}${INGEST_PATH}`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-nutgraf-request-timestamp": timestamp, "x-nutgraf-signature": signature },
          body,
        });
        const answer = (await response.json()) as { items?: ItemResult[]; error?: string };
        if (answer.items?.[0]) result.rewrite = answer.items[0];
        else log(`demo rewrite refused: HTTP ${response.status} ${answer.error ?? ""}`);
      }
      // The poller reads its feed list from the environment on its first run, as the Lambda does.
      process.env.NUTGRAF_FEEDS = `${baseUrl}${FEED_PATH}`;
      const report = await feedsHandler();
      result.feed = report.feeds.map((f) => `${f.status} (${f.counts.stored} stored, ${f.counts.unchanged + f.counts.duplicates} already in)`).join("; ");
      return result;
    },
  };
}
