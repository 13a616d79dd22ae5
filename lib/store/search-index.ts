import type { Item } from "#store/article-item.ts";
import type { DynamoTable, WriteRequest } from "#store/dynamo-table.ts";
import { TABLE_KEYS } from "#store/table.ts";

const { prefixes } = TABLE_KEYS;

// Words too common to index: a query made only of these matches nothing (README: "The table: key design").
const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in is it its of on or the to was were will with says say after over new".split(" "),
);

/** Headline words, case- and accent-folded: "Économie" and "economie" are one word. */
export function headlineWords(text: string): string[] {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 || /\d/.test(w));
  return [...new Set(words)];
}

export function indexWords(text: string): string[] {
  return headlineWords(text).filter((w) => !STOP_WORDS.has(w));
}

/** What search matches: the headline and the dateline, so an editor's "/brief paris" finds the story filed from Paris. */
export function searchable(article: { headline?: unknown; dateline?: unknown }): string {
  return `${String(article.headline ?? "")} ${typeof article.dateline === "string" ? article.dateline : ""}`;
}

/** The word items to write and delete when `body` replaces `previous` as an article's latest version. */
export function wordUpdates(id: string, body: Item, previous: Item | undefined): WriteRequest[] {
  const words = indexWords(searchable(body));
  const gone = previous ? indexWords(searchable(previous)).filter((w) => !words.includes(w)) : [];
  return [
    ...words.map((w) => ({ PutRequest: { Item: { pk: prefixes.word + w, sk: id, id } } })),
    ...gone.map((w) => ({ DeleteRequest: { Key: { pk: prefixes.word + w, sk: id } } })),
  ];
}

/** Ids whose word items hold every indexable word of the query, sorted; empty when the query has none. */
export async function candidateIds(table: DynamoTable, query: string): Promise<string[]> {
  const keys = indexWords(query);
  let candidates: Set<string> | undefined;
  for (const word of keys) {
    const items = await table.queryAll(
      {
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": prefixes.word + word },
        ProjectionExpression: "id",
      },
      "search",
    );
    const ids = new Set(items.map((item) => String(item.id)));
    candidates = candidates ? new Set([...candidates].filter((id) => ids.has(id))) : ids;
    if (candidates.size === 0) return [];
  }
  return [...(candidates ?? [])].sort();
}

/** Word items of an older headline may linger; the latest headline and dateline are the judge. */
export function matchesQuery(article: { headline?: unknown; dateline?: unknown }, query: string): boolean {
  const words = new Set(headlineWords(searchable(article)));
  return headlineWords(query).every((w) => words.has(w));
}
