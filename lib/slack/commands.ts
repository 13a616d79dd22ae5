import { DEFAULT_BULLETS, type Brief } from "#brief/brief.ts";
import { BriefReader, changesBetween, resolveBrief } from "#lib/briefs.ts";
import { collectDigest } from "#digest/digest.ts";
import { DIGEST_USAGE, FILTER_FORMS, describeFilter, isEmptyFilter, isFilterToken, matchesFilter, parseDigestArgs, parseFilter, tokenize } from "#digest/filters.ts";
import type { Logger } from "#lib/log.ts";
import { StoreError, type ArticleStore, type StoredArticle } from "#store/store.ts";
import {
  archiveDownMessage,
  archiveSlowMessage,
  briefCard,
  busyMessage,
  damagedStoryMessage,
  escapeMrkdwn,
  failureMessage,
  figuresCard,
  helpMessage,
  latestList,
  MAX_LATEST,
  notFoundMessage,
  notice,
  type ShareValue,
  type SlackMessage,
} from "#slack/blocks.ts";
import { digestMessage } from "#slack/digest-blocks.ts";
import { bulletLinks } from "#slack/story-links.ts";
import { whyText } from "#slack/why-blocks.ts";
import { feedbackActions } from "#slack/feedback-blocks.ts";
import { DeadlineExceeded, eventLoopLagMs, OVERLOAD_LAG_MS, type Deadline } from "#slack/deadline.ts";

/** Who asked, where: everything a sub-command may need from the slash-command payload, nothing Slack-SDK shaped. */
export interface Invocation {
  userId: string;
  channelId: string;
  teamId?: string;
  /** Printed in error messages and on every log line of the request. */
  correlationId: string;
}

/**
 * What sub-commands run against. An interface so other modules can add what their sub-commands need by
 * declaration merging (`declare module "./slack/commands.ts" { interface CommandDeps { subscriptions?: … } }`)
 * and the Slack handler passes it along.
 */
export interface CommandDeps {
  store: ArticleStore;
  log: Logger;
  /** The clock, for "last 24 hours"; never used in ranking. */
  now: () => Date;
  /** The request's deadline: a command still running then is answered "slow" or "busy" instead. */
  deadline?: Deadline;
  /**
   * Briefs read from the store (computed and written back where the stored one is missing or out of date). The
   * Slack app passes one per request and waits for its write-backs after answering; runCommand makes one otherwise.
   */
  briefs?: BriefReader;
}

export interface SubCommand {
  /** The first word after `/brief`, lower case. */
  name: string;
  usage: string;
  summary: string;
  run(args: string, invocation: Invocation, deps: CommandDeps): Promise<SlackMessage>;
}

const registry = new Map<string, SubCommand>();

/** Adds (or replaces) a sub-command; `help` lists them in registration order. */
export function registerSubCommand(command: SubCommand): void {
  registry.set(command.name.toLowerCase(), command);
}

export function subCommands(): SubCommand[] {
  return [...registry.values()];
}

export type ParsedCommand =
  | { kind: "help"; reason?: "empty" | "asked" }
  | { kind: "sub"; name: string; args: string }
  | { kind: "lookup"; query: string };

/** Pure: `/brief` text → what to do. Sub-command names win over headline words; anything else is a lookup. */
export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.replace(/\s+/g, " ").trim();
  if (trimmed === "") return { kind: "help", reason: "empty" };
  const [first = "", ...rest] = trimmed.split(" ");
  const name = first.toLowerCase();
  if (name === "help" || name === "?" || name === "-h" || name === "--help") return { kind: "help", reason: "asked" };
  if (registry.has(name)) return { kind: "sub", name, args: rest.join(" ") };
  return { kind: "lookup", query: trimmed };
}

const ID = /^[A-Za-z0-9_.-]{1,64}$/;
const SEARCH_LIMIT = 21;

export interface Found {
  article: StoredArticle;
  /** How many other stories matched a headline search (0 for an id). */
  others: number;
  /** True when the search hit its limit, so "others" is a lower bound. */
  more: boolean;
}

/** An id first (exact), then headline words: newest match wins. */
export async function findArticle(store: ArticleStore, query: string): Promise<Found | undefined> {
  const q = query.trim();
  if (ID.test(q)) {
    const article = await store.get(q);
    if (article) return { article, others: 0, more: false };
  }
  const matches = await store.search(q, SEARCH_LIMIT);
  const [article] = matches;
  if (!article) return undefined;
  return { article, others: matches.length - 1, more: matches.length === SEARCH_LIMIT };
}

function othersNote(found: Found): string | undefined {
  if (found.others === 0) return undefined;
  const n = found.more ? `${found.others}+` : String(found.others);
  return `${n} other ${found.others === 1 ? "story" : "stories"} matched; this is the newest. Use \`/brief <id>\` for another.`;
}

/**
 * The brief of a stored version, from the brief stored with it when that is current. With a reader, one computed
 * instead is written back; without (feedback and share buttons, which re-read a brief `/brief` just showed), not.
 */
