import { indexedNow, isLegacyLatest, timeKey, type Item } from "#store/article-item.ts";
import type { DynamoTable, WriteRequest } from "#store/dynamo-table.ts";
import type { CallOptions, StoredArticle } from "#store/store.ts";
import { MAX_HEADLINE_CHARS } from "#news/article.ts";
import { TABLE_KEYS } from "#store/table.ts";

const { prefixes } = TABLE_KEYS;

// Words too common to index: a query made only of these matches nothing (README: "The table: key design").
const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in is it its of on or the to was were will with says say after over new".split(" "),
);

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai…) and Korean, whose words carry their
 * particles ("서울에서", "in Seoul"). Script_Extensions, so the kana length mark "ー" stays inside its word.
 */
const UNSPACED = "\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}";
const UNSPACED_OR_NOT = new RegExp(`[${UNSPACED}]+|[^${UNSPACED}]+`, "gu");
const IS_UNSPACED = new RegExp(`^[${UNSPACED}]`, "u");
/**
 * The marks an accent fold drops: every combining mark but an unspaced script's own, which spell its words rather
 * than accent them (kana's voicing mark makes ガス "gas" of カス; Thai writes vowels and tones as marks). Dropped with
 * the accents, "ガス" found a headline holding カスタマー ("customer"), and Thai words differing only in them were one.
 */
const FOLDED_MARK = new RegExp(`(?![${UNSPACED}])\\p{M}`, "gu");

/**
 * A run of an unspaced script as its overlapping two-character pieces (a lone character as itself): with no
 * spaces there is no word to cut out, and "地震" is then a word of "东京发生强烈地震" as "quake" is of "Tokyo quake",
 * as search engines without a dictionary do it (Lucene's CJK bigrams). A whole run was one word, so a search for
 * one of its words found nothing.
 */
function pieces(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** Headline words, case- and accent-folded: "Économie" and "economie" are one word. */
export function headlineWords(text: string): string[] {
  return cutWords(text, FOLDED_MARK);
}

/**
 * Headline words as the indexer between the two-character pieces (36cd66bd) and the kept marks (ff321d1e) cut them:
 * every mark folded, so 東京で地震 was indexed under 京て and て地, and a Thai word without its vowels. Kept only to
 * find the word items that indexer wrote, so they can be taken out: left, they stayed in the table for good (search
 * judges a hit by its headline, so they found nothing, but every read of their partitions paid for them).
 */
function wordsBeforeKeptMarks(text: string): string[] {
  return cutWords(text, /\p{M}/gu);
}

/** A headline's words, the marks `folded` matches taken out with the accents. */
function cutWords(text: string, folded: RegExp): string[] {
  const words = text
    .normalize("NFKD")
    .replace(folded, "")
    // Composed again: NFKD splits a Korean syllable into its letters, which no longer spelt the word typed, and a
    // voiced kana into its letter and mark.
    .normalize("NFC")
    .toLowerCase()
    // A kept mark stays inside its word (only an unspaced script's marks are left to meet here).
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .flatMap((w) => (w.match(UNSPACED_OR_NOT) ?? []).flatMap((part) => (IS_UNSPACED.test(part) ? pieces(part) : [part])))
    .filter((w) => w.length > 1 || /\d/.test(w) || IS_UNSPACED.test(w));
  return [...new Set(words)];
}

/**
 * Headline words as the indexer before the two-character pieces cut them (36cd66bd): an unspaced run one word, Korean
 * left in its letters. Kept only to find the word items that indexer wrote, so they can be taken out.
 */
function wordsBeforePieces(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 || /\d/.test(w));
}

/** DynamoDB's limit on a partition key value, in UTF-8 bytes. */
const MAX_PARTITION_KEY_BYTES = 2048;

/**
 * Whether a word's item key (`WORD#<word>`) is one DynamoDB takes. A longer "word" (a run of letters with no break: a
 * pasted hash, unspaced script) is not indexed: its key failed the whole put with a ValidationException. Searches
 * still match it against headlines; it is just never the partition read.
 */
const keyFits = (word: string): boolean => Buffer.byteLength(prefixes.word + word, "utf8") <= MAX_PARTITION_KEY_BYTES;

export function indexWords(text: string): string[] {
  return headlineWords(text).filter((w) => !STOP_WORDS.has(w) && keyFits(w));
}

