import { dynamoClientFromConfig, type Config } from "#lib/config.ts";
import { DynamoSubscriptionStore } from "#store/dynamo-subscriptions.ts";
import { parseSubscribeArgs, type DamagedSubscription, type Subscription, type SubscriptionStore } from "#digest/subscriptions.ts";
import { pendingSlot, planStart, postedInstant } from "#digest/schedule-start.ts";
import { DEFAULT_CATCH_UP_MS, DEFAULT_STALE_AFTER_MS } from "#digest/run.ts";
import { deadRunNote, dueNow, inFlightNote, nextDigest, postedToday, slotText } from "#slack/next-digest.ts";
import { claimSlotInstant } from "#digest/one-a-day.ts";
import { escapeMrkdwn, fitMrkdwn, LIMITS, notice, type SlackMessage } from "#slack/blocks.ts";
import { cutMrkdwn } from "#slack/cut-mrkdwn.ts";
import { registerSubCommand, type CommandDeps } from "#slack/commands.ts";
import { describeFilter, FILTER_FORMS, filterOf, parseFilter, tokenize } from "#digest/filters.ts";

declare module "./commands.ts" {
  interface CommandDeps {
    /** Where `/brief subscribe` keeps its subscriptions; without it those sub-commands say they are not set up. */
    subscriptions?: SubscriptionStore;
    /** IANA zone for `/brief subscribe` without one: the workspace's (NUTGRAF_TIME_ZONE), default UTC. */
    defaultTimeZone?: string;
  }
}

const USAGE = "/brief subscribe [HH:MM] [time zone] [quiet] [section:<name>] [source:<name>]";
const LIST_LIMIT = 50;

/** The deps these sub-commands need, from the same config and table as the article store. */
export function subscriptionCommandDeps(config: Pick<Config, "tableName" | "dynamoEndpoint">, env: Record<string, string | undefined> = process.env): Partial<CommandDeps> {
  return {
    subscriptions: new DynamoSubscriptionStore({ client: dynamoClientFromConfig(config), tableName: config.tableName }),
    defaultTimeZone: env.NUTGRAF_TIME_ZONE?.trim() || "UTC",
  };
}

function notSetUp(): SlackMessage {
  return notice("Digest subscriptions are not set up on this deployment.", { emoji: ":warning:" });
}

function describeSubscription(s: Subscription): string {
  const filter = describeFilter(filterOf(s));
  return `${s.time} ${s.timeZone}${s.quietWhenEmpty ? ", quiet on empty days" : ""}${filter ? `, only ${filter}` : ""}`;
}

/** A command that a later `/brief subscribe` overtook (its own write came late): what stands, and how to have it after all. */
function laterSubscribeStands(current: Subscription | undefined, again: string): SlackMessage {
  const named = current ? ` (${describeSubscription(current)})` : "";
  return notice(`Not changed: a later \`/brief subscribe\` in this channel was stored first${named}, and it stands. ${again}`, { emoji: ":information_source:" });
}

/** A listed item: a damaged one's settings are unknown, so it says what to do instead. */
function describeEntry(s: Subscription | DamagedSubscription): string {
  return "damaged" in s ? "damaged — re-subscribe to repair" : describeSubscription(s);
}

