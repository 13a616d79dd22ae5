import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from "@aws-sdk/lib-dynamodb";
import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { contentHash, copyOptionalFields, fieldProblem, normalizeTimestamp, objectProblem, optionalText } from "#news/article.ts";
import type { Article } from "#news/article.ts";
import { StoreError } from "#store/store.ts";
import { createLogger } from "#lib/log.ts";
import type { ArticleStore, PutOutcome, StoredArticle } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

type Item = Record<string, unknown>;

const { prefixes, articleSort, indexes } = TABLE_KEYS;
/** The single partition of the byTime index (README: "The table: key design", for why one partition is fine here). */
const ALL_ARTICLES = "ALL";
/** Ranges longer than this read the byTime index once instead of one byDay query per day. */
const MAX_DAY_QUERIES = 62;
const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;
const UNPROCESSED_RETRIES = 8;

/**
 * A client suited to Lambda behind Slack's 3 s deadline: few attempts and short timeouts, so a sick table fails
 * fast (as a StoreError) instead of hanging the reply. Loopback endpoints get dummy credentials.
 */
export function createDynamoClient(options: { endpoint?: string; region?: string; maxAttempts?: number } = {}): DynamoDBClient {
  const local = options.endpoint !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(options.endpoint);
  return new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? "us-east-1",
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: 1000, requestTimeout: 2500 },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(local ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
}

const THROTTLE_NAMES = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "LimitExceededException",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** Maps what the SDK throws (after its own retries) to the store's typed errors; anything else is a bug, rethrown. */
export function toStoreError(error: unknown, what: string): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const e = error as Error & { code?: string; $metadata?: { httpStatusCode?: number } };
  if (THROTTLE_NAMES.has(e.name)) {
    return new StoreError("THROTTLED", `${what}: the article table is throttling requests; try again shortly`, { cause: error });
  }
  if (e.name === "ResourceNotFoundException") {
    // A missing table is a deployment or configuration fault, not a bug in the caller: the archive is unavailable.
    return new StoreError("UNAVAILABLE", `${what}: the article table does not exist (${e.message})`, { cause: error });
  }
  const status = e.$metadata?.httpStatusCode;
  const network =
    (e.code !== undefined && NETWORK_CODES.has(e.code)) ||
    e.name === "TimeoutError" ||
    (error instanceof AggregateError && error.errors.some((inner: { code?: string }) => NETWORK_CODES.has(inner.code ?? "")));
  if (network || e.name === "InternalServerError" || e.name === "ServiceUnavailable" || (status !== undefined && status >= 500)) {
    return new StoreError("UNAVAILABLE", `${what}: the article table cannot be reached (${e.code ?? e.name})`, { cause: error });
  }
  return error;
}

function malformed(item: Item, why: string): StoreError {
  return new StoreError("MALFORMED_ITEM", `item ${String(item.pk)} / ${String(item.sk)} is not a valid article: ${why}`);
}

