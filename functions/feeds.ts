import { ConfigError, dynamoClientFromConfig, linked, storeFromConfig } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { feedList, pollFeed, type PollDeps, type PollReport } from "#ingest/poll.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";

/**
 * The feed poller, run by the `Feeds` cron (sst.config.ts): every feed in `NUTGRAF_FEEDS`, one after the other,
 * each with its own timeout, so a dead feed is reported in its cursor and never holds up the rest. The return value
 * is the run's report (per feed: ok / not-modified / error, with counts), as `aws lambda invoke` shows it.
 */
let deps: (PollDeps & { feeds: string[] }) | undefined;

function depsFromEnvironment(env: Record<string, string | undefined> = process.env): PollDeps & { feeds: string[] } {
  const tableName = linked("Articles", "name") ?? env.NUTGRAF_TABLE?.trim();
  if (!tableName) throw new ConfigError(["NUTGRAF_TABLE (or linked Resource.Articles)"]);
  const config = { tableName, ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}) };
  const client = dynamoClientFromConfig(config);
  return {
    feeds: feedList(env.NUTGRAF_FEEDS),
    store: storeFromConfig(config),
    deadLetters: new DynamoDeadLetterStore({ client, tableName }),
    cursors: new DynamoFeedCursorStore({ client, tableName }),
    now: () => new Date(),
  };
}

export async function handler(): Promise<{ feeds: Array<Omit<PollReport, "items">> }> {
  deps ??= depsFromEnvironment();
  const log = createLogger({ fields: { fn: "feeds" } });
  const reports: Array<Omit<PollReport, "items">> = [];
  for (const url of deps.feeds) {
    const { items: _items, ...report } = await pollFeed(url, deps);
    if (report.status === "error") log.warn("feed poll failed", { url, error: report.error });
    reports.push(report);
  }
  log.info("feeds polled", { feeds: reports.length, errors: reports.filter((r) => r.status === "error").length });
  return { feeds: reports };
}
