import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import { fieldProblem } from "#news/article.ts";
import { letterKey, type DeadLetter, type DeadLetterStore } from "#ingest/dead-letters.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { StoreError, type CallOptions } from "#store/store.ts";
import { TABLE_KEYS } from "#store/table.ts";

/**
 * Dead letters in the article table: one partition (`DEADLETTER`), sorted by id, which starts with the time
 * received, so a listing reads newest first with no index. Refused items are few (a wire sends hundreds of good
 * stories a day for each bad one), well within one partition's throughput. `expiresAt` is the table's TTL
 * attribute: DynamoDB deletes letters after two weeks at no cost.
 */
const PARTITION = TABLE_KEYS.partitions.deadLetters;
/** Where a letter is found by the item it keeps: sk `letterKey`, `letterId` the letter's id, the letter's `expiresAt`. */
const BY_ITEM = TABLE_KEYS.partitions.deadLetterIndex;

const LETTER = v.object({
  id: v.string(),
  receivedAt: v.string(),
  origin: v.string(),
  code: v.string(),
  reason: v.string(),
  raw: v.string(),
  truncated: v.boolean(),
  expiresAt: v.number(),
});

function decode(item: Record<string, unknown>): DeadLetter {
  const parsed = v.safeParse(LETTER, item, { abortEarly: true });
  if (!parsed.success) throw new StoreError("MALFORMED_ITEM", `dead letter ${String(item.sk)} is damaged: ${fieldProblem(parsed.issues[0])}`);
  return parsed.output;
}

export class DynamoDeadLetterStore implements DeadLetterStore {
  private readonly table: DynamoTable;

  constructor(options: { client: DynamoDBClient; tableName: string }) {
    this.table = new DynamoTable(options.client, options.tableName);
  }

  /**
   * A sender that resends a batch after a 503 sends its refused items again, and each refusal wrote a letter of its
   * own (its id begins with the time received): `nutgraf deadletters` listed one item once per resend. So an item
   * that already has a letter refreshes it (code, reason, expiry; its id and first receipt stay) and gets its id
   * back; one whose letter is gone (retried, removed, expired) gets a new letter. Two refusals of one item racing
   * may each write a letter: a duplicate, never a loss.
   */
  async put(letter: DeadLetter, options: CallOptions = {}): Promise<string> {
    const key = letterKey(letter);
    const found = await this.table.getItem(BY_ITEM, key, "dead letter", options);
    const earlier = typeof found?.letterId === "string" ? found.letterId : undefined;
    const refresh = { code: letter.code, reason: letter.reason, expiresAt: letter.expiresAt };
    if (earlier !== undefined && (await this.table.conditionalSet({ pk: PARTITION, sk: earlier }, refresh, "attribute_exists(pk)", {}, "dead letter", options))) {
      await this.write({ pk: BY_ITEM, sk: key, letterId: earlier, expiresAt: letter.expiresAt }, options);
      return earlier;
    }
    // The letter first: a pointer to a letter never written would only cost the next refusal a failed refresh.
    await this.write({ pk: PARTITION, sk: letter.id, ...letter }, options);
    await this.write({ pk: BY_ITEM, sk: key, letterId: letter.id, expiresAt: letter.expiresAt }, options);
    return letter.id;
  }

  private async write(item: Record<string, unknown>, options: CallOptions): Promise<void> {
    await this.table.send("dead letter", options, (doc, abortSignal) => doc.send(new PutCommand({ TableName: this.table.name, Item: item }), { abortSignal }));
  }

  async get(id: string, options: CallOptions = {}): Promise<DeadLetter | undefined> {
    const item = await this.table.getItem(PARTITION, id, "dead letter", options);
    return item ? decode(item) : undefined;
  }

  /**
   * The newest `limit` letters. Read page after page: a query page stops at 1 MB, which letters near their 380 KB
   * raw limit pass after two or three, and one page was taken for the whole answer (`nutgraf deadletters` showed
   * four letters of six, none said missing).
   */
  async list(limit = 50, options: CallOptions = {}): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    let start: Record<string, unknown> | undefined;
    while (letters.length < limit) {
      const page = await this.table.queryPage(
        {
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": PARTITION },
          ScanIndexForward: false,
          Limit: limit - letters.length,
          ExclusiveStartKey: start,
        },
        "dead letters",
        options,
      );
      letters.push(...(page.Items ?? []).map(decode));
      start = page.LastEvaluatedKey;
      if (!start) break;
    }
    return letters;
  }

  async remove(id: string, options: CallOptions = {}): Promise<void> {
    await this.table.send("dead letter", options, (doc, abortSignal) => doc.send(new DeleteCommand({ TableName: this.table.name, Key: { pk: PARTITION, sk: id } }), { abortSignal }));
  }
}
