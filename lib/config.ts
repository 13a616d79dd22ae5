import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { Resource } from "sst";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { briefer } from "#lib/briefs.ts";
import type { ArticleStore } from "#store/store.ts";

/**
 * The table `npm start` creates and the CLI uses when none is named (NUTGRAF_TABLE): one name, so
 * `DYNAMODB_ENDPOINT=<npm start's DynamoDB> npx nutgraf seed` loads into the table the page reads.
 */
export const LOCAL_TABLE = "nutgraf-local";

/** What the functions need to run; read once per cold start. */
export interface Config {
  tableName: string;
  /** A local DynamoDB-compatible server (`http://127.0.0.1:8000`); absent on AWS. */
  dynamoEndpoint?: string;
  slackBotToken: string;
  slackSigningSecret: string;
  /** The Slack Web API base, ending in `/api/`; absent means Slack itself. */
  slackApiUrl?: string;
  /**
   * Where a story without a url of its own can be read, with `{id}` for its id (`https://cms.example/story/{id}`):
   * bullets link to their sentence there. `npm start` points it at its own `/articles/{id}` pages.
   */
  articleUrl?: string;
}

/** Config is incomplete: `missing` names every absent setting, so one deploy fixes them all. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly missing: string[]) {
    super(
      `nutgraf is missing configuration: ${missing.join(", ")}. ` +
        "Set them in the environment (or link them in sst.config.ts: npx sst secret set SlackBotToken …).",
    );
  }
}

type Env = Record<string, string | undefined>;

/**
 * A linked SST resource's property, or undefined. `Resource` throws on any name that is not linked (and on every
 * name outside `sst dev`/Lambda), so each access is guarded: tests and `npm start` fall back to the environment.
 */
export function linked(name: string, property: "name" | "value"): string | undefined {
  try {
    const resource = (Resource as unknown as Record<string, unknown>)[name];
    if (resource && typeof resource === "object") {
      const value = (resource as Record<string, unknown>)[property];
      if (typeof value === "string" && value !== "") return value;
    }
  } catch {
    // Not linked here: the environment decides.
  }
  return undefined;
}

const nonEmpty = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());

/**
 * Reads SST's linked resources first (`Articles`, `SlackBotToken`, `SlackSigningSecret`), then the environment
 * (`NUTGRAF_TABLE`, `SLACK_BOT_TOKEN`, `SLACK_SIGNING_SECRET`, `DYNAMODB_ENDPOINT`, `SLACK_API_URL`, `NUTGRAF_ARTICLE_URL`).
 * Passing `env` explicitly (tests, `npm start`) skips SST's links, so a developer's shell cannot leak into a test.
 */
export function loadConfig(env: Env = process.env): Config {
  const useLinks = env === process.env;
  const pick = (resource: string, property: "name" | "value", variable: string) =>
    (useLinks ? linked(resource, property) : undefined) ?? nonEmpty(env[variable]);
  const tableName = pick("Articles", "name", "NUTGRAF_TABLE");
  const slackBotToken = pick("SlackBotToken", "value", "SLACK_BOT_TOKEN");
  const slackSigningSecret = pick("SlackSigningSecret", "value", "SLACK_SIGNING_SECRET");
  const missing = [
    tableName ? undefined : "NUTGRAF_TABLE (or linked Resource.Articles)",
    slackBotToken ? undefined : "SLACK_BOT_TOKEN (or secret SlackBotToken)",
    slackSigningSecret ? undefined : "SLACK_SIGNING_SECRET (or secret SlackSigningSecret)",
  ].filter((m): m is string => m !== undefined);
  if (!tableName || !slackBotToken || !slackSigningSecret) throw new ConfigError(missing);

  const config: Config = { tableName, slackBotToken, slackSigningSecret };
  const endpoint = nonEmpty(env.DYNAMODB_ENDPOINT);
  if (endpoint) config.dynamoEndpoint = endpoint;
  const apiUrl = nonEmpty(env.SLACK_API_URL);
  if (apiUrl) config.slackApiUrl = apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
  const articleUrl = nonEmpty(env.NUTGRAF_ARTICLE_URL);
  if (articleUrl !== undefined) {
    // A template that cannot make a link is a deploy mistake: say so at start, not with cards that silently lack links.
    if (!/^https?:\/\/\S+$/i.test(articleUrl) || !articleUrl.includes("{id}")) throw new ConfigError(["NUTGRAF_ARTICLE_URL (an http(s) URL with {id} in it)"]);
    config.articleUrl = articleUrl;
  }
  return config;
}

/** The store engineer's client (few attempts, short timeouts: a sick table must fail inside Slack's 3 s). */
// One client per container and endpoint: the article store, subscriptions, claims and feedback share its sockets
// instead of each opening their own (a Lambda container serves one request at a time, so nothing is contended).
const clients = new Map<string, DynamoDBClient>();

export function dynamoClientFromConfig(config: Pick<Config, "dynamoEndpoint">): DynamoDBClient {
  const key = config.dynamoEndpoint ?? "";
  let client = clients.get(key);
  if (!client) {
    client = createDynamoClient(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {});
    clients.set(key, client);
  }
  return client;
}

export function storeFromConfig(config: Pick<Config, "tableName" | "dynamoEndpoint">): ArticleStore {
  // Every version the functions store (ingest, feeds) keeps its brief, which `/brief` and the digest then read.
  return new DynamoArticleStore({ client: dynamoClientFromConfig(config), tableName: config.tableName, briefer });
}