export function buildBrief(article: StoredArticle, bullets = DEFAULT_BULLETS, figures = 5, briefs?: BriefReader): Brief {
  const options = { bullets, figures };
  return briefs ? briefs.brief(article, options) : resolveBrief(article, options).brief;
}

async function briefCommand(query: string, deps: CommandDeps): Promise<SlackMessage> {
  const found = await findArticle(deps.store, query);
  if (!found) return notFoundMessage(query);
  const brief = buildBrief(found.article, DEFAULT_BULLETS, 5, deps.briefs);
  const note = othersNote(found);
  const links = bulletLinks(found.article, brief, deps.articleUrl);
  return briefCard(brief, {
    share: { kind: "brief", id: brief.article.id, bullets: brief.bullets.length },
    ...(note ? { note } : {}),
    ...(links ? { bulletLinks: links } : {}),
    why: whyText(brief),
    ...(deps.feedback ? { actions: [feedbackActions(brief, found.article)] } : {}),
  });
}

/** How many of the newest stories a filtered `/brief latest` looks through for ones that pass. */
export const LATEST_FILTER_SCAN = 200;
const LATEST_USAGE = "/brief latest [N] [section:<name>] [source:<name>]";
const COUNT_LIKE = /^[-+]?\d+(?:\.\d+)?$/;

registerSubCommand({
  name: "latest",
  usage: LATEST_USAGE,
  summary: `the newest N stories (default 5, at most ${MAX_LATEST}) with ids and their top bullet; only one section or source with section:business, source:AP`,
  async run(args, _invocation, deps) {
    const tokens = tokenize(args.trim());
    // "/brief latest news from paris" is a headline search that happens to start with the sub-command's name.
    // A number that is not a count ("-3", "2.5") is a mistake to explain, not a headline to search for.
    if (tokens.some((t) => !COUNT_LIKE.test(t) && !isFilterToken(t))) return briefCommand(`latest ${args.trim()}`, deps);
    const parsed = parseFilter(tokens);
    if (!parsed.ok) return notice(parsed.error, { emoji: ":grey_question:", hint: `Usage: \`${escapeMrkdwn(LATEST_USAGE)}\`, e.g. \`/brief latest 5 section:business\`` });
    const { filter, rest } = parsed.value;
    if (rest.length > 1) return notice(`Give one number of stories, not "${rest.join(" ")}".`, { emoji: ":grey_question:", hint: `Usage: \`${escapeMrkdwn(LATEST_USAGE)}\`` });
    const n = rest.length === 0 ? 5 : Number(rest[0]);
    if (!Number.isInteger(n) || n < 1) {
      return notice(`Ask for 1 to ${MAX_LATEST} stories: \`/brief latest 5\` (or \`/brief latest\` for 5)`, { emoji: ":grey_question:" });
    }
    const wanted = Math.min(n, MAX_LATEST);
    if (isEmptyFilter(filter)) {
      const articles = await deps.store.latest(wanted);
      return latestList(articles.map((a) => buildBrief(a, 1, 1, deps.briefs)), n);
    }
    const articles = (await deps.store.latest(LATEST_FILTER_SCAN)).filter((a) => matchesFilter(a, filter)).slice(0, wanted);
    if (articles.length === 0) {
      return notice(`No story with ${describeFilter(filter)} among the newest ${LATEST_FILTER_SCAN}.`, {
        emoji: ":mag:",
        hint: `Filters are ${escapeMrkdwn(FILTER_FORMS)}; names match the stories' own section and credit, in any case.`,
      });
    }
    return latestList(articles.map((a) => buildBrief(a, 1, 1, deps.briefs)), n, describeFilter(filter));
  },
});

registerSubCommand({
  name: "figures",
  usage: "/brief figures <id or headline words>",
  summary: "the full key-figure card: every number that matters, with what it counts",
  async run(args, _invocation, deps) {
    if (args.trim() === "") return notice("Which story? Try /brief figures paris, or /brief figures followed by an id.", { emoji: ":grey_question:" });
    const found = await findArticle(deps.store, args);
    if (!found) return notFoundMessage(args);
    const brief = buildBrief(found.article, 1, 10, deps.briefs);
    const note = othersNote(found);
    return figuresCard(brief, { share: { kind: "figures", id: brief.article.id }, ...(note ? { note } : {}) });
  },
});

const DAY_MS = 24 * 60 * 60 * 1000;

registerSubCommand({
  name: "digest",
  usage: DIGEST_USAGE,
  summary: "the digest of the last 24 hours, now (the same one subscribed channels get each morning); since 6h for another window, section: or source: for some stories",
  async run(args, invocation, deps) {
    const parsed = parseDigestArgs(args, DAY_MS);
    if (!parsed.ok) return notice(parsed.error, { emoji: ":grey_question:", hint: `Usage: \`${escapeMrkdwn(DIGEST_USAGE)}\`, e.g. \`/brief digest since 6h section:business\`` });
    const until = deps.now();
    const digest = await collectDigest(deps.store, {
      since: new Date(until.getTime() - parsed.value.windowMs),
      until,
      ...(isEmptyFilter(parsed.value.filter) ? {} : { filter: parsed.value.filter }),
      brief: (article) => buildBrief(article, DEFAULT_BULLETS, 5, deps.briefs),
      compare: (older, newer) => changesBetween(older, newer, deps.briefs),
      onBriefError: (article, error) =>
        deps.log.warn("story left out of digest", { articleId: article.id, error, correlationId: invocation.correlationId }),
    });
    return digestMessage(digest);
  },
});

