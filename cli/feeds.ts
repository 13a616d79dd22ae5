import { openArchive } from "#cli/archive.ts";
import { feedList, type DamagedFeedCursor, type FeedCursor } from "#ingest/poll.ts";
import { boundList } from "#ingest/errors.ts";
import { FeedRunError, pollFeeds } from "#ingest/poll-feeds.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import { DynamoFeedCursorStore, feedCursorKey } from "#store/dynamo-feed-cursors.ts";
import { StoreError } from "#store/store.ts";

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

/** The sort key of a damaged cursor's item when it is not the URL shown (a URL over 1,024 bytes is keyed by its hash). */
function hashedKey(d: DamagedFeedCursor): string | undefined {
  const key = feedCursorKey(d.url);
  return key === d.url ? undefined : key;
}

function damagedHealth(d: DamagedFeedCursor): string {
  const key = hashedKey(d);
  return `  ${d.url}\n    DAMAGED: ${d.problem}${key ? `\n    item: pk FEED, sk ${key}` : ""}`;
}

/** What `nutgraf feeds` prints, and why it fails: a polled feed's outcome could not reach its cursor, or a cursor is damaged. */
export interface FeedsCommandResult {
  output: string;
  /**
   * Thrown by the caller after the output is printed: exit 1, named on stderr. A damaged cursor fails the listing as
   * well as a poll: that feed's health is unknown and its next poll cannot be recorded, which a script must notice.
   */
  failure?: FeedRunError | StoreError;
}

/** The listing's failure for its damaged cursors, when no poll failed (a poll of one already names it). */
function damageFound(damaged: readonly DamagedFeedCursor[]): StoreError {
  const count = damaged.length === 1 ? "1 feed cursor is" : `${damaged.length} feed cursors are`;
  // A hashed key is not the URL: told "sk the feed's URL", an operator looked for an item that is not there.
  const hashed = damaged.some((d) => hashedKey(d) !== undefined) ? ", or the sha256: key shown under a URL over 1,024 bytes" : "";
  return new StoreError("MALFORMED_ITEM", `${count} damaged: ${boundList(damaged.map((d) => d.url), ", ")} (shown as DAMAGED; fix or delete the item: pk FEED, sk the feed's URL${hashed})`);
}

const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

type Entry = { url: string; cursor: FeedCursor } | { url: string; damaged: DamagedFeedCursor };

/** This run's failures that no cursor shows, by feed. */
function unrecordedErrors(failure: FeedRunError | StoreError | undefined): Map<string, string> {
  return new Map(failure instanceof FeedRunError ? failure.failed.map((r) => [r.url, r.error ?? "unknown"]) : []);
}

/**
 * One JSON entry per feed, by URL. A feed whose poll failed with nothing recorded carries `unrecordedError` (its
 * cursor's fields are older than this run), and has an entry of its own when it has no cursor at all: the JSON is all
 * a script reads, so it must say what the human listing says under "Failed with nothing recorded".
 */
function jsonEntries(entries: readonly Entry[], unrecorded: ReadonlyMap<string, string>): Array<Record<string, unknown>> {
  const listed = entries.map((e): Record<string, unknown> & { url: string } => {
    const error = unrecorded.get(e.url);
    const extra = error === undefined ? {} : { unrecordedError: error };
    if ("damaged" in e) {
      const key = hashedKey(e.damaged);
      return { url: e.url, lastStatus: "damaged", problem: e.damaged.problem, ...(key ? { itemKey: key } : {}), ...extra };
    }
    const { seen, ...rest } = e.cursor;
    return { ...rest, itemsSeen: Object.keys(seen).length, ...extra };
  });
  const known = new Set(entries.map((e) => e.url));
  const cursorless = [...unrecorded].filter(([url]) => !known.has(url)).map(([url, unrecordedError]) => ({ url, unrecordedError }));
  return [...listed, ...cursorless].sort(byUrl);
}

/**
 * `nutgraf feeds [--poll] [url…]`: each feed's health from its cursor (and a poll of every feed first, when asked:
 * one feed's damaged or unwritable cursor does not stop the feeds after it). A damaged cursor is shown as DAMAGED,
 * and fails the command once everything is printed.
 */
export async function feedsCommand(options: FeedsCommandOptions): Promise<FeedsCommandResult> {
  const archive = await openArchive(process.env, { seed: false });
  try {
    const cursors = new DynamoFeedCursorStore({ client: archive.client, tableName: archive.tableName });
    let failure: FeedRunError | StoreError | undefined;
    if (options.poll) {
      const deadLetters = new DynamoDeadLetterStore({ client: archive.client, tableName: archive.tableName });
      const urls = options.urls.length > 0 ? feedList(options.urls.join(" ")) : feedList(process.env.NUTGRAF_FEEDS);
      const reports = await pollFeeds(urls, { store: archive.store, deadLetters, cursors, now: () => new Date() });
      const unrecorded = reports.filter((r) => r.unrecorded);
      if (unrecorded.length > 0) failure = new FeedRunError(unrecorded, reports.length);
    }
    const listing = await cursors.list();
    if (!failure && listing.damaged.length > 0) failure = damageFound(listing.damaged);
    const entries = [...listing.cursors.map((cursor) => ({ url: cursor.url, cursor })), ...listing.damaged.map((damaged) => ({ url: damaged.url, damaged }))].sort(byUrl);
    if (options.json) return { output: `${JSON.stringify(jsonEntries(entries, unrecordedErrors(failure)), null, 2)}\n`, ...(failure ? { failure } : {}) };
    const lines =
      entries.length === 0 && !failure
        ? [`No feed has been polled in ${archive.where}. Set NUTGRAF_FEEDS and run \`nutgraf feeds --poll\`.`]
        : [`Feeds in ${archive.where}:`, ...entries.map((e) => ("damaged" in e ? damagedHealth(e.damaged) : health(e.cursor)))];
    // These feeds' own lines above (if any) are older than this poll: only this run knows it failed, and why.
    if (failure instanceof FeedRunError) lines.push("Failed with nothing recorded in their cursors:", ...failure.failed.map((r) => `  ${r.url}: ${r.error ?? "unknown"}`));
    return { output: `${lines.join("\n")}\n`, ...(failure ? { failure } : {}) };
  } finally {
    await archive.close();
  }
}
