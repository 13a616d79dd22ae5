import type { Article } from "#news/article.ts";

/**
 * The brief kept beside a version, so readers slice it instead of ranking again (README: "The brief stored with each
 * version"). `body` is lib/brief/stored.ts's to write and read; the store keeps it opaque and only compares
 * generations, which order algorithms (a brief is replaced by a higher generation, never by a lower one).
 */
export interface BriefRecord {
  algorithm: string;
  generation: number;
  body: string;
}

/** Brief attributes that are not a BriefRecord (a hand edit, a half-migrated item): read as absent, with why. */
export interface UnreadableBrief {
  unreadable: string;
}

/** A stored version of an article: a changed story is a new version under the same id; old ones are kept. */
export interface StoredArticle extends Article {
  /** 1 for the first version stored under this id, then 2, 3, … */
  version: number;
  /** The brief stored with this version, if any. */
  brief?: BriefRecord | UnreadableBrief;
}

/**
 * Makes the brief a version is stored with. Passed in (lib/briefs.ts has the real one) because the store knows
 * nothing of ranking; `generation` is the running algorithm's, for deciding whether a stored brief is out of date.
 */
export interface Briefer {
  generation: number;
  algorithm: string;
  brief(article: Article): BriefRecord | undefined;
}

/**
 * Which stored brief a new one may replace: `older`, one of a lower generation (what readers write back, so two
 * deployed versions never undo each other); `same-or-older`, also its own generation's (repairing a damaged one);
 * `any` (`nutgraf rebrief --force`, after a rollback). Absent or unreadable brief attributes are always replaced.
 */
export type BriefReplace = "older" | "same-or-older" | "any";

/** `kept`: the table kept what it had (a brief the rule does not let this one replace, or the story moved on). */
export type SaveBriefOutcome = "saved" | "kept" | "too-large";

export type PutOutcome =
  | { status: "created"; version: number }
  | { status: "unchanged"; version: number }
  | { status: "new-version"; version: number };

/**
 * Per call: `signal` is the caller's deadline (a slash command has ~2.5 s of Slack's 3). When it fires, the request
 * in flight is aborted, no further request or retry starts, and the call fails with StoreError("TIMEOUT").
 */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Newest first unless said otherwise; every list is complete (the store pages through everything). */
export interface ArticleStore {
  /** Idempotent on (id, contentHash): the same story twice is "unchanged"; a changed one becomes a new version. */
  put(article: Article, options?: CallOptions): Promise<PutOutcome>;
  /** The latest version, or undefined if no article has this id. */
  get(id: string, options?: CallOptions): Promise<StoredArticle | undefined>;
  /** Every stored version of one article, oldest first. */
  versions(id: string, options?: CallOptions): Promise<StoredArticle[]>;
  /** The newest `limit` articles by publication time (ties: id ascending). */
  latest(limit: number, options?: CallOptions): Promise<StoredArticle[]>;
  /** Articles published in [from, to), newest first (ties: id ascending). ISO 8601 bounds. */
  publishedBetween(from: string, to: string, options?: CallOptions): Promise<StoredArticle[]>;
  /** Articles whose headline or dateline contains every word of `query` (case- and accent-insensitive), newest first, ties by id. */
  search(query: string, limit?: number, options?: CallOptions): Promise<StoredArticle[]>;
  /**
   * Stores `brief` with `article`'s version if that version is still the current one (same version and content
   * hash) and `replace` allows it; never grows an item past DynamoDB's 400 KB (`too-large`).
   */
  saveBrief(article: StoredArticle, brief: BriefRecord, replace?: BriefReplace, options?: CallOptions): Promise<SaveBriefOutcome>;
  /** Every story's current version, a page at a time, in no particular order (`nutgraf rebrief`). */
  latestPages(options?: CallOptions & { pageSize?: number }): AsyncIterable<StoredArticle[]>;
}

/** TIMEOUT: the caller's deadline passed, or the table did not answer within the client's request timeout. */
export type StoreErrorCode = "THROTTLED" | "UNAVAILABLE" | "TIMEOUT" | "MALFORMED_ITEM";

/** What callers see when the archive fails: the handler answers "couldn't reach the archive" and logs `cause`. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `decode(item)`, or `orElse`'s answer when the item is damaged (MALFORMED_ITEM); any other error is thrown. */
export function decodeOrElse<I, T, U>(decode: (item: I) => T, item: I, orElse: (error: StoreError) => U): T | U {
  try {
    return decode(item);
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== "MALFORMED_ITEM") throw error;
    return orElse(error);
  }
}
