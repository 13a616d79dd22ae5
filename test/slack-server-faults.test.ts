import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closedPort } from "#test/helpers/closed-port.ts";
import { loadConfig, storeFromConfig, type Config } from "#lib/config.ts";
import { createLogger, type LogSink } from "#lib/log.ts";
import { createSlackHandler } from "#slack/app.ts";
import { encodeShareValue, SHARE_ACTION } from "#slack/blocks.ts";
import { encodeFeedbackValue, FEEDBACK_ACTIONS } from "#slack/feedback-blocks.ts";
import { DynamoFeedbackStore } from "#store/dynamo-feedback.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { startSlackApi, type SlackApi } from "#local/slack-api.ts";
import { buttonBody, shownText, signedEvent, slashCommandBody } from "#test/helpers/slack-request.ts";

/**
 * Server faults behind a signed, readable request, into the real handler with the Slack stand-in: Slack never
 * retries a slash command or a button press, and shows any status but 200 as a bare error, so a fault on our side is
 * acknowledged and the editor told what happened, with a ref; only a body that cannot be read is refused (400).
 */
const SECRET = "server-faults-signing-secret";
const TOKEN = "xoxb-server-faults";
let api: SlackApi;
let downEndpoint: string;
let seq = 0;

beforeAll(async () => {
  api = await startSlackApi({ token: TOKEN });
  downEndpoint = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(async () => {
  await api?.stop();
});
beforeEach(() => api.reset());

function handler(sink: LogSink = () => undefined) {
  const config: Config = { ...loadConfig({ NUTGRAF_TABLE: "nutgraf-down", SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET }), dynamoEndpoint: downEndpoint, slackApiUrl: api.url };
  const client = createDynamoClient({ endpoint: downEndpoint, maxAttempts: 1 });
  return createSlackHandler(config, {
    store: storeFromConfig(config),
    deps: { feedback: new DynamoFeedbackStore({ client, tableName: config.tableName }) },
    log: createLogger({ sink }),
    httpTimeoutMs: 2000,
    deadlineMs: 10_000,
  });
}

/** A request's HTTP status and the answers its response_url got. */
async function send(h: ReturnType<typeof handler>, body: (responseUrl: string) => string) {
  const id = `fault-${++seq}`;
  const responseUrl = api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR", messageTs: `1700000000.00000${seq}` });
  const response = await h(signedEvent(body(responseUrl), { secret: SECRET }));
  return { status: response.statusCode, answers: api.calls.filter((c) => c.responseUrlId === id && c.status === 200).map(shownText) };
}

const ENTRY_POINTS = [
  ["/brief", (responseUrl: string) => slashCommandBody({ text: "paris", responseUrl })],
  ["Post to channel", (responseUrl: string) => buttonBody({ actionId: SHARE_ACTION, value: encodeShareValue({ kind: "brief", id: "story-1", bullets: 3 }), responseUrl })],
  [
    "a feedback button",
    (responseUrl: string) =>
      buttonBody({ actionId: FEEDBACK_ACTIONS.useful, value: encodeFeedbackValue({ id: "story-1", version: 1, contentHash: "0123456789abcdef", bullets: 3 }), responseUrl, blockId: "feedback", actionTs: `${Math.floor(Date.now() / 1000)}.000100` }),
  ],
] as const;

describe("the table unreachable behind every entry point", () => {
  // Bolt answers 500 only for a body it cannot dispatch (a press without `user`), which unanswered.ts refuses as 400:
  // a fault on our side never gets that far, each listener answers its own.
  it.each(ENTRY_POINTS)("%s: acknowledged (200), and the editor told the archive cannot be reached", async (_name, body) => {
    const { status, answers } = await send(handler(), body);
    expect(status).toBe(200);
    expect(answers).toEqual([expect.stringContaining("Couldn't reach the archive")]);
  });

  // The one fault that did reach Bolt's 500: a log write that throws (a closed stdout, EPIPE). Each error line on
  // the way out threw again (the listener's, app.error's, Bolt's own, the handler's last resort), so the handler
  // rejected: a Lambda error, which the Function URL turns into a 502, and the editor was told nothing.
  it.each(ENTRY_POINTS)("%s with a log sink that throws: the same 200 and the same answer", async (_name, body) => {
    const { status, answers } = await send(handler(() => {
      throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
    }), body);
    expect(status).toBe(200);
    expect(answers).toEqual([expect.stringContaining("Couldn't reach the archive")]);
  });
});