const isZonedTimestamp = (value: string): boolean => {
  try {
    normalizeTimestamp(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * A stored article item, checked whole: a half-written or hand-edited item never leaves the store. Messages never
 * quote body text (they are logged), only the timestamp, which is not content.
 */
const ARTICLE_ITEM = v.object({
  id: v.pipe(v.string("must be a string"), v.nonEmpty("must not be empty")),
  headline: v.pipe(v.string("must be a string"), v.check((headline) => headline.trim() !== "", "must not be blank")),
  publishedAt: v.pipe(
    v.string("must be a string"),
    v.check(isZonedTimestamp, (issue) => `must be ISO 8601 with a zone (got "${String(issue.input)}")`),
  ),
  paragraphs: v.pipe(
    v.array(v.pipe(v.string("must be a string"), v.nonEmpty("must not be empty")), "must be a list of strings"),
    v.nonEmpty("must not be empty"),
  ),
  version: v.pipe(v.number("must be a number"), v.integer("must be a whole number"), v.minValue(1, "must be 1 or more")),
  contentHash: v.string("must be a string"),
  byline: optionalText,
  dateline: optionalText,
  credit: optionalText,
  url: optionalText,
  section: optionalText,
}, objectProblem("must be an object"));

/** Rebuilds an article from an item; every problem is a MALFORMED_ITEM naming the item's keys and the field. */
export function decodeArticle(item: Item): StoredArticle {
  const parsed = v.safeParse(ARTICLE_ITEM, item, { abortEarly: true });
  if (!parsed.success) throw malformed(item, fieldProblem(parsed.issues[0]));
  const { contentHash: hash, ...fields } = parsed.output;
  // The hash covers headline and body, so a truncated or altered body is caught here, not in a Slack message.
  if (hash !== contentHash(fields.headline, fields.paragraphs)) {
    throw malformed(item, "contentHash does not match headline and paragraphs");
  }
  const article: StoredArticle = {
    id: fields.id,
    headline: fields.headline,
    publishedAt: fields.publishedAt,
    paragraphs: fields.paragraphs,
    contentHash: hash,
    version: fields.version,
  };
  return copyOptionalFields(fields, article);
}

/** Newest first; equal times by id ascending, so every list has one order whatever the read order. */
export function byNewest(a: Article, b: Article): number {
  const diff = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

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

function indexWords(text: string): string[] {
  return headlineWords(text).filter((w) => !STOP_WORDS.has(w));
}

/** What search matches: the headline and the dateline, so an editor's "/brief paris" finds the story filed from Paris. */
function searchable(article: { headline?: unknown; dateline?: unknown }): string {
  return `${String(article.headline ?? "")} ${typeof article.dateline === "string" ? article.dateline : ""}`;
}

const pad = (n: number) => String(n).padStart(6, "0");
const utc = (iso: string) => new Date(iso).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a batch, then what the table hands back unprocessed, until nothing is left. Unprocessed means the table is
 * busy: back off (deterministically) between tries, and after UNPROCESSED_RETRIES say THROTTLED.
 */
async function untilProcessed<T>(batch: T[], what: string, noun: "writes" | "reads", send: (pending: T[]) => Promise<T[]>): Promise<void> {
  let pending = batch;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > UNPROCESSED_RETRIES) {
      throw new StoreError("THROTTLED", `${what}: ${pending.length} ${noun} still unprocessed after ${UNPROCESSED_RETRIES} retries`);
    }
    if (attempt > 0) await sleep(Math.min(50 * 2 ** attempt, 2000));
    pending = await send(pending);
  }
}

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
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly pageSize: number | undefined;
  private readonly onMalformed: (error: StoreError) => void;

  constructor(options: DynamoArticleStoreOptions) {
    this.doc = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.tableName = options.tableName;
    this.pageSize = options.pageSize;
    this.onMalformed =
      options.onMalformed ?? ((error) => createLogger({ fields: { fn: "store" } }).warn("skipped a damaged item in a listing", { error }));
  }

  async put(article: Article): Promise<PutOutcome> {
    const pk = prefixes.article + article.id;
    // A concurrent writer can take the version number we chose; then we read again and choose the next one.
    for (let attempt = 0; attempt < 8; attempt++) {
      const latest = await this.getItem(pk, articleSort.latest, "put");
      if (latest && latest.contentHash === article.contentHash) {
        return { status: "unchanged", version: decodeArticle(latest).version };
      }
      const stored = await this.queryAll(
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
      const body = this.articleItem(article, version);
      const wrote = await this.conditionalPut(
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
    const item = await this.getItem(prefixes.article + id, articleSort.latest, "get");
    return item ? decodeArticle(item) : undefined;
  }

  async versions(id: string): Promise<StoredArticle[]> {
    const items = await this.queryAll(
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
      const page = await this.send("latest", () =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: indexes.byTime.name,
            KeyConditionExpression: "gsi2pk = :all",
            ExpressionAttributeValues: { ":all": ALL_ARTICLES },
            ScanIndexForward: false,
            Limit: this.pageSize ?? Math.min(Math.max(limit + 10, 25), 500),
            ExclusiveStartKey: start,
          }),
        ),
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
        ...(await this.queryAll(
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
          ...(await this.queryAll(
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
    const wanted = headlineWords(query);
    const keys = indexWords(query);
    if (keys.length === 0 || limit <= 0) return [];
    let candidates: Set<string> | undefined;
    for (const word of keys) {
      const items = await this.queryAll(
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
    const latest = await this.batchGetLatest([...(candidates ?? [])].sort());
    // Word items of an older headline may linger; the latest headline is the judge.
    return latest
      .filter((article) => {
        const words = new Set(headlineWords(searchable(article)));
        return wanted.every((w) => words.has(w));
      })
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

  private articleItem(article: Article, version: number): Item {
    return {
      id: article.id,
      headline: article.headline,
      publishedAt: article.publishedAt,
      byline: article.byline,
      dateline: article.dateline,
      paragraphs: article.paragraphs,
      credit: article.credit,
      url: article.url,
      section: article.section,
      contentHash: article.contentHash,
      version,
    };
  }

  private latestItem(pk: string, body: Item): Item {
    const time = utc(String(body.publishedAt));
    const timeKey = `${time}#${String(body.id)}`;
    return {
      ...body,
      pk,
      sk: articleSort.latest,
      gsi1pk: `DAY#${time.slice(0, 10)}`,
      gsi1sk: timeKey,
      gsi2pk: ALL_ARTICLES,
      gsi2sk: timeKey,
    };
  }

  /** Moves LATEST forward to `body` unless a newer version already got there; then indexes its headline words. */
  private async advanceLatest(pk: string, body: Item, previous: Item | undefined): Promise<void> {
    const moved = await this.conditionalPut(
      this.latestItem(pk, body),
      "attribute_not_exists(pk) OR version < :v",
      { ":v": body.version },
      "put",
    );
    if (!moved) return;
    const id = String(body.id);
    const words = indexWords(searchable(body));
    const gone = previous ? indexWords(searchable(previous)).filter((w) => !words.includes(w)) : [];
    await this.batchWrite(
      [
        ...words.map((w) => ({ PutRequest: { Item: { pk: prefixes.word + w, sk: id, id } } })),
        ...gone.map((w) => ({ DeleteRequest: { Key: { pk: prefixes.word + w, sk: id } } })),
      ],
      "put",
    );
  }

  private async repairLatest(pk: string, version: number): Promise<void> {
    const item = await this.getItem(pk, articleSort.versionPrefix + pad(version), "put");
    if (!item) return;
    const body = this.articleItem(decodeArticle(item), version);
    const current = await this.getItem(pk, articleSort.latest, "put");
    await this.advanceLatest(pk, body, current);
  }

  private async send<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toStoreError(error, what);
    }
  }

  private async getItem(pk: string, sk: string, what: string): Promise<Item | undefined> {
    const out = await this.send(what, () =>
      this.doc.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true })),
    );
    return out.Item;
  }

  /** false when the condition failed (someone else wrote first); every other failure throws. */
  private async conditionalPut(item: Item, condition: string, values: Item, what: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: condition,
          ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
      throw toStoreError(error, what);
    }
  }

  private async queryAll(input: Omit<QueryCommandInput, "TableName">, what: string): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await this.send(what, () =>
        this.doc.send(
          new QueryCommand({
            ...input,
            TableName: this.tableName,
            ExclusiveStartKey: start,
            ...(this.pageSize ? { Limit: this.pageSize } : {}),
          }),
        ),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  private async batchWrite(requests: NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]["RequestItems"]>[string], what: string): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_WRITE_MAX) {
      await untilProcessed(requests.slice(i, i + BATCH_WRITE_MAX), what, "writes", async (pending) => {
        const out = await this.send(what, () =>
          this.doc.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } })),
        );
        return out.UnprocessedItems?.[this.tableName] ?? [];
      });
    }
  }

  private async batchGetLatest(ids: string[]): Promise<StoredArticle[]> {
    const found: StoredArticle[] = [];
    for (let i = 0; i < ids.length; i += BATCH_GET_MAX) {
      const keys: Item[] = ids.slice(i, i + BATCH_GET_MAX).map((id) => ({ pk: prefixes.article + id, sk: articleSort.latest }));
      await untilProcessed(keys, "search", "reads", async (pending) => {
        const out = await this.send("search", () =>
          this.doc.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending } } })),
        );
        found.push(...this.decodeList(out.Responses?.[this.tableName] ?? []));
        return out.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      });
    }
    return found;
  }
}
