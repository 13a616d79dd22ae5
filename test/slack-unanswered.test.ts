import { describe, expect, it } from "vitest";
import { SHARE_ACTION } from "#slack/blocks.ts";
import { encodeFeedbackValue, FEEDBACK_ACTIONS } from "#slack/feedback-blocks.ts";
import { STALE_BUTTON } from "#slack/unanswered.ts";
import { useSlackFunctionUrl } from "#test/helpers/slack-stack.ts";
import { buttonBody, shownText, slackSignature } from "#test/helpers/slack-request.ts";

/**
 * Signed presses Bolt answers without any listener's help, sent as raw HTTP into a Function URL stand-in in front of
 * the real handler (functions/slack.ts): a press nothing listens for was a 404 and a press without `user` a 500,
 * which Slack shows the editor as a bare error icon. Each must get a defined answer, never a 5xx.
 */
const SECRET = "unanswered-signing-secret";
const TOKEN = "xoxb-unanswered";

const slack = useSlackFunctionUrl({ secret: SECRET, token: TOKEN });
let seq = 0;

/** A button press body with `change` applied to its payload, and the id its response_url answers are recorded under. */
function press(actionId: string, change: (payload: Record<string, unknown>) => void = () => undefined) {
  const id = `press-${++seq}`;
  const responseUrl = slack.stack.api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR", messageTs: "1700000000.000001" });
  const payload = JSON.parse(new URLSearchParams(buttonBody({ actionId, value: "anything", responseUrl })).get("payload")!) as Record<string, unknown>;
  change(payload);
  return { id, body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString() };
}

async function post(body: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(slack.fn.url, {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(timestamp), "x-slack-signature": slackSignature(SECRET, timestamp, body) },
  });
  await response.arrayBuffer();
  return response.status;
}

const answers = (id: string) => slack.stack.api.calls.filter((c) => c.responseUrlId === id);

describe("a signed button press no listener answers", () => {
  it("whose action_id nothing listens for (a card of an older release) is acknowledged, and the editor told the button no longer works", async () => {
    const p = press("share_card_v0");
    expect(await post(p.body)).toBe(200);
    expect(answers(p.id).map((c) => [shownText(c), c.body.response_type, c.body.replace_original])).toEqual([[`:grey_question: ${STALE_BUTTON}`, "ephemeral", false]]);
  });

  it("with no actions at all is acknowledged too, with the same answer", async () => {
    const p = press(SHARE_ACTION, (payload) => void (payload.actions = []));
    expect(await post(p.body)).toBe(200);
    expect(answers(p.id).map(shownText)).toEqual([`:grey_question: ${STALE_BUTTON}`]);
  });

  it("that is no button (a message shortcut of an older release) is acknowledged without telling anyone about a button", async () => {
    const p = press("unused", (payload) => {
      Object.assign(payload, { type: "message_action", callback_id: "old_shortcut", message: { type: "message", ts: "1700000000.000001", text: "a story" } });
      delete payload.actions;
    });
    expect(await post(p.body)).toBe(200);
    expect(answers(p.id)).toEqual([]);
  });

  it.each([
    ["the share button", SHARE_ACTION],
    ["a feedback button", FEEDBACK_ACTIONS.useful],
  ])("on %s without `user` is refused as unreadable (400), not a 500, and nothing is posted", async (_name, actionId) => {
    const p = press(actionId, (payload) => void delete payload.user);
    expect(await post(p.body)).toBe(400);
    expect(slack.stack.api.calls).toEqual([]);
  });

  it("with a user and a known action still reaches its listener (not taken for unanswered)", async () => {
    const value = encodeFeedbackValue({ id: "0123456789ab", version: 1, contentHash: "0123456789abcdef", bullets: 3 });
    const p = press(FEEDBACK_ACTIONS.useful, (payload) => void ((payload.actions as Array<Record<string, unknown>>)[0]!.value = value));
    expect(await post(p.body)).toBe(200);
    // The feedback listener's own answer: no such story is stored.
    expect(answers(p.id).map(shownText)).toEqual([":grey_question: That story has changed since this brief was made; run the command again to comment on the new one."]);
  });
});
