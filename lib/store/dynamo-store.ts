import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Article } from "#news/article.ts";
import {
  articleItem,
  BRIEF_ATTRIBUTES,
  briefAttributes,
  byNewest,
  decodeArticle,
  historyItem,
  isLegacyLatest,
  latestItem,
  timeKey,
  versionSort,
  type Item,
} from "#store/article-item.ts";
import { fitsLatest, VersionBriefs } from "#store/version-brief.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { searchIndex, wordWrites } from "#store/search-index.ts";
import { entriesBetween, latestKeyPages, newestEntries } from "#store/time-index.ts";
import { StoreError } from "#store/store.ts";
import { createLogger } from "#lib/log.ts";
import type { ArticleStore, BriefRecord, BriefReplace, Briefer, CallOptions, PutOutcome, SaveBriefOutcome, StoredArticle } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

const { prefixes, articleSort } = TABLE_KEYS;
/** Concurrent writers on one story each take the next version number; past this many lost races, give up. */
const PUT_ATTEMPTS = 8;

export interface DynamoArticleStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Query page size; only tests set it, to prove that lists page through everything. */
  pageSize?: number;
  /** Pause before retrying a batch the table processed none of (default: full jitter). Tests pass `() => 0`. */
  retryDelayMs?: (attempt: number) => number;
  /**
   * Called for each damaged item a list skips (`latest`, `publishedBetween`, `search`): one bad item must not take
   * a whole listing or digest down with it. `get` of that article still fails with MALFORMED_ITEM. Default: a
   * structured warning on the store's logger.
   */
  onMalformed?: (error: StoreError) => void;
  /**
   * Makes the brief each stored version keeps (lib/briefs.ts's `briefer`). Without one, versions are stored without
   * a brief and readers compute it (and write it back).
   */
  briefer?: Briefer;
}

/**
 * Articles in one DynamoDB table (README: "The table: key design"). LATEST holds the current version and is all a
 * new story writes (plus its word items); a superseded version is copied to `V#<n>` only when the story changes.
 */
export class DynamoArticleStore implements ArticleStore {
  private readonly table: DynamoTable;
  private readonly onMalformed: (error: StoreError) => void;
  private readonly briefs: VersionBriefs;
  private readonly log = createLogger({ fields: { fn: "store" } });

  constructor(options: DynamoArticleStoreOptions) {
    this.briefs = new VersionBriefs(options.briefer, this.log);
    this.table = new DynamoTable(options.client, options.tableName, {
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
      ...(options.retryDelayMs ? { retryDelayMs: options.retryDelayMs } : {}),
    });
    this.onMalformed =
      options.onMalformed ?? ((error) => this.log.warn("skipped a damaged item in a listing", { error }));
  }

  async put(article: Article, options: CallOptions = {}): Promise<PutOutcome> {
    const pk = prefixes.article + article.id;
    // Computed once, and only when a version is written: a lost race retries with the same brief.
    let brief: { record: BriefRecord | undefined } | undefined;
    for (let attempt = 0; attempt < PUT_ATTEMPTS; attempt++) {
      const latest = await this.table.getItem(pk, articleSort.latest, "put", options);
      const { current, intact } = this.currentVersion(latest);
      if (latest && intact && latest.contentHash === article.contentHash) {
        // A story of the old layout (README: "Tables of the old layout") is rewritten in place, so a re-seed migrates.
        if (isLegacyLatest(latest)) await this.advanceLatest(pk, this.briefs.withBrief(decodeArticle(latest), current), latest, options, "rewrite");
        // The same story again (a wire redelivers, a re-seed) brings a brief of an older algorithm up to date.
        else await this.refreshBrief(latest, options);
        return { status: "unchanged", version: current };
      }
      if (latest) {
        const history = await this.table.queryAll(
          {
            KeyConditionExpression: "pk = :pk AND begins_with(sk, :v)",
            ExpressionAttributeValues: { ":pk": pk, ":v": articleSort.versionPrefix },
            ProjectionExpression: "sk, version, contentHash",
            ConsistentRead: true,
          },
          "put",
          options,
        );
        const kept = history.reduce((max, item) => Math.max(max, typeof item.version === "number" ? item.version : 0), 0);
        if (kept > current) {
          // Tables written before history-on-change stored each version first, then moved LATEST: a writer that
          // died between the two left a version LATEST never reached. Finish its work, then start again.
          await this.repairLatest(pk, kept, latest, options);
          continue;
        }
        // Idempotent on (id, hash): replaying an old text never rolls a corrected story back.
        const same = history.find((item) => item.contentHash === article.contentHash);
        if (same) return { status: "unchanged", version: Number(same.version) };
        // The version being replaced is kept before LATEST moves on; a racing writer may have kept it already.
        // A damaged LATEST is not worth keeping: the new text replaces it (re-putting is how a damaged story is fixed).
        if (kept < current && intact) await this.table.conditionalPut(historyItem(pk, latest), "attribute_not_exists(pk)", {}, "put", options);
      }
      const version = current + 1;
      brief ??= { record: this.briefs.briefFor(article) };
      if (await this.advanceLatest(pk, this.briefs.sized(articleItem(article, version, brief.record), pk), latest, options)) {
        return { status: version === 1 ? "created" : "new-version", version };
      }
    }
    throw new StoreError("THROTTLED", `put ${article.id}: too many concurrent writers; try again`);
  }

