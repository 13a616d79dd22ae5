import type { Article } from "#news/article.ts";

/** A stored version of an article: a changed story is a new version under the same id; old ones are kept. */
export interface StoredArticle extends Article {
  /** 1 for the first version stored under this id, then 2, 3, … */
  version: number;
}

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
