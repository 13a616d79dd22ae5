import { ConfigError, dynamoClientFromConfig, linked, storeFromConfig } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { feedList, type PollDeps } from "#ingest/poll.ts";
import { FeedRunError, pollFeeds, type FeedRunReport } from "#ingest/poll-feeds.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";

/**
 * The feed poller, run by the `Feeds` cron (sst.config.ts): every feed in `NUTGRAF_FEEDS`, one after the other,
 * each with its own timeout, so a dead feed is reported in its cursor and never holds up the rest. The return value
 * is the run's report (per feed: ok / not-modified / error, with counts), as `aws lambda invoke` shows it.
 *
 * A feed whose failure could not even be written to its cursor (its cursor item damaged, the cursor's write refused)
 * does not stop the feeds after it either; but as `nutgraf feeds` cannot show it, the run then fails once every feed
 * was polled (FeedRunError, naming those feeds), so Lambda's error metric and the next tick's retry see it.
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

export async function handler(): Promise<{ feeds: FeedRunReport[] }> {
  deps ??= depsFromEnvironment();
  const log = createLogger({ fields: { fn: "feeds" } });
  const reports = await pollFeeds(deps.feeds, deps);
  for (const { url, error, unrecorded } of reports.filter((r) => r.status === "error")) {
    if (unrecorded) log.error("feed poll failed, not recorded in its cursor", { url, error });
    else log.warn("feed poll failed", { url, error });
  }
  const unrecorded = reports.filter((r) => r.unrecorded);
  log.info("feeds polled", { feeds: reports.length, errors: reports.filter((r) => r.status === "error").length, unrecorded: unrecorded.length });
  if (unrecorded.length > 0) throw new FeedRunError(unrecorded, reports.length);
  return { feeds: reports };
}
