import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { decodeArticle, indexedNow, WORD_INDEX, type Item } from "#store/article-item.ts";
import { DynamoTable, type WriteRequest } from "#store/dynamo-table.ts";
import { wordWrites } from "#store/search-index.ts";
import { decodeOrElse, type CallOptions } from "#store/store.ts";
import { latestKeyPages } from "#store/time-index.ts";

export interface ReindexReport {
  stories: number;
  /** Word items laid out again by today's indexer, older ones taken out, and the story stamped. */
  reindexed: number;
  /** Stamped already: laid out by today's indexer (a later put, or an earlier run of this command). */
  current: number;
  /** Changed while this run worked on it: the put that changed it laid its words out (none of this run's kept). */
  movedOn: number;
  /** A LATEST item that is not a whole article: its next put replaces it, and lays its words out then. */
  damaged: number;
}

export interface ReindexOptions extends CallOptions {
  /** Stories read per page (default 100). */
  pageSize?: number;
  /** After each page, the counts so far (the CLI's progress; tests stop a run here). */
  onPage?: (report: ReindexReport) => void;
}

/**
 * `nutgraf reindex`: every story whose word items an older indexer wrote (under every word of its headline before the
 * 100-word cap, or its unspaced runs whole before the two-character pieces) laid out by today's, so a search for a
 * word inside 東京で地震 finds a story stored before the pieces without waiting for it to change. Per story: today's
 * words put, every word an older indexer could have written taken out, then the stamp set, only if the story is still
 * the version read. Idempotent (a stamped story is read, never written) and resumable (a run stopped anywhere is
 * carried on by running it again: a story is stamped only once its old words are out).
 */
export async function reindexWords(table: DynamoTable, options: ReindexOptions = {}): Promise<ReindexReport> {
  const report: ReindexReport = { stories: 0, reindexed: 0, current: 0, movedOn: 0, damaged: 0 };
  const call: CallOptions = options.signal ? { signal: options.signal } : {};
  for await (const keys of latestKeyPages(table, options.pageSize ?? 100, call)) {
    const items = await table.batchGet(keys, "reindex", call);
    // In id order, so a run's progress is the same whatever order the table answers in.
    for (const item of items.sort((a, b) => (String(a.pk) < String(b.pk) ? -1 : 1))) {
      report.stories++;
      report[await reindexStory(table, item, call)]++;
    }
    options.onPage?.(report);
  }
  return report;
}

type StoryOutcome = "reindexed" | "current" | "movedOn" | "damaged";

async function reindexStory(table: DynamoTable, item: Item, call: CallOptions): Promise<StoryOutcome> {
  if (indexedNow(item)) return "current";
  if (decodeOrElse(decodeArticle, item, () => undefined) === undefined) return "damaged";
  // The story replacing itself: an unstamped previous version is what makes wordWrites take out the older words.
  const words = wordWrites(item, item);
  await table.batchWrite(words.puts, "reindex", call);
  // Out before the stamp: stamped first, a run that died between the two left the old words for good, since the next
  // run skips a stamped story and a stamped story's next version takes out only today's words.
  await table.batchWrite(words.deletes, "reindex", call);
  const key = { pk: String(item.pk), sk: String(item.sk) };
  const stamped = await table.conditionalSet(
    key,
    { [WORD_INDEX.attribute]: WORD_INDEX.generation },
    "version = :v AND contentHash = :h",
    { ":v": item.version, ":h": item.contentHash },
    "reindex",
    call,
  );
  if (!stamped) {
    await takeBackStrays(table, key, item, words.deletes, call);
    return "movedOn";
  }
  return "reindexed";
}

/**
 * The words this run put for a version a put has since replaced: that put laid out its own words and took out the
 * ones it knew of, which may have been before these landed. Whatever of them the new version does not have goes, and
 * whatever of the new version's this run took out as the old version's (same time, a word only an older indexer
 * wrote for the old headline) is put back.
 */
async function takeBackStrays(table: DynamoTable, key: { pk: string; sk: string }, read: Item, takenOut: WriteRequest[], call: CallOptions): Promise<void> {
  const now = await table.getItem(key.pk, key.sk, "reindex", call);
  if (!indexedNow(now)) return;
  const out = new Set(takenOut.map((request) => keyOf(request.DeleteRequest?.Key)));
  const { puts } = wordWrites(now!, undefined);
  await table.batchWrite(puts.filter((request) => out.has(keyOf(request.PutRequest?.Item))), "reindex", call);
  // As if the version read, laid out by today's indexer, were replaced by the one there now: its words are what goes.
  const { deletes } = wordWrites(now!, { ...read, [WORD_INDEX.attribute]: WORD_INDEX.generation });
  await table.batchWrite(deletes, "reindex", call);
}

const keyOf = (item: Record<string, unknown> | undefined): string => `${String(item?.pk)}\n${String(item?.sk)}`;

/** The same over a client and table name, as the CLI opens the archive. */
export function reindexTable(client: DynamoDBClient, tableName: string, options: ReindexOptions = {}): Promise<ReindexReport> {
  return reindexWords(new DynamoTable(client, tableName), options);
}
