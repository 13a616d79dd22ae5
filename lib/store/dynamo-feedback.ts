import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import * as v from "valibot";
import { actionInstant, FEEDBACK_KINDS, type Feedback, type FeedbackStore } from "#lib/feedback/feedback.ts";
import { DynamoTable } from "#store/dynamo-table.ts";
import { TABLE_KEYS } from "#store/table.ts";
import type { CallOptions } from "#store/store.ts";

const DAY_MS = 86_400_000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * One item per button press, in a partition per UTC day of the press: `FB#2026-11-24`, sk `<action_ts>#<user>`.
 * The key is the press itself, so a redelivered press hits the same key and the conditional put refuses it; a
 * summary reads one partition per day of its window.
 */
export function feedbackKey(actionTs: string, userId: string): { pk: string; sk: string } | undefined {
  const at = actionInstant(actionTs);
  if (!at) return undefined;
  return { pk: `${TABLE_KEYS.prefixes.feedback}${dayOf(at)}`, sk: `${actionTs}#${userId}` };
}

const optionalText = v.optional(v.string());
const FEEDBACK_ITEM = v.object({
  kind: v.picklist(FEEDBACK_KINDS),
  articleId: v.string(),
  version: v.pipe(v.number(), v.integer()),
  contentHash: v.string(),
  sentence: v.optional(v.pipe(v.number(), v.integer())),
  figure: optionalText,
  figureRank: v.optional(v.pipe(v.number(), v.integer())),
  userId: v.string(),
  teamId: optionalText,
  channelId: optionalText,
  actionTs: v.string(),
  at: v.string(),
});

export interface DynamoFeedbackOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Told of a stored item that is not a whole feedback record (hand-edited); it is left out of summaries. */
  onMalformed?: (keys: { pk: unknown; sk: unknown }, problem: string) => void;
  pageSize?: number;
}

export class DynamoFeedbackStore implements FeedbackStore {
  private readonly table: DynamoTable;

  constructor(private readonly options: DynamoFeedbackOptions) {
    this.table = new DynamoTable(options.client, options.tableName, options.pageSize ? { pageSize: options.pageSize } : {});
  }

  async record(feedback: Feedback, options: CallOptions = {}): Promise<boolean> {
    const key = feedbackKey(feedback.actionTs, feedback.userId);
    if (!key) throw new RangeError(`action_ts "${feedback.actionTs}" is not a Slack timestamp`);
    return this.table.conditionalPut({ ...key, ...feedback }, "attribute_not_exists(pk)", {}, "record feedback", options);
  }

  async between(from: Date, to: Date, options: CallOptions = {}): Promise<Feedback[]> {
    const out: Feedback[] = [];
    for (let day = Date.parse(dayOf(from)); day < to.getTime(); day += DAY_MS) {
      const items = await this.table.queryAll(
        { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": `${TABLE_KEYS.prefixes.feedback}${dayOf(new Date(day))}` } },
        "read feedback",
        options,
      );
      for (const item of items) {
        const parsed = v.safeParse(FEEDBACK_ITEM, item);
        if (!parsed.success) {
          this.options.onMalformed?.({ pk: item.pk, sk: item.sk }, parsed.issues[0].message);
          continue;
        }
        const at = Date.parse(parsed.output.at);
        if (at >= from.getTime() && at < to.getTime()) out.push(stripUndefined(parsed.output));
      }
    }
    return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.actionTs < b.actionTs ? -1 : a.actionTs > b.actionTs ? 1 : 0) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  }
}

/** The record without the keys an absent optional field would leave as `undefined`. */
function stripUndefined(record: v.InferOutput<typeof FEEDBACK_ITEM>): Feedback {
  const { sentence, figure, figureRank, teamId, channelId, ...rest } = record;
  return {
    ...rest,
    ...(sentence !== undefined ? { sentence } : {}),
    ...(figure !== undefined ? { figure } : {}),
    ...(figureRank !== undefined ? { figureRank } : {}),
    ...(teamId !== undefined ? { teamId } : {}),
    ...(channelId !== undefined ? { channelId } : {}),
  };
}
