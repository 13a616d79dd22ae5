import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Article } from "#news/article.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startSlackApi, type RecordedCall, type SlackApi } from "#local/slack-api.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";
import { startFunctionUrl, type FunctionUrl } from "#test/helpers/function-url.ts";
import { signedEvent, slashCommandBody, type FunctionUrlHandler } from "#test/helpers/slack-request.ts";

export interface SlackStack {
  table: TestTable;
  api: SlackApi;
  articles: DynamoArticleStore;
  /** functions/slack.ts's handler, configured from the environment as on Lambda. */
  handler: FunctionUrlHandler;
  stop(): Promise<void>;
}

/**
 * A local DynamoDB table holding `stories`, the Slack Web API stand-in, and the Lambda handler pointed at both
 * through the environment. One per test file: the handler builds its app once per process.
 */
export async function startSlackStack(options: { secret: string; token: string; stories: readonly Article[] }): Promise<SlackStack> {
  const [table, api] = await Promise.all([startTestTable(), startSlackApi({ token: options.token })]);
  const articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  for (const story of options.stories) await articles.put(story);
  Object.assign(process.env, {
    NUTGRAF_TABLE: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    SLACK_BOT_TOKEN: options.token,
    SLACK_SIGNING_SECRET: options.secret,
    SLACK_API_URL: api.url,
    NUTGRAF_LOG_LEVEL: "error",
  });
  const handler = (await import("#functions/slack.ts")).handler;
  return { table, api, articles, handler, stop: async () => void (await Promise.all([api.stop(), table.stop()])) };
}

let slashSeq = 0;

/** `/brief <text>` from C0NEWS, signed with `secret`, into the stack's handler: its HTTP status and what reached its response_url. */
export async function slashInto(stack: SlackStack, secret: string, text: string): Promise<{ status: number | undefined; answers: RecordedCall[] }> {
  const id = `slash-${++slashSeq}`;
  const responseUrl = stack.api.responseUrl(id, { channel: "C0NEWS", user: "U0EDITOR" });
  const response = await stack.handler(signedEvent(slashCommandBody({ text, responseUrl }), { secret }));
  return { status: response.statusCode, answers: stack.api.calls.filter((c) => c.responseUrlId === id) };
}

/**
 * For a test file that sends raw HTTP to the handler: a stack with no stories behind a Function URL stand-in, started
 * before the file's tests and stopped after them, the Slack stand-in's record cleared before each test.
 */
export function useSlackFunctionUrl(options: { secret: string; token: string }): { readonly stack: SlackStack; readonly fn: FunctionUrl } {
  let stack: SlackStack | undefined;
  let fn: FunctionUrl | undefined;
  beforeAll(async () => {
    stack = await startSlackStack({ ...options, stories: [] });
    fn = await startFunctionUrl((event) => stack!.handler(event));
  });
  afterAll(async () => {
    await fn?.close();
    await stack?.stop();
  });
  beforeEach(() => stack?.api.reset());
  return {
    get stack(): SlackStack {
      if (!stack) throw new Error("the Slack stack has not started (use it inside a test)");
      return stack;
    },
    get fn(): FunctionUrl {
      if (!fn) throw new Error("the Function URL has not started (use it inside a test)");
      return fn;
    },
  };
}