  async get(id: string, options: CallOptions = {}): Promise<StoredArticle | undefined> {
    const item = await this.table.getItem(prefixes.article + id, articleSort.latest, "get", options);
    return item ? decodeArticle(item) : undefined;
  }

  async versions(id: string, options: CallOptions = {}): Promise<StoredArticle[]> {
    // One query for the partition: the kept versions (`V#…`) and LATEST, the current one.
    const items = await this.table.queryAll(
      { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": prefixes.article + id }, ConsistentRead: true },
      "versions",
      options,
    );
    const byVersion = new Map<number, StoredArticle>();
    for (const item of items) {
      const sk = String(item.sk);
      if (sk !== articleSort.latest && !sk.startsWith(articleSort.versionPrefix)) continue;
      const article = decodeArticle(item);
      // A version can be both kept and current (a writer died before moving LATEST on, or a table of the old
      // layout that copied every version): LATEST (first in sk order) is the one kept.
      if (sk === articleSort.latest || !byVersion.has(article.version)) byVersion.set(article.version, article);
    }
    return [...byVersion.values()].sort((a, b) => a.version - b.version);
  }

  async latest(limit: number, options: CallOptions = {}): Promise<StoredArticle[]> {
    if (!Number.isInteger(limit) || limit <= 0) return [];
    let want = limit;
    let found: StoredArticle[] = [];
    // Usually one round. A damaged item is skipped, so read further until `limit` good ones are in hand.
    for (;;) {
      const entries = await newestEntries(this.table, want, options);
      found = await this.fetchLatest(entries.map((e) => e.id), options);
      if (found.length >= limit || entries.length < want) break;
      want += limit - found.length;
    }
    return found.sort(byNewest).slice(0, limit);
  }

  async publishedBetween(from: string, to: string, options: CallOptions = {}): Promise<StoredArticle[]> {
    const fromMs = Date.parse(from);
    const toMs = Date.parse(to);
    if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError(`publishedBetween: bad bounds "${from}", "${to}"`);
    if (toMs <= fromMs) return [];
    // sk is `<time>#<id>`, so every item at exactly `to` sorts after `hi` and [from, to) stays half-open.
    const lo = new Date(fromMs).toISOString();
    const hi = new Date(toMs).toISOString();
    const entries = await entriesBetween(this.table, lo, hi, options);
    const articles = await this.fetchLatest(entries.map((e) => e.id), options);
    // The index lags its table: an entry may name a story whose current time has since left the range.
    return articles.filter((a) => {
      const at = timeKey(a.publishedAt, a.id);
      return at >= lo && at < hi;
    }).sort(byNewest);
  }

  async search(query: string, limit = 20, options: CallOptions = {}): Promise<StoredArticle[]> {
    const found = await searchIndex(this.table, query, limit, (ids, o) => this.fetchLatest(ids, o), options);
    return found.sort(byNewest).slice(0, limit);
  }

  async saveBrief(article: StoredArticle, brief: BriefRecord, replace: BriefReplace = "older", options: CallOptions = {}): Promise<SaveBriefOutcome> {
    const pk = prefixes.article + article.id;
    if (!fitsLatest(pk, articleItem(article, article.version, brief))) return "too-large";
    // The version must still be current (a reader that briefed v3 never stamps its brief on v4), and the brief there
    // replaceable: absent, of a form no generation can be read from, or of a generation `replace` allows.
    const generation = BRIEF_ATTRIBUTES.generation;
    const rule =
      replace === "any" ? "" : ` AND (attribute_not_exists(${generation}) OR NOT attribute_type(${generation}, :n) OR ${generation} ${replace === "older" ? "<" : "<="} :g)`;
    const saved = await this.table.conditionalSet(
      { pk, sk: articleSort.latest },
      briefAttributes(brief),
      `version = :v AND contentHash = :h${rule}`,
      { ":v": article.version, ":h": article.contentHash, ...(replace === "any" ? {} : { ":g": brief.generation, ":n": "N" }) },
      "save brief",
      options,
    );
    return saved ? "saved" : "kept";
  }

  async *latestPages(options: CallOptions & { pageSize?: number } = {}): AsyncIterable<StoredArticle[]> {
    for await (const keys of latestKeyPages(this.table, options.pageSize ?? this.table.pageSize ?? 100, options)) {
      const articles = await this.fetchLatest(keys.map((key) => key.pk.slice(prefixes.article.length)), options);
      if (articles.length > 0) yield articles.sort(byNewest);
    }
  }

  // ---- internals -------------------------------------------------------------------------------------------

  /**
   * Brings an unchanged story's brief to the running algorithm when it is absent, unreadable or of an older one. Best
   * effort: the story is stored already, so a failed brief write is logged, never the put's failure (readers compute
   * and write it back).
   */
  private async refreshBrief(latest: Item, options: CallOptions): Promise<void> {
    const refresh = this.briefs.refresh(latest);
    if (!refresh) return;
    try {
      await this.saveBrief(refresh.article, refresh.record, refresh.replace, options);
    } catch (error) {
      this.log.warn("unchanged story's brief not brought up to date (readers will)", { articleId: refresh.article.id, error });
    }
  }

  /**
   * LATEST's version, and whether the item is a whole article: a damaged one is reported, then overwritten; one
   * without even a version number fails the put as MALFORMED_ITEM (an operator deletes it).
   */
  private currentVersion(latest: Item | undefined): { current: number; intact: boolean } {
    if (!latest) return { current: 0, intact: true };
    try {
      return { current: decodeArticle(latest).version, intact: true };
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== "MALFORMED_ITEM") throw error;
      const version = latest.version;
      // Without a version number the LATEST guard can never pass: say what is wrong instead of retrying.
      if (typeof version !== "number" || !Number.isInteger(version) || version < 1) throw error;
      this.onMalformed(error);
      return { current: version, intact: false };
    }
  }