/**
 * What one story writes to the index is bounded. A word item copies the headline and dateline (a search filters on
 * them before fetching any article), so a headline of N distinct words cost N items of N words each, ~9N² bytes:
 * 225 MB of writes for a 5,000-word "headline" (a body pasted into the field), where wire text refuses a first line
 * over MAX_HEADLINE_CHARS as a paragraph. Each item copies at most MAX_HEADLINE_CHARS of headline and of dateline,
 * marked `cut` when that is not all of it, and a story is indexed under the words a headline of MAX_HEADLINE_CHARS can
 * hold, and its dateline's (so a long headline cannot push its city out). The article keeps its whole headline: it is
 * the story as sent (a feed's title may be a whole post), and its hash and the search's last check read it there.
 */
export const MAX_INDEXED_WORDS = 100;
/**
 * The cap counts characters' worth: a spaced word at least three (two letters, the shortest indexed, and a space), so
 * MAX_INDEXED_WORDS of them; a piece of an unspaced script one, since each steps one character, so a 300-character
 * Chinese headline keeps all its 299 pieces. Counted as words, such a headline lost everything past its hundredth
 * character, and its dateline. At most MAX_HEADLINE_CHARS items of at most ~2 KB (two 300-character copies) per part.
 */
const WORD_COST = 3;
const INDEX_BUDGET = MAX_INDEXED_WORDS * WORD_COST;

/** The first words of one part (headline or dateline) within the budget. */
function withinBudget(words: readonly string[]): string[] {
  const kept: string[] = [];
  let spent = 0;
  for (const word of words) {
    spent += IS_UNSPACED.test(word) ? 1 : WORD_COST;
    if (spent > INDEX_BUDGET) break;
    kept.push(word);
  }
  return kept;
}

/** The words a story's word items are written under: its headline's and its dateline's, each within the budget. */
const storyWords = (body: Item): string[] =>
  [...new Set([body.headline, body.dateline].flatMap((part) => withinBudget(indexWords(typeof part === "string" ? part : ""))))];

/** At most MAX_HEADLINE_CHARS of `text`, never ending in half a surrogate pair. */
function copied(text: string): string {
  return text.length <= MAX_HEADLINE_CHARS ? text : text.slice(0, MAX_HEADLINE_CHARS).replace(/[\ud800-\udbff]$/, "");
}

/** What search matches: the headline and the dateline, so an editor's "/brief paris" finds the story filed from Paris. */
export function searchable(article: { headline?: unknown; dateline?: unknown }): string {
  return `${typeof article.headline === "string" ? article.headline : ""} ${typeof article.dateline === "string" ? article.dateline : ""}`;
}

/** Word items of an older headline may linger; the latest headline and dateline are the judge. */
export function matchesQuery(article: { headline?: unknown; dateline?: unknown }, query: string): boolean {
  const words = new Set(headlineWords(searchable(article)));
  return headlineWords(query).every((w) => words.has(w));
}

/**
 * A word item: one per indexed word of the headline and dateline, sorted by time in its word's partition and
 * carrying what a search answer is chosen by (headline, dateline, time), so a search reads a word's newest items
 * and fetches only the articles it returns. No version or body: a body correction rewrites no word item.
 */
function wordItem(word: string, body: Item): Item {
  const headline = String(body.headline);
  const dateline = typeof body.dateline === "string" ? body.dateline : undefined;
  const item: Item = {
    pk: prefixes.word + word,
    sk: timeKey(String(body.publishedAt), String(body.id)),
    id: body.id,
    headline: copied(headline),
    publishedAt: body.publishedAt,
    dateline: dateline === undefined ? undefined : copied(dateline),
  };
  // A cut copy cannot say which words the story lacks: search fetches the article and judges by it.
  if (item.headline !== headline || item.dateline !== dateline) item.cut = true;
  return item;
}

const wordKeys = (body: Item): { pk: string; sk: string }[] =>
  storyWords(body).map((w) => ({ pk: prefixes.word + w, sk: timeKey(String(body.publishedAt), String(body.id)) }));

/**
 * Every word an indexer before the stamp (article-item.ts `WORD_INDEX`) may have written an item under for this
 * headline and dateline: all of them, not the first MAX_INDEXED_WORDS, cut each way an indexer has cut them. Taking
 * out only today's words left the rest in the table for good.
 */
function formerWords(previous: Item): string[] {
  const text = searchable(previous);
  return [...new Set([...headlineWords(text), ...wordsBeforeKeptMarks(text), ...wordsBeforePieces(text)])].filter((w) => !STOP_WORDS.has(w) && keyFits(w));
}

/**
 * The word items to write when `body` replaces `previous` as an article's latest version: `puts` go before LATEST
 * moves (a search never meets a LATEST without its words), `deletes` after (a search never loses the old words
 * before the new headline is in place). Nothing when headline, dateline and time are unchanged and today's indexer
 * wrote the words; words an earlier one wrote are laid out again, and every word it may have written taken out.
 */
