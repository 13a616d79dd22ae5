import { openArchive } from "#cli/archive.ts";
import { feedList, pollFeed, type FeedCursor } from "#ingest/poll.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { DynamoFeedCursorStore } from "#store/dynamo-feed-cursors.ts";

export interface FeedsCommandOptions {
  json: boolean;
  /** Poll these feeds (or NUTGRAF_FEEDS's) now, before showing their health. */
  poll: boolean;
  urls: string[];
}

function health(c: FeedCursor): string {
  const counts = c.lastCounts;
  const last = counts
    ? `last: ${counts.stored} stored, ${counts["new-version"]} new versions, ${counts.unchanged} unchanged, ${counts.duplicates} seen before, ${counts.rejected} rejected`
    : "";
  const state =
    c.lastStatus === "error"
      ? `ERROR ×${c.consecutiveFailures}: ${c.lastError ?? "unknown"} (last good ${c.lastSuccessAt ?? "never"})`
      : `${c.lastStatus ?? "never polled"} at ${c.lastCheckedAt ?? "-"}`;
  return [`  ${c.url}`, `    ${state}`, ...(last ? [`    ${last}`] : [])].join("\n");
}

/** `nutgraf feeds [--poll] [url…]`: each feed's health from its cursor (and a poll first, when asked). */
export async function feedsCommand(options: FeedsCommandOptions): Promise<string> {
  const archive = await openArchive(process.env, { seed: false });
  try {
    const cursors = new DynamoFeedCursorStore({ client: archive.client, tableName: archive.tableName });
    if (options.poll) {
      const deadLetters = new DynamoDeadLetterStore({ client: archive.client, tableName: archive.tableName });
      const urls = options.urls.length > 0 ? feedList(options.urls.join(" ")) : feedList(process.env.NUTGRAF_FEEDS);
      for (const url of urls) await pollFeed(url, { store: archive.store, deadLetters, cursors, now: () => new Date() });
    }
    const list = (await cursors.list()).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    if (options.json) return `${JSON.stringify(list.map(({ seen, ...rest }) => ({ ...rest, itemsSeen: Object.keys(seen).length })), null, 2)}\n`;
    if (list.length === 0) return `No feed has been polled in ${archive.where}. Set NUTGRAF_FEEDS and run \`nutgraf feeds --poll\`.\n`;
    return `Feeds in ${archive.where}:\n${list.map(health).join("\n")}\n`;
  } finally {
    await archive.close();
  }
}
