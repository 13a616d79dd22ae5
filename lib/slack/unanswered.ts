import type { AwsResponse } from "@slack/bolt/dist/receivers/AwsLambdaReceiver.js";
import type { Logger } from "#lib/log.ts";
import { notice, type SlackMessage } from "#slack/blocks.ts";

/** A signed, readable body as the handler hands it to Bolt (verify.ts's readableBody). */
export interface ReadBody {
  contentType: "application/x-www-form-urlencoded" | "application/json";
  text: string;
}

/** What a press's payload says about itself, for the answer and the log: never trusted to have any of it. */
interface PressShape {
  type?: string;
  actionId?: string;
  responseUrl?: string;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function pressShape(body: ReadBody): PressShape {
  if (body.contentType !== "application/x-www-form-urlencoded") return {};
  const payload = new URLSearchParams(body.text).get("payload");
  if (payload === null) return {};
  // readableBody let it through only as a JSON object.
  const value = JSON.parse(payload) as Record<string, unknown>;
  const first: unknown = Array.isArray(value.actions) ? value.actions[0] : undefined;
  const actionId = first !== null && typeof first === "object" ? text((first as Record<string, unknown>).action_id) : undefined;
  const shape: PressShape = {};
  const type = text(value.type);
  const responseUrl = text(value.response_url);
  if (type !== undefined) shape.type = type;
  if (actionId !== undefined) shape.actionId = actionId;
  if (responseUrl !== undefined) shape.responseUrl = responseUrl;
  return shape;
}

/**
 * What an editor who pressed a button nothing listens for reads (a card from an older release, say), and what the
 * share and feedback listeners answer a button whose value they cannot read: one sentence for one situation.
 */
export const STALE_BUTTON = "That button no longer works; run the command again.";

/**
 * The answer to a signed request Bolt's receiver answered without a listener's help. Bolt says 404 when no listener
 * took it (a button whose action_id nothing listens for: a card posted by an older release) and 500 when it could
 * not read the body at all (a block_actions press without `user`: Bolt reads `user.id` before any listener runs;
 * our listeners' own failures never reach the receiver: each answers its own, the table unreachable included, and
 * app.error takes the rest and cannot fail, since a log write never throws; test/slack-server-faults.test.ts). So
 * a 500 here is a body Bolt could not read, never a fault of ours. Slack shows either as a bare error
 * icon on the button. A press nothing listens for is acknowledged (200) and the editor told why, like any button
 * that no longer works; a body Bolt cannot read is refused (400), like one verify.ts finds unreadable.
 */
export async function settleUnanswered(
  answer: AwsResponse,
  body: ReadBody,
  respond: (url: string, message: SlackMessage) => Promise<void>,
  log: Logger,
): Promise<AwsResponse> {
  if (answer.statusCode < 500 && answer.statusCode !== 404) return answer;
  const press = pressShape(body);
  const fields = { type: press.type, actionId: press.actionId?.slice(0, 100) };
  if (answer.statusCode >= 500) {
    log.warn("rejected signed request: Bolt could not read it", fields);
    return { statusCode: 400, body: "" };
  }
  log.info("no listener for a signed request: acknowledged", fields);
  if (press.type === "block_actions" && press.responseUrl !== undefined) {
    try {
      await respond(press.responseUrl, { ...notice(STALE_BUTTON, { emoji: ":grey_question:" }), response_type: "ephemeral", replace_original: false });
    } catch (error) {
      log.error("could not answer button via response_url", { error });
    }
  }
  return { statusCode: 200, body: "" };
}
