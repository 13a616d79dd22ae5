import { briefArticle } from "#brief/brief.ts";
import type { DigestRunDeps } from "#digest/run.ts";
import type { SlackApi } from "#local/slack-api.ts";
import { createLogger } from "#lib/log.ts";
import { runCommand, type CommandDeps, type Invocation } from "#slack/commands.ts";
import { digestWebClient, slackFinder, slackPoster } from "#slack/digest-poster.ts";
import { createSlackHandler } from "#slack/app.ts";
import "#slack/subscription-commands.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { DynamoPressClaims } from "#store/dynamo-press-claims.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import type { SubscriptionStore } from "#digest/subscriptions.ts";
import { STORIES } from "#test/helpers/digest-fixtures.ts";
import type { EngineSuite } from "#test/helpers/engine-suite.ts";
import type { TestTable } from "#test/helpers/dynamo.ts";
import { shownText, signedEvent, slashCommandBody } from "#test/helpers/slack-request.ts";

/** One channel's `/brief` commands and digest runs over a fresh table holding the fixture stories. */
export interface DigestChannel {
  table: TestTable;
  articles: DynamoArticleStore;
  subscriptions: DynamoSubscriptionStore;
  /** `/brief <text>` in the channel at `now`, through the real command handler; its reply's blocks as JSON. */
  brief(text: string, now: Date): Promise<string>;
  /**
   * `/brief <text>` at `now` as Slack sends it: signed HTTP into the real Slack handler (createSlackHandler), whose
   * answer goes over HTTP to the stand-in's response_url; the text the editor is shown.
   */
  slash(text: string, now: Date): Promise<string>;
  /** A real digest run's deps: the stores, the Slack stand-in's poster, the real brief. */
  deps(extra?: Partial<DigestRunDeps>): DigestRunDeps;
}

/**
 * How `slash` reaches the table when a case needs it to misbehave: the subscriptions store its handler uses (one over a
 * fault proxy, made for the channel's table) and the request's deadline, short enough to be answered "slow".
 */
export interface SlashVia {
  subscriptions: (tableName: string) => SubscriptionStore;
  deadlineMs: number;
}

/** The schedule tests' shared set-up (re-subscribe, one a day), on the suite's engine and the Slack stand-in (reset). */
export async function openDigestChannel(suite: EngineSuite, api: SlackApi, token: string, invocation: Invocation, via?: SlashVia): Promise<DigestChannel> {
  const table = await suite.server.table();
  suite.open.push(table);
  const articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  const subscriptions = new DynamoSubscriptionStore({ client: table.client, tableName: table.tableName });
  for (const story of STORIES) await articles.put(story);
  api.reset();
  const brief = async (text: string, now: Date) => {
    const deps: CommandDeps = { store: articles, log: createLogger({ sink: () => undefined }), now: () => now, subscriptions };
    return JSON.stringify((await runCommand(text, invocation, deps)).blocks);
  };
  let clock = new Date(0);
  const secret = `${token}-signing-secret`;
  const handler = createSlackHandler(
    { tableName: table.tableName, dynamoEndpoint: table.endpoint, slackBotToken: token, slackSigningSecret: secret, slackApiUrl: api.url },
    {
      store: articles,
      claims: new DynamoPressClaims({ client: table.client, tableName: table.tableName }),
      deps: { subscriptions: via ? via.subscriptions(table.tableName) : subscriptions },
      now: () => clock,
      log: createLogger({ sink: () => undefined }),
      // A loaded machine's DynamoDB Local can take seconds: these cases are about what the reply says, not its speed.
      deadlineMs: via?.deadlineMs ?? 20_000,
      // "Slow", not "busy": a loaded machine's late timers are not what a short deadline here is about.
      ...(via ? { overloadLagMs: 60_000 } : {}),
    },
  );
  let slashes = 0;
  const slash = async (text: string, now: Date) => {
    clock = now;
    const id = `digest-channel-${++slashes}`;
    const responseUrl = api.responseUrl(id, { channel: invocation.channelId, user: invocation.userId });
    const body = slashCommandBody({ text, responseUrl, channelId: invocation.channelId, userId: invocation.userId, ...(invocation.teamId ? { teamId: invocation.teamId } : {}) });
    const response = await handler(signedEvent(body, { secret }));
    const answers = api.calls.filter((c) => c.responseUrlId === id);
    if (response.statusCode !== 200 || answers.length !== 1) throw new Error(`/brief ${text}: HTTP ${response.statusCode}, ${answers.length} answers`);
    return shownText(answers[0]!);
  };
  const deps = (extra: Partial<DigestRunDeps> = {}): DigestRunDeps => ({
    articles,
    subscriptions,
    post: slackPoster(digestWebClient(token, api.url)),
    find: slackFinder(digestWebClient(token, api.url)),
    brief: (a) => briefArticle(a, { bullets: 2, figures: 1 }),
    ...extra,
  });
  return { table, articles, subscriptions, brief, slash, deps };
}
