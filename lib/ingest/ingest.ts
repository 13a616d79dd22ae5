import type { Article } from "#news/article.ts";
import { StoreError, type ArticleStore, type StoredArticle } from "#store/store.ts";
import type { RawItem } from "#ingest/batch.ts";
import { deadLetter, type DeadLetterStore } from "#ingest/dead-letters.ts";
import { IngestError, rejectionReason } from "#ingest/errors.ts";
import { parseItem, type ItemFormat, type ParsedItem } from "#ingest/item.ts";

/** What happened to one item: the answer the sender reads, per item, in the order sent. */
export type ItemStatus = "stored" | "unchanged" | "new-version" | "rejected";

export interface ItemResult {
  index: number;
  status: ItemStatus;
  /** The story's id in nutgraf (`/brief <id>`, `nutgraf changes <id>`), when the item was read. */
  id?: string;
  /** nutgraf's version number of the story now stored (1, 2, …). */
  version?: number;
  format?: ItemFormat;
  headline?: string;
  /** The source's own version label (ninjs `version`), echoed so a sender can match answers to its records. */
  sourceVersion?: string;
  /** For a refused item: `NO_HEADLINE`, `BAD_JSON`, `OUT_OF_ORDER`, … and what is wrong, in words. */
  code?: string;
  reason?: string;
  /** The dead letter keeping a refused item (`nutgraf ingest --retry <id>`). */
  deadLetter?: string;
}

export interface IngestDeps {
  store: ArticleStore;
  deadLetters: DeadLetterStore;
  /** When items are received: dates the dead letters only, never an article. */
  now: () => Date;
}

export interface IngestOptions {
  /** Recorded on dead letters: `endpoint`, `feed <url>`, `file <path>`. */
  origin: string;
  /** False when re-trying a dead letter: a second refusal keeps the letter that exists instead of writing another. */
  keepRejected?: boolean;
}

const damaged = (error: unknown): error is StoreError => error instanceof StoreError && error.code === "MALFORMED_ITEM";

/**
 * The story's current version, or undefined when there is none or its item is damaged: the store's put replaces a
 * damaged item (that is how one is repaired), so it must not stop the new version on its way in. Thrown, it failed
 * the whole batch as "archive unavailable" (503), on every resend, and the items after it never went in.
 */
async function readableCurrent(id: string, deps: IngestDeps): Promise<StoredArticle | undefined> {
  try {
    return await deps.store.get(id);
  } catch (error) {
    if (damaged(error)) return undefined;
    throw error;
  }
}

/**
 * Stores one parsed article unless a newer version of the story is already there: wires redeliver, and an old
 * version arriving late must not replace the current one (it would also show as a change "back" in `changes`).
 * A stored item too damaged for the store to replace refuses this item alone (kept as a dead letter, to retry once an
 * operator has removed the damaged item); the rest of the batch still goes in.
 */
async function store(parsed: ParsedItem, deps: IngestDeps): Promise<{ status: Exclude<ItemStatus, "rejected">; version: number }> {
  try {
    return await storeChecked(parsed, deps);
  } catch (error) {
    if (!damaged(error)) throw error;
    throw new IngestError("DAMAGED_STORY", `story ${parsed.article.id} is stored damaged and cannot be replaced (${error.message}); an operator must remove that item, then retry this one`);
  }
}

async function storeChecked(parsed: ParsedItem, deps: IngestDeps): Promise<{ status: Exclude<ItemStatus, "rejected">; version: number }> {
  const { article } = parsed;
  const current = await readableCurrent(article.id, deps);
  if (current && current.contentHash !== article.contentHash && Date.parse(article.publishedAt) < Date.parse(current.publishedAt)) {
    const same = (await deps.store.versions(article.id)).find((v) => v.contentHash === article.contentHash);
    if (same) return { status: "unchanged", version: same.version };
    throw new IngestError(
      "OUT_OF_ORDER",
      `story ${article.id} already has version ${current.version} of ${current.publishedAt}; this one is of ${article.publishedAt}, older`,
    );
  }
  const outcome = await deps.store.put(article);
  return { status: outcome.status === "created" ? "stored" : outcome.status, version: outcome.version };
}

function describe(result: ItemResult, article: Article | undefined, parsed: ParsedItem | undefined): ItemResult {
  if (article) {
    result.id = article.id;
    result.headline = article.headline;
  }
  if (parsed) {
    result.format = parsed.format;
    if (parsed.sourceVersion !== undefined) result.sourceVersion = parsed.sourceVersion;
  }
  return result;
}

/** An item read some other way than by format (a feed entry): its raw form, kept if refused, and its reader. */
export interface IngestInput {
  index: number;
  raw: string;
  parse(): ParsedItem;
}

/**
 * Parses and stores each item in turn. A refused item (ArticleError, IngestError) is answered `rejected` with its
 * reason and kept as a dead letter; the rest still go in. A store failure (StoreError) stops the batch and is thrown:
 * the table is down for every later item too, and a retry of the whole batch is safe (stored items answer
 * `unchanged`).
 */
export async function ingestItems(items: readonly (RawItem | IngestInput)[], deps: IngestDeps, options: IngestOptions): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const item of items) {
    let parsed: ParsedItem | undefined;
    try {
      parsed = "parse" in item ? item.parse() : parseItem(item);
      const { status, version } = await store(parsed, deps);
      results.push(describe({ index: item.index, status, version }, parsed.article, parsed));
    } catch (error) {
      const refusal = rejectionReason(error);
      if (!refusal) throw error;
      const result = describe({ index: item.index, status: "rejected", ...refusal }, parsed?.article, parsed);
      if (options.keepRejected !== false) {
        const letter = deadLetter({ raw: item.raw, origin: options.origin, ...refusal, receivedAt: deps.now() });
        // An item refused before (a resent batch) keeps its first letter, whose id this is then.
        result.deadLetter = await deps.deadLetters.put(letter);
      }
      results.push(result);
    }
  }
  return results;
}

/** How many items of each status, for a one-line summary. */
export function tally(results: readonly ItemResult[]): Record<ItemStatus, number> {
  const counts: Record<ItemStatus, number> = { stored: 0, "new-version": 0, unchanged: 0, rejected: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/**
 * Sends a dead letter through again. Stored (or found unchanged): the letter is removed. Refused again: the letter
 * stays, and the answer says why. Undefined when no letter has this id (it expired or was retried already).
 */
export async function retryDeadLetter(id: string, deps: IngestDeps): Promise<ItemResult | undefined> {
  const letter = await deps.deadLetters.get(id);
  if (!letter) return undefined;
  let item: RawItem = { index: 0, raw: letter.raw };
  if (/^\s*[{[]/.test(letter.raw)) {
    try {
      item = { ...item, json: JSON.parse(letter.raw) as unknown };
    } catch (error) {
      item = { ...item, jsonError: `not valid JSON: ${(error as Error).message}` };
    }
  }
  if (letter.truncated) item = { index: 0, raw: letter.raw, jsonError: "the dead letter kept only the first part of this item; send it again from its source" };
  const [result] = await ingestItems([item], deps, { origin: letter.origin, keepRejected: false });
  if (result && result.status !== "rejected") await deps.deadLetters.remove(id);
  if (result?.status === "rejected") result.deadLetter = id;
  return result;
}
