import { ALL_TIME_SHARDS, type Item } from "#store/article-item.ts";
import type { DynamoTable } from "#store/dynamo-table.ts";
import type { CallOptions } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

const { byTime } = TABLE_KEYS.indexes;

/** An index entry: the LATEST item's key and its `<UTC time>#<id>` sort key. */
export interface TimeEntry {
  pk: string;
  time: string;
  id: string;
}

function entry(item: Item): TimeEntry {
  const sk = String(item.gsi2sk);
  const cut = sk.indexOf("#");
  return { pk: String(item.pk), time: sk.slice(0, cut), id: sk.slice(cut + 1) };
}

/** Newest first, equal times by id ascending: the store's one order, applied to index keys before any item is read. */
export function newestEntryFirst(a: TimeEntry, b: TimeEntry): number {
  if (a.time !== b.time) return a.time < b.time ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The newest `count` entries across every shard, in the store's order. A shard lists equal times by id descending
 * (its sort key is `time#id`), so each is read past its count-th entry while times tie; then the shards are merged.
 */
export async function newestEntries(table: DynamoTable, count: number, options: CallOptions): Promise<TimeEntry[]> {
  const perShard = await Promise.all(
    ALL_TIME_SHARDS.map(async (shard) => {
      const found: TimeEntry[] = [];
      let start: Item | undefined;
      do {
        const page = await table.queryPage(
          {
            IndexName: byTime.name,
            KeyConditionExpression: "gsi2pk = :shard",
            ExpressionAttributeValues: { ":shard": shard },
            ScanIndexForward: false,
            Limit: table.pageSize ?? Math.min(Math.max(count + 10, 25), 500),
            ExclusiveStartKey: start,
          },
          "latest",
          options,
        );
        for (const item of page.Items ?? []) {
          const e = entry(item);
          // Past `count`, only entries tied with the count-th can still belong in the answer.
          if (found.length >= count && e.time < found[count - 1]!.time) return found;
          found.push(e);
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return found;
    }),
  );
  return perShard.flat().sort(newestEntryFirst).slice(0, count);
}

/** Every entry with a sort key in [lo, hi] on every shard, each shard's query paged to the end, in parallel. */
export async function entriesBetween(table: DynamoTable, lo: string, hi: string, options: CallOptions): Promise<TimeEntry[]> {
  const perShard = await Promise.all(
    ALL_TIME_SHARDS.map((shard) =>
      table.queryAll(
        {
          IndexName: byTime.name,
          KeyConditionExpression: "gsi2pk = :shard AND gsi2sk BETWEEN :lo AND :hi",
          ExpressionAttributeValues: { ":shard": shard, ":lo": lo, ":hi": hi },
        },
        "publishedBetween",
        options,
      ),
    ),
  );
  return perShard.flat().map(entry);
}

/**
 * Every story's LATEST key, a page of the byTime index at a time, shard after shard (the index holds exactly one
 * entry per story). For walks over the whole archive: `nutgraf rebrief` and `nutgraf reindex`.
 */
export async function* latestKeyPages(table: DynamoTable, pageSize: number, options: CallOptions): AsyncIterable<Array<{ pk: string; sk: string }>> {
  for (const shard of ALL_TIME_SHARDS) {
    let start: Item | undefined;
    do {
      const page = await table.queryPage(
        { IndexName: byTime.name, KeyConditionExpression: "gsi2pk = :shard", ExpressionAttributeValues: { ":shard": shard }, Limit: pageSize, ExclusiveStartKey: start },
        "latest pages",
        options,
      );
      const keys = (page.Items ?? []).map((item) => ({ pk: String(item.pk), sk: TABLE_KEYS.articleSort.latest }));
      if (keys.length > 0) yield keys;
      start = page.LastEvaluatedKey;
    } while (start);
  }
}