registerSubCommand({
  name: "subscribe",
  usage: USAGE,
  summary: "post the digest in this channel every day (default 07:00; add a zone like Europe/Paris, `quiet` to skip empty days, section:world or source:AP for some stories)",
  async run(args, invocation, deps) {
    if (!deps.subscriptions) return notSetUp();
    const hint = `Usage: \`${escapeMrkdwn(USAGE)}\`, e.g. \`/brief subscribe 07:30 Europe/London section:world\`; filters are ${escapeMrkdwn(FILTER_FORMS)}`;
    const filtered = parseFilter(tokenize(args.trim()));
    if (!filtered.ok) return notice(filtered.error, { emoji: ":grey_question:", hint });
    const parsed = parseSubscribeArgs(filtered.value.rest.join(" "), deps.defaultTimeZone ?? "UTC");
    if (!parsed.ok) return notice(parsed.error, { emoji: ":grey_question:", hint });
    const now = deps.now();
    const last = await deps.subscriptions.lastPosted(invocation.channelId);
    const lastPostedAt = last ? postedInstant(last) : undefined;
    // Claims are read before the write, so a table that fails here fails the command with nothing changed.
    const lastSlotAt = last ? claimSlotInstant(last) : undefined;
    const windows = { catchUpMs: DEFAULT_CATCH_UP_MS, staleAfterMs: DEFAULT_STALE_AFTER_MS };
    const { start, first, taken, candidate, sameDayInFlight, sameDayUnsettled } = await planStart(deps.subscriptions, invocation.channelId, parsed.value, now, lastSlotAt, windows);
    const subscription: Subscription = {
      channelId: invocation.channelId,
      ...(invocation.teamId ? { teamId: invocation.teamId } : {}),
      ...parsed.value,
      ...filtered.value.filter,
      createdBy: invocation.userId,
      createdAt: start.toISOString(),
    };
    const outcome = await deps.subscriptions.subscribe(subscription, { requestedAt: now });
    if (outcome.byUnsubscribe) return notice("Not changed: a later `/brief unsubscribe` in this channel was stored first, and it stands: no digests here. Type yours again to subscribe.", { emoji: ":information_source:" });
    if (outcome.status === "superseded") return laterSubscribeStands(outcome.current, "Type yours again to replace it.");
    const stored = { ...subscription, createdAt: outcome.keptStart ?? subscription.createdAt };
    // The same settings again, typically after a "slow" answer whose write still landed: "(was 07:00 …)" read as a change.
    const before = outcome.previous && describeSubscription(outcome.previous);
    const was = before === undefined ? "" : before === describeSubscription(subscription) ? " (as it already was)" : ` (was ${before})`;
    // A kept start may leave a slot that has come still to be posted: that one is next, not the clock's next slot.
    const pending = candidate ? pendingSlot(stored, now, DEFAULT_CATCH_UP_MS) : undefined;
    const next = pending && candidate
      ? `${slotText(pending.at, stored.timeZone)} (due now: ${dueNow(candidate.holder, pending, stored.timeZone)})${inFlightNote(candidate.sameDayInFlight)}${deadRunNote(candidate.sameDayUnsettled)}`
      : `${nextDigest(stored, now)}${taken && !outcome.keptStart ? ` (${slotText(first, stored.timeZone)} was already used under the zone before, and a channel gets one digest a day)` : postedToday(stored, now, lastPostedAt)}${inFlightNote(sameDayInFlight)}${deadRunNote(sameDayUnsettled)}`;
    return notice(
      `This channel gets the nutgraf digest every day at ${describeSubscription(subscription)}${was}. Next: ${next}.`,
      { emoji: ":newspaper:", hint: "I can only post where I'm a member: `/invite @nutgraf` if I'm not here yet. `/brief unsubscribe` stops it." },
    );
  },
});

registerSubCommand({
  name: "unsubscribe",
  usage: "/brief unsubscribe",
  summary: "stop the daily digest in this channel",
  async run(_args, invocation, deps) {
    if (!deps.subscriptions) return notSetUp();
    const removed = await deps.subscriptions.unsubscribe(invocation.channelId, { requestedAt: deps.now() });
    if (!removed) return notice("This channel has no digest subscription.", { emoji: ":information_source:", hint: `\`${escapeMrkdwn(USAGE)}\` starts one.` });
    if ("superseded" in removed) return laterSubscribeStands(removed.current, "Type `/brief unsubscribe` again to stop it.");
    // A damaged item's settings are unknown (the digest had been skipping it): say it is gone, not what it was.
    if ("damaged" in removed) return notice("Unsubscribed: no more digests here (its stored settings were damaged, so it had not been posting).", { emoji: ":wave:" });
    return notice(`Unsubscribed: no more digests here (it was ${describeSubscription(removed)}).`, { emoji: ":wave:" });
  },
});

registerSubCommand({
  name: "subscriptions",
  usage: "/brief subscriptions",
  summary: "the channels that get the daily digest, and when",
  async run(_args, invocation, deps) {
    if (!deps.subscriptions) return notSetUp();
    // Damaged items too: the digest skips them, and a channel missing from the list never learnt why nothing came.
    const all = (await deps.subscriptions.listWithDamaged()).filter((s) => !invocation.teamId || !s.teamId || s.teamId === invocation.teamId);
    if (all.length === 0) return notice("No channel gets the digest yet.", { emoji: ":information_source:", hint: `\`${escapeMrkdwn(USAGE)}\` in a channel subscribes it.` });
    // Channel ids are Slack's own ([A-Z0-9]); `<#C…>` renders as the channel's name for each reader.
    const lines = all.slice(0, LIST_LIMIT).map((s) => `•  <#${s.channelId.replace(/[^A-Z0-9]/gi, "")}>  ${escapeMrkdwn(describeEntry(s))}`);
    if (all.length > LIST_LIMIT) lines.push(`_…and ${all.length - LIST_LIMIT} more_`);
    const text = `*Digest subscriptions (${all.length})*\n${lines.join("\n")}`;
    // The fallback is raw text, escaped as it is cut; the list is built mrkdwn (entities, mentions), cut between them.
    return {
      text: fitMrkdwn(`Digest subscriptions: ${all.map((s) => `${s.channelId} ${describeEntry(s)}`).join("; ")}`, 3000),
      blocks: [{ type: "section", text: { type: "mrkdwn", text: cutMrkdwn(text, LIMITS.sectionText) } }],
    };
  },
});
