import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Article } from "#news/article.ts";
import { ALL_ARTICLES, articleItem, byNewest, decodeArticle, latestItem, type Item } from "#store/article-item.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { candidateIds, matchesQuery, wordUpdates } from "#store/search-index.ts";
import { StoreError } from "#store/store.ts";
import { createLogger } from "#lib/log.ts";
import type { ArticleStore, PutOutcome, StoredArticle } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

const { prefixes, articleSort, indexes } = TABLE_KEYS;
/** Ranges longer than this read the byTime index once instead of one byDay query per day. */
const MAX_DAY_QUERIES = 62;

const pad = (n: number) => String(n).padStart(6, "0");
const utc = (iso: string) => new Date(iso).toISOString();

export interface DynamoArticleStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Query page size; only tests set it, to prove that lists page through everything. */
  pageSize?: number;
  /**
   * Called for each damaged item a list skips (`latest`, `publishedBetween`, `search`): one bad item must not take
   * a whole listing or digest down with it. `get` of that article still fails with MALFORMED_ITEM. Default: a
   * structured warning on the store's logger.
   */
  onMalformed?: (error: StoreError) => void;
}

export class DynamoArticleStore implements ArticleStore {
  private readonly table: DynamoTable;
  private readonly onMalformed: (error: StoreError) => void;

  constructor(options: DynamoArticleStoreOptions) {
    this.table = new DynamoTable(options.client, options.tableName, options.pageSize);
    this.onMalformed =
      options.onMalformed ?? ((error) => createLogger({ fields: { fn: "store" } }).warn("skipped a damaged item in a listing", { error }));
  }