const LOOKUP_HELP = [
  { usage: "/brief <id>", summary: "the brief of one story: its best sentences, verbatim, and its key figures" },
  { usage: "/brief <headline words>", summary: "the newest story whose headline has all those words" },
];

export function help(intro?: string): SlackMessage {
  return helpMessage(
    [...LOOKUP_HELP, ...subCommands().map((c) => ({ usage: c.usage, summary: c.summary })), { usage: "/brief help", summary: "this list" }],
    intro,
  );
}

/**
 * Runs one `/brief` and always returns something to show: archive failures become "couldn't reach the archive"
 * and anything unexpected a generic apology, both with the correlation id the log line carries.
 */
export async function runCommand(text: string, invocation: Invocation, deps: CommandDeps): Promise<SlackMessage> {
  const parsed = parseCommand(text);
  const log = deps.log;
  // A reader of our own when the caller brought none: then its write-backs are waited for here.
  const own = deps.briefs ? undefined : new BriefReader(deps.store, log);
  if (own) deps = { ...deps, briefs: own };
  const run = (): Promise<SlackMessage> => {
    switch (parsed.kind) {
      case "help":
        return Promise.resolve(help());
      case "sub": {
        const command = registry.get(parsed.name);
        return command ? command.run(parsed.args, invocation, deps) : Promise.resolve(help());
      }
      case "lookup":
        return briefCommand(parsed.query, deps);
    }
  };
  try {
    return await (deps.deadline ? deps.deadline.race(parsed.kind === "sub" ? parsed.name : parsed.kind, run()) : run());
  } catch (error) {
    return failureReply(error, invocation, log, parsed.kind === "sub" ? parsed.name : parsed.kind);
  } finally {
    await own?.flush();
  }
}

/** A timeout somewhere in the error's causes: the other side did not answer in time (it is not known to be down). */
function timedOut(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (e.name === "TimeoutError" || e.name === "AbortError" || code === "ETIMEDOUT" || code === "ECONNABORTED" || e instanceof DeadlineExceeded) return true;
    e = e.cause;
  }
  return false;
}

/**
 * The answer for a failed command, as true as we can make it: overloaded → "busy, try again"; the archive too slow
 * for the deadline or its own request timeout (StoreError TIMEOUT) → "slow"; throttled → "busy"; only a refused or failed connection → "couldn't reach".
 */
export function failureReply(error: unknown, invocation: Invocation, log: Logger, command: string): SlackMessage {
  const ref = invocation.correlationId;
  // TIMEOUT is the table client's own requestTimeout (or a caller's signal): the table is up but did not answer.
  const tableSlow = error instanceof StoreError && (error.code === "TIMEOUT" || (error.code === "UNAVAILABLE" && timedOut(error)));
  if (error instanceof DeadlineExceeded || tableSlow) {
    const overloaded = error instanceof DeadlineExceeded ? error.overloaded : eventLoopLagMs() > OVERLOAD_LAG_MS;
    log.warn(overloaded ? "overloaded: answered busy" : "archive slow: answered slow", { command, error, lagMs: Math.round(eventLoopLagMs()), correlationId: ref });
    return overloaded ? busyMessage(ref) : archiveSlowMessage(ref);
  }
  if (error instanceof StoreError && error.code === "THROTTLED") {
    log.error("archive throttled", { command, code: error.code, error, correlationId: ref });
    return busyMessage(ref, "The archive is");
  }
  if (error instanceof StoreError && error.code === "MALFORMED_ITEM") {
    log.error("stored story is malformed", { command, code: error.code, error, correlationId: invocation.correlationId });
    return damagedStoryMessage(invocation.correlationId);
  }
  if (error instanceof StoreError) {
    log.error("archive unavailable", { command, code: error.code, error, correlationId: invocation.correlationId });
    return archiveDownMessage(invocation.correlationId);
  }
  log.error("command failed", { command, error, correlationId: invocation.correlationId });
  return failureMessage(invocation.correlationId);
}

/** Rebuilds the card a share button points at, deterministically, so what the channel sees is what the editor saw. */
export async function sharedCard(
  value: ShareValue,
  sharedBy: string,
  store: ArticleStore,
  deps: Pick<Partial<CommandDeps>, "articleUrl"> = {},
): Promise<SlackMessage | undefined> {
  const article = await store.get(value.id);
  if (!article) return undefined;
  if (value.kind === "figures") return figuresCard(buildBrief(article, 1, 10), { sharedBy });
  const brief = buildBrief(article, value.bullets ?? DEFAULT_BULLETS);
  const links = bulletLinks(article, brief, deps.articleUrl);
  return briefCard(brief, { sharedBy, ...(links ? { bulletLinks: links } : {}), why: whyText(brief) });
}