export function wordWrites(body: Item, previous: Item | undefined): { puts: WriteRequest[]; deletes: WriteRequest[] } {
  const legacy = isLegacyLatest(previous);
  // A damaged previous item without a usable time has no word keys we could name: nothing to delete.
  const dated = previous !== undefined && !Number.isNaN(Date.parse(String(previous.publishedAt)));
  const current = indexedNow(previous);
  const same =
    dated &&
    !legacy &&
    current &&
    previous.headline === body.headline &&
    previous.dateline === body.dateline &&
    timeKey(String(previous.publishedAt), String(previous.id)) === timeKey(String(body.publishedAt), String(body.id));
  if (same) return { puts: [], deletes: [] };
  const now = new Set(wordKeys(body).map((k) => `${k.pk}\n${k.sk}`));
  const formerKeys = (sk: string) => formerWords(previous!).map((w) => ({ pk: prefixes.word + w, sk }));
  const old =
    previous === undefined
      ? []
      : legacy
        ? formerKeys(String(previous.id))
        : !dated
          ? []
          : current
            ? wordKeys(previous)
            : formerKeys(timeKey(String(previous.publishedAt), String(previous.id)));
  return {
    puts: storyWords(body).map((w) => ({ PutRequest: { Item: wordItem(w, body) } })),
    deletes: old.filter((k) => !now.has(`${k.pk}\n${k.sk}`)).map((Key) => ({ DeleteRequest: { Key } })),
  };
}

/** The query word whose partition to read: the longest (likely the rarest), ties alphabetical, so it is stable. */
function keyWord(words: readonly string[]): string | undefined {
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** Reads the latest versions of `ids` (missing or damaged ones left out). */
export type FetchLatest = (ids: string[], options: CallOptions) => Promise<StoredArticle[]>;

/**
 * The newest `limit` articles matching every word of `query` (ties by id). Reads one word's partition newest
 * first, a page at a time, keeps the items whose headline and dateline match, and fetches only as many articles as
 * the answer still needs (plus items tied in time with the last one, for the id tie-break). Every fetched article
 * is checked against its word item (same current headline, same time), so a word item that lags a change never
 * gives a wrong answer; it is skipped and reading goes on.
 */
export async function searchIndex(table: DynamoTable, query: string, limit: number, fetch: FetchLatest, options: CallOptions): Promise<StoredArticle[]> {
  const word = keyWord(indexWords(query));
  if (word === undefined || limit <= 0) return [];
  const found = new Map<string, StoredArticle>();
  let boundary: string | undefined;
  let buffer: Item[] = [];
  let start: Item | undefined;
  let exhausted = false;
  // Pages grow while reading on: a common key word with a rare second word should not cost a query per 42 items.
  let pageLimit = Math.min(Math.max(limit * 2, 25), 200);
  const timeOf = (sk: unknown) => String(sk).slice(0, 24);
  while (true) {
    if (buffer.length === 0) {
      if (exhausted) break;
      const page = await table.queryPage(
        {
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": prefixes.word + word },
          ScanIndexForward: false,
          ConsistentRead: true,
          Limit: table.pageSize ?? pageLimit,
          ExclusiveStartKey: start,
        },
        "search",
        options,
      );
      pageLimit = Math.min(pageLimit * 2, 1000);
      // Items of the old layout carry no headline: they cannot be judged here and are left for a re-seed to replace.
      buffer = (page.Items ?? []).filter((item) => typeof item.headline === "string" && (item.cut === true || matchesQuery(item, query)));
      start = page.LastEvaluatedKey;
      exhausted = start === undefined;
      continue;
    }
    if (boundary !== undefined && timeOf(buffer[0]!.sk) < boundary) break;
    const need = Math.max(limit - found.size, 1);
    let take = Math.min(need, buffer.length);
    while (take < buffer.length && timeOf(buffer[take]!.sk) === timeOf(buffer[take - 1]!.sk)) take++;
    const batch = buffer.slice(0, take).filter((item) => boundary === undefined || timeOf(item.sk) >= boundary);
    buffer = buffer.slice(take);
    const bySk = new Map(batch.map((item) => [String(item.sk), item]));
    for (const article of await fetch([...new Set(batch.map((item) => String(item.id)))], options)) {
      if (bySk.has(timeKey(article.publishedAt, article.id)) && matchesQuery(article, query)) found.set(article.id, article);
    }
    if (boundary === undefined && found.size >= limit) {
      boundary = [...found.values()].map((a) => timeKey(a.publishedAt, a.id).slice(0, 24)).sort().reverse()[limit - 1];
    }
  }
  return [...found.values()];
}