  async put(article: Article): Promise<PutOutcome> {
    const pk = prefixes.article + article.id;
    // A concurrent writer can take the version number we chose; then we read again and choose the next one.
    for (let attempt = 0; attempt < 8; attempt++) {
      const latest = await this.table.getItem(pk, articleSort.latest, "put");
      if (latest && latest.contentHash === article.contentHash) {
        return { status: "unchanged", version: decodeArticle(latest).version };
      }
      const stored = await this.table.queryAll(
        {
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :v)",
          ExpressionAttributeValues: { ":pk": pk, ":v": articleSort.versionPrefix },
          ProjectionExpression: "sk, version, contentHash",
          ConsistentRead: true,
        },
        "put",
      );
      const newest = stored.reduce((max, item) => Math.max(max, typeof item.version === "number" ? item.version : 0), 0);
      const latestVersion = typeof latest?.version === "number" ? latest.version : 0;
      if (newest > latestVersion) {
        // An earlier put stored a version but died before moving LATEST: finish its work first.
        await this.repairLatest(pk, newest);
      }
      const same = stored.find((item) => item.contentHash === article.contentHash);
      if (same) return { status: "unchanged", version: same.version as number };

      const version = newest + 1;
      const body = articleItem(article, version);
      const wrote = await this.table.conditionalPut(
        { ...body, pk, sk: articleSort.versionPrefix + pad(version) },
        "attribute_not_exists(pk)",
        {},
        "put",
      );
      if (!wrote) continue;
      await this.advanceLatest(pk, body, latest);
      return { status: version === 1 ? "created" : "new-version", version };
    }
    throw new StoreError("THROTTLED", `put ${article.id}: too many concurrent writers; try again`);
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    const item = await this.table.getItem(prefixes.article + id, articleSort.latest, "get");
    return item ? decodeArticle(item) : undefined;
  }

  async versions(id: string): Promise<StoredArticle[]> {
    const items = await this.table.queryAll(
      {
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :v)",
        ExpressionAttributeValues: { ":pk": prefixes.article + id, ":v": articleSort.versionPrefix },
        ConsistentRead: true,
      },
      "versions",
    );
    return items.map(decodeArticle).sort((a, b) => a.version - b.version);
  }

  async latest(limit: number): Promise<StoredArticle[]> {
    if (!Number.isInteger(limit) || limit <= 0) return [];
    const found: StoredArticle[] = [];
    let boundary: string | undefined;
    let start: Item | undefined;
    // Read newest first; past `limit`, keep reading while times tie with the last one taken, so the id tie-break
    // picks the right articles instead of whichever the index returned first.
    reading: do {
      const page = await this.table.queryPage(
        {
          IndexName: indexes.byTime.name,
          KeyConditionExpression: "gsi2pk = :all",
          ExpressionAttributeValues: { ":all": ALL_ARTICLES },
          ScanIndexForward: false,
          Limit: this.table.pageSize ?? Math.min(Math.max(limit + 10, 25), 500),
          ExclusiveStartKey: start,
        },
        "latest",
      );
      for (const item of page.Items ?? []) {
        const article = this.decodeListed(item);
        if (!article) continue;
        const time = utc(article.publishedAt);
        if (boundary !== undefined && time < boundary) break reading;
        found.push(article);
        if (found.length === limit) boundary = time;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return found.sort(byNewest).slice(0, limit);
  }

  async publishedBetween(from: string, to: string): Promise<StoredArticle[]> {
    const fromMs = Date.parse(from);
    const toMs = Date.parse(to);
    if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError(`publishedBetween: bad bounds "${from}", "${to}"`);
    if (toMs <= fromMs) return [];
    const lo = new Date(fromMs).toISOString();
    // sk is `<time>#<id>`, so every item at exactly `to` sorts after `hi` and [from, to) stays half-open.
    const hi = new Date(toMs).toISOString();
    const firstDay = Date.UTC(new Date(fromMs).getUTCFullYear(), new Date(fromMs).getUTCMonth(), new Date(fromMs).getUTCDate());
    const days: string[] = [];
    for (let day = firstDay; day < toMs && days.length <= MAX_DAY_QUERIES; day += 86_400_000) {
      days.push(new Date(day).toISOString().slice(0, 10));
    }
    const items: Item[] = [];
    if (days.length > MAX_DAY_QUERIES) {
      items.push(
        ...(await this.table.queryAll(
          {
            IndexName: indexes.byTime.name,
            KeyConditionExpression: "gsi2pk = :all AND gsi2sk BETWEEN :lo AND :hi",
            ExpressionAttributeValues: { ":all": ALL_ARTICLES, ":lo": lo, ":hi": hi },
          },
          "publishedBetween",
        )),
      );
    } else {
      for (const day of days) {
        items.push(
          ...(await this.table.queryAll(
            {
              IndexName: indexes.byDay.name,
              KeyConditionExpression: "gsi1pk = :day AND gsi1sk BETWEEN :lo AND :hi",
              ExpressionAttributeValues: { ":day": `DAY#${day}`, ":lo": lo, ":hi": hi },
            },
            "publishedBetween",
          )),
        );
      }
    }
    return this.decodeList(items).sort(byNewest);
  }

  async search(query: string, limit = 20): Promise<StoredArticle[]> {
    if (limit <= 0) return [];
    const ids = await candidateIds(this.table, query);
    if (ids.length === 0) return [];
    const latest = await this.batchGetLatest(ids);
    return latest
      .filter((article) => matchesQuery(article, query))
      .sort(byNewest)
      .slice(0, limit);
  }

  // ---- internals -------------------------------------------------------------------------------------------

  /** A listed item as an article, or undefined (reported through onMalformed) when it is damaged. */
  private decodeListed(item: Item): StoredArticle | undefined {
    try {
      return decodeArticle(item);
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== "MALFORMED_ITEM") throw error;
      this.onMalformed(error);
      return undefined;
    }
  }

  private decodeList(items: readonly Item[]): StoredArticle[] {
    return items.map((item) => this.decodeListed(item)).filter((a): a is StoredArticle => a !== undefined);
  }

  /** Moves LATEST forward to `body` unless a newer version already got there; then indexes its headline words. */
  private async advanceLatest(pk: string, body: Item, previous: Item | undefined): Promise<void> {
    const moved = await this.table.conditionalPut(
      latestItem(pk, body),
      "attribute_not_exists(pk) OR version < :v",
      { ":v": body.version },
      "put",
    );
    if (!moved) return;
    await this.table.batchWrite(wordUpdates(String(body.id), body, previous), "put");
  }

  private async repairLatest(pk: string, version: number): Promise<void> {
    const item = await this.table.getItem(pk, articleSort.versionPrefix + pad(version), "put");
    if (!item) return;
    const body = articleItem(decodeArticle(item), version);
    const current = await this.table.getItem(pk, articleSort.latest, "put");
    await this.advanceLatest(pk, body, current);
  }

  private async batchGetLatest(ids: string[]): Promise<StoredArticle[]> {
    const keys = ids.map((id) => ({ pk: prefixes.article + id, sk: articleSort.latest }));
    return this.decodeList(await this.table.batchGet(keys, "search"));
  }
}
