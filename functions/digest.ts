import type { Handler } from "aws-lambda";
import { dynamoClientFromConfig, loadConfig, storeFromConfig } from "#lib/config.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { runDigest, type DigestRunDeps } from "#digest/run.ts";
import type { DigestRunReport } from "#digest/run-report.ts";
import { DEFAULT_DIGEST_BULLETS } from "#digest/digest.ts";
import { createLogger } from "#lib/log.ts";
import { BriefReader } from "#lib/briefs.ts";
import { digestWebClient, slackFinder, slackPoster } from "#slack/digest-poster.ts";

export { runDigest };
export type { DigestRunDeps, DigestRunReport };

/**
 * What the scheduler sends is ignored; an operator re-running a digest by hand (`aws lambda invoke`, see
 * README: "Operate") may name the instant to run as and the channels to limit it to.
 */
export interface DigestEvent {
  now?: string;
  channels?: string[];
}

let deps: (DigestRunDeps & { briefs: BriefReader }) | undefined;

/** Built once per cold start: config is validated here, so a missing secret fails loudly on the first run. */
function depsFromEnvironment(): DigestRunDeps & { briefs: BriefReader } {
  const config = loadConfig();
  const articles = storeFromConfig(config);
  const log = createLogger({ fields: { fn: "digest" } });
  // Each story's stored brief is read, not recomputed; one computed instead (none stored, an older algorithm) is
  // written back, and the handler waits for those writes before it returns.
  const briefs = new BriefReader(articles, log);
  const slack = digestWebClient(config.slackBotToken, config.slackApiUrl);
  return {
    articles,
    subscriptions: new DynamoSubscriptionStore({ client: dynamoClientFromConfig(config), tableName: config.tableName }),
    post: slackPoster(slack),
    find: slackFinder(slack),
    brief: (article) => briefs.brief(article, { bullets: DEFAULT_DIGEST_BULLETS, figures: 1 }),
    log,
    briefs,
  };
}

/** What the handler runs on (built from the environment on first use): `npm start` runs its demo digest on the same. */
export function digestDeps(): DigestRunDeps & { briefs: BriefReader } {
  return (deps ??= depsFromEnvironment());
}

/** `satisfies` checks it against Lambda's handler type; callers keep the plain one-argument promise form. */
export const handler = (async (event: DigestEvent | null | undefined): Promise<DigestRunReport> => {
  const deps = digestDeps();
  const now = event?.now !== undefined ? new Date(event.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`event.now "${String(event?.now)}" is not an ISO 8601 time`);
  const channels = Array.isArray(event?.channels) ? event.channels.filter((c): c is string => typeof c === "string") : undefined;
  try {
    return await runDigest({ ...deps, clock: () => new Date(), ...(channels ? { channels } : {}) }, now);
  } finally {
    await deps.briefs.flush();
  }
}) satisfies Handler<DigestEvent, DigestRunReport>;
