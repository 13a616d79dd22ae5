import { openArchive } from "#cli/archive.ts";
import { feedList, type DamagedFeedCursor, type FeedCursor } from "#ingest/poll.ts";
import { FeedRunError, pollFeeds } from "#ingest/poll-feeds.ts";
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

function damagedHealth(d: DamagedFeedCursor): string {
  return `  ${d.url}\n    DAMAGED: ${d.problem}`;
}

/** What `nutgraf feeds` prints, and the run's failure when a polled feed's outcome could not reach its cursor. */
export interface FeedsCommandResult {
  output: string;
  /** Thrown by the caller after the output is printed: exit 1, the failed feeds named on stderr. */
  failure?: FeedRunError;
}

const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/**
 * `nutgraf feeds [--poll] [url…]`: each feed's health from its cursor (and a poll of every feed first, when asked:
 * one feed's damaged or unwritable cursor does not stop the feeds after it). A damaged cursor is shown as DAMAGED.
 */
export async function feedsCommand(options: FeedsCommandOptions): Promise<FeedsCommandResult> {
  const archive = await openArchive(process.env, { seed: false });
  try {
    const cursors = new DynamoFeedCursorStore({ client: archive.client, tableName: archive.tableName });
    let failure: FeedRunError | undefined;
    if (options.poll) {
      const deadLetters = new DynamoDeadLetterStore({ client: archive.client, tableName: archive.tableName });
      const urls = options.urls.length > 0 ? feedList(options.urls.join(" ")) : feedList(process.env.NUTGRAF_FEEDS);
      const reports = await pollFeeds(urls, { store: archive.store, deadLetters, cursors, now: () => new Date() });
      const unrecorded = reports.filter((r) => r.unrecorded);
      if (unrecorded.length > 0) failure = new FeedRunError(unrecorded, reports.length);
    }
    const listing = await cursors.list();
    const entries = [...listing.cursors.map((cursor) => ({ url: cursor.url, cursor })), ...listing.damaged.map((damaged) => ({ url: damaged.url, damaged }))].sort(byUrl);
    if (options.json) {
      const json = entries.map((e) => {
        if ("damaged" in e) return { url: e.url, lastStatus: "damaged", problem: e.damaged.problem };
        const { seen, ...rest } = e.cursor;
        return { ...rest, itemsSeen: Object.keys(seen).length };
      });
      return { output: `${JSON.stringify(json, null, 2)}\n`, ...(failure ? { failure } : {}) };
    }
    const lines =
      entries.length === 0 && !failure
        ? [`No feed has been polled in ${archive.where}. Set NUTGRAF_FEEDS and run \`nutgraf feeds --poll\`.`]
        : [`Feeds in ${archive.where}:`, ...entries.map((e) => ("damaged" in e ? damagedHealth(e.damaged) : health(e.cursor)))];
    // These feeds' own lines above (if any) are older than this poll: only this run knows it failed, and why.
    if (failure) lines.push("Failed with nothing recorded in their cursors:", ...failure.failed.map((r) => `  ${r.url}: ${r.error ?? "unknown"}`));
    return { output: `${lines.join("\n")}\n`, ...(failure ? { failure } : {}) };
  } finally {
    await archive.close();
  }
}
