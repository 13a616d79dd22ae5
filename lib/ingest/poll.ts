import { createHash } from "node:crypto";
import { StoreError } from "#store/store.ts";
import { FeedError, parseFeed } from "#ingest/feed.ts";
import { ingestItems, type IngestDeps, type ItemResult, type ItemStatus } from "#ingest/ingest.ts";
import type { ParsedItem } from "#ingest/item.ts";
import { fetchWithinUsing } from "#lib/http/fetch-within.ts";
import { BodyTooLargeError } from "#lib/http/read-bounded.ts";

/**
 * One poll of one feed: a conditional GET (ETag / Last-Modified from the last poll), then every entry not seen
 * with this content before goes through the same pipeline as pushed stories. The feed's cursor keeps the
 * validators, what was seen, and the feed's health (`nutgraf feeds`).
 */

export type PollStatus = "ok" | "not-modified" | "error";

export interface PollCounts extends Record<ItemStatus, number> {
  /** Entries already taken in with this content (the feed still lists them, or lists them twice). */
  duplicates: number;
}

export interface FeedCursor {
  url: string;
  etag?: string;
  lastModified?: string;
  /**
   * Per entry of the feed as last read: story id (or `raw:<hash>` for a refused entry) → content fingerprint, in the
   * feed's order. A store that cannot hold them all keeps the first (a feed lists its newest first).
   */
  seen: Record<string, string>;
  lastCheckedAt?: string;
  lastSuccessAt?: string;
  lastStatus?: PollStatus;
  lastError?: string;
  consecutiveFailures: number;
  lastCounts?: PollCounts;
}

/** A stored cursor that cannot be read back (edited by hand, or by an older writer): which feed, and what is wrong. */
export interface DamagedFeedCursor {
  url: string;
  problem: string;
}

/**
 * Every feed polled so far. The damaged cursors come apart from the readable ones, never as a FeedCursor, so no
 * caller can take one for a healthy feed, and one damaged item does not hide every other feed's health.
 */
export interface FeedCursorListing {
  cursors: FeedCursor[];
  damaged: DamagedFeedCursor[];
}

export interface FeedCursorStore {
  get(url: string): Promise<FeedCursor | undefined>;
  put(cursor: FeedCursor): Promise<void>;
  list(): Promise<FeedCursorListing>;
}

export interface PollDeps extends IngestDeps {
  cursors: FeedCursorStore;
  fetch?: typeof fetch;
  /** Per request; a feed that hangs must not hold up the others in the same run. Default 10 s. */
  timeoutMs?: number;
}

export interface PollReport {
  url: string;
  status: PollStatus;
  counts: PollCounts;
  error?: string;
  items: ItemResult[];
}

/** Feeds larger than this are refused rather than parsed: no news feed is, and memory is the Lambda's. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

export const emptyCounts = (): PollCounts => ({ stored: 0, "new-version": 0, unchanged: 0, rejected: 0, duplicates: 0 });
const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** Feed URLs from configuration (`NUTGRAF_FEEDS`): separated by spaces, commas or new lines; http(s) only. */
export function feedList(config: string | undefined): string[] {
  const urls = (config ?? "").split(/[\s,]+/).filter(Boolean);
  for (const url of urls) if (!/^https?:\/\/\S+$/i.test(url)) throw new Error(`NUTGRAF_FEEDS: "${url}" is not an http(s) URL`);
  return [...new Set(urls)];
}

export async function pollFeed(url: string, deps: PollDeps): Promise<PollReport> {
  const now = deps.now().toISOString();
  const cursor: FeedCursor = (await deps.cursors.get(url)) ?? { url, seen: {}, consecutiveFailures: 0 };
  const counts = emptyCounts();
  const fail = async (error: string): Promise<PollReport> => {
    // Validators and `seen` stay as they were, so the next poll reads everything this one could not.
    await deps.cursors.put({ ...cursor, lastCheckedAt: now, lastStatus: "error", lastError: error, consecutiveFailures: cursor.consecutiveFailures + 1 });
    return { url, status: "error", counts, error, items: [] };
  };

  const headers: Record<string, string> = { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1" };
  if (cursor.etag) headers["if-none-match"] = cursor.etag;
  if (cursor.lastModified) headers["if-modified-since"] = cursor.lastModified;
  let response: Response;
  let body: string;
  try {
    // Not `signal: AbortSignal.timeout(…)`: a garbage collection can disconnect it from the request (lib/http/fetch-within.ts).
    // The body is read as it streams and refused past the limit, so a huge or endless feed costs at most that.
    response = await fetchWithinUsing(deps.fetch ?? fetch, { ms: deps.timeoutMs ?? 10_000, maxBytes: MAX_FEED_BYTES })(url, { headers });
    if (response.status === 304) {
      await deps.cursors.put({ ...cursor, lastCheckedAt: now, lastSuccessAt: now, lastStatus: "not-modified", lastError: undefined, consecutiveFailures: 0, lastCounts: counts });
      return { url, status: "not-modified", counts, items: [] };
    }
    if (!response.ok) return await fail(`HTTP ${response.status}`);
    body = await response.text();
  } catch (error) {
    if (error instanceof BodyTooLargeError) return fail(`feed is over ${MAX_FEED_BYTES} bytes`);
    return fail(`could not fetch: ${(error as Error).message}`);
  }

  let entries;
  try {
    entries = parseFeed(body, url).entries;
  } catch (error) {
    if (error instanceof FeedError) return fail(error.message);
    throw error;
  }

  const seen: Record<string, string> = {};
  const items: ItemResult[] = [];
  try {
    for (const entry of entries) {
      let parsed: ParsedItem | undefined;
      let failure: unknown;
      try {
        parsed = entry.parse();
      } catch (error) {
        failure = error;
      }
      // A refused entry is known by its XML, so it is dead-lettered once, not on every poll while the feed lists it.
      const key = parsed ? parsed.article.id : `raw:${hash(entry.raw)}`;
      const fingerprint = parsed ? parsed.article.contentHash.slice(0, 16) : "refused";
      if (cursor.seen[key] === fingerprint || seen[key] === fingerprint) {
        seen[key] = fingerprint;
        counts.duplicates++;
        continue;
      }
      const read = (): ParsedItem => {
        if (parsed) return parsed;
        throw failure;
      };
      const [result] = await ingestItems([{ index: entry.index, raw: entry.raw, parse: read }], deps, { origin: `feed ${url}` });
      if (!result) continue;
      seen[key] = fingerprint;
      counts[result.status]++;
      items.push(result);
    }
  } catch (error) {
    if (error instanceof StoreError) return fail(`archive unavailable: ${error.message}`);
    throw error;
  }

  const next: FeedCursor = { url, seen, lastCheckedAt: now, lastSuccessAt: now, lastStatus: "ok", consecutiveFailures: 0, lastCounts: counts };
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  if (etag) next.etag = etag;
  if (lastModified) next.lastModified = lastModified;
  await deps.cursors.put(next);
  return { url, status: "ok", counts, items };
}