  /** The current versions of `ids`, read consistently, once each; missing ones left out, damaged ones reported. */
  private async fetchLatest(ids: readonly string[], options: CallOptions): Promise<StoredArticle[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const items = await this.table.batchGet(unique.map((id) => ({ pk: prefixes.article + id, sk: articleSort.latest })), "read articles", options);
    const out: StoredArticle[] = [];
    for (const item of items) {
      try {
        out.push(decodeArticle(item));
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== "MALFORMED_ITEM") throw error;
        this.onMalformed(error);
      }
    }
    return out;
  }

  /**
   * Moves LATEST to `body` unless another writer got there first; false if it did. Words of the new headline go in
   * before (a search never meets a LATEST without them), words the old headline had come out after. The guard
   * `version < :v` is what keeps LATEST from moving backwards when writers interleave; "rewrite" re-lays the same
   * version out (old layout to new) and only if it is still current.
   */
  private async advanceLatest(pk: string, body: Item, previous: Item | undefined, options: CallOptions, mode: "advance" | "rewrite" = "advance"): Promise<boolean> {
    const words = wordWrites(body, previous);
    await this.table.batchWrite(words.puts, "put", options);
    const moved = await this.table.conditionalPut(
      latestItem(pk, body),
      mode === "rewrite" ? "version = :v" : "attribute_not_exists(pk) OR version < :v",
      { ":v": body.version },
      "put",
      options,
    );
    if (moved) await this.table.batchWrite(words.deletes, "put", options);
    return moved;
  }

  private async repairLatest(pk: string, version: number, current: Item, options: CallOptions): Promise<void> {
    const item = await this.table.getItem(pk, versionSort(version), "put", options);
    if (!item) return;
    await this.advanceLatest(pk, this.briefs.withBrief(decodeArticle(item), version), current, options);
  }
}
