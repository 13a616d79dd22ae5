/**
 * The fifty-fourth round's mutants (branch infra54): the Slack and digest edges round 53 left alone — `/brief
 * unsubscribe` leaves a dated marker that orders it against subscribe writes (a late subscribe no longer brings the
 * channel back, a late unsubscribe no longer removes a later subscription) and that every reader passes over; an item
 * without a command's time is replaced by any command; the live-claim reply's takeover run read from the digest's
 * one schedule. Run like the others: `npx tsx scripts/mutants.ts U01 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

const SUBS = "lib/store/dynamo-subscriptions.ts";
const UNSUB = "lib/store/dynamo-unsubscribe.ts";
const SC = "lib/slack/subscription-commands.ts";
const RESUB = ["test/digest-resubscribe.test.ts"];
const ITEMS = ["test/slack-subscription-items.test.ts"];
const STORE = ["test/digest-run.test.ts"];
const ONE = ["test/digest-one-a-day-claims.test.ts"];
const RUNS = "lib/digest/run-schedule.ts";

export const SWEEP_54: readonly Mutant[] = [
  // lib/store/dynamo-subscriptions.ts: the marker is no subscription to any reader
  { id: "U01", file: SUBS, find: "if (!isUnsubscribed(item)) items.push(item);", replace: "items.push(item);", what: "the marker listed: `/brief subscriptions` shows an unsubscribed channel as damaged, the run reports it", tests: ITEMS },
  { id: "U02", file: SUBS, find: "return item && !isUnsubscribed(item) ?", replace: "return item ?", what: "reading an unsubscribed channel's subscription fails as a damaged item", tests: STORE },
  { id: "U03", file: SUBS, find: 'if (!old || isUnsubscribed(old)) return { status: "created" };', replace: 'if (!old) return { status: "created" };', what: "a subscribe after an unsubscribe reports the marker as a damaged subscription it replaced", tests: STORE },
  { id: "U04", file: SUBS, find: 'if (isUnsubscribed(newer)) return { status: "superseded", byUnsubscribe: true };', replace: "", what: "a subscribe overtaken by an unsubscribe is told a later subscribe stands", tests: RESUB },
  { id: "U05", file: SUBS, find: "if (newer && isUnsubscribed(newer)) return undefined;", replace: "", what: "an unsubscribe overtaken by a later unsubscribe is told a later subscribe stands", tests: STORE },
  { id: "U06", file: SUBS, find: "if (!old || isUnsubscribed(old)) return undefined;", replace: "if (!old) return undefined;", what: "unsubscribe typed twice: the second says it removed a damaged subscription", tests: ITEMS },
  // lib/store/dynamo-unsubscribe.ts: the marker's write
  { id: "U07", file: UNSUB, find: "ConditionExpression: NOT_OLDER,\n          ExpressionAttributeNames: { \"#requestedAt\": \"requestedAt\" },\n          ExpressionAttributeValues: { \":requestedAt\": requestedAt },", replace: "", what: "a late unsubscribe removes the later command's subscription", tests: RESUB },
  { id: "U08", file: UNSUB, find: "if (newer) return { newer };", replace: "", what: "a later command's item not recognised: the late unsubscribe retries and fails 'busy'", tests: RESUB },
  { id: "U09", file: UNSUB, find: "+ MARKER_TTL_SECONDS", replace: "", what: "the marker expires at once (its TTL due as it is written)", tests: ITEMS },
  { id: "U10", file: UNSUB, find: "if (requestedAt === undefined) {", replace: "if (true) {", what: "every unsubscribe deletes: a late subscribe brings the channel back", tests: RESUB },
  // lib/store/dynamo-subscribe.ts: items without a stamp
  { id: "U11", file: "lib/store/dynamo-subscribe.ts", find: '"(attribute_not_exists(#requestedAt) OR #requestedAt <= :requestedAt)"', replace: '"(#requestedAt <= :requestedAt)"', what: "an item stored without a command's time can never be replaced by a command", tests: ITEMS },
  // lib/slack/subscription-commands.ts: the replies
  { id: "U12", file: SC, find: "unsubscribe(invocation.channelId, { requestedAt: deps.now() })", replace: "unsubscribe(invocation.channelId)", what: "the unsubscribe command not stamped: it deletes, and a late subscribe brings the channel back", tests: RESUB },
  { id: "U13", file: SC, find: 'if ("superseded" in removed) return', replace: "if (false) return", what: "an overtaken unsubscribe answered as if it had removed the later subscription", tests: RESUB },
  { id: "U14", file: SC, find: "if (outcome.byUnsubscribe) return", replace: "if (false) return", what: "a subscribe overtaken by an unsubscribe told a later subscribe stands", tests: RESUB },
  // lib/digest/run-schedule.ts, lib/slack/next-digest.ts, sst.config.ts: the digest's one schedule
  { id: "U15", file: "lib/slack/next-digest.ts", find: "takeover.getTime() < pending.at.getTime() + DEFAULT_CATCH_UP_MS", replace: "takeover.getTime() <= pending.at.getTime() + DEFAULT_CATCH_UP_MS", what: "a takeover promised of the run whose look-back just misses the slot", tests: ONE },
  { id: "U16", file: "lib/slack/next-digest.ts", find: "runAtOrAfter(holder.claimedAt.getTime() + DEFAULT_STALE_AFTER_MS)", replace: "new Date(holder.claimedAt.getTime() + DEFAULT_STALE_AFTER_MS + 15 * 60_000)", what: "the takeover bounded by a quarter hour after the claim goes stale (round 53's reply): a 07:10 slot 'may not be retried'", tests: ONE },
  { id: "U17", file: "sst.config.ts", find: "schedule: scheduleCron(),", replace: 'schedule: "cron(5/15 * * * ? *)",', what: "the cron written apart from the schedule the code reads", tests: ["test/sst-config.test.ts"] },
  { id: "U18", file: RUNS, find: "Math.ceil((ms - offset) / every)", replace: "Math.floor((ms - offset) / every)", what: "the run before an instant named as the one after it", tests: ["test/digest.test.ts"] },
  { id: "U19", file: RUNS, find: "Math.ceil((ms - offset) / every) * every + offset", replace: "Math.ceil(ms / every) * every", what: "a schedule's minute past the hour ignored", tests: ["test/digest.test.ts"] },
  { id: "U20", file: "lib/digest/schedule-start.ts", find: "const run = runAtOrAfter(now.getTime());", replace: "const run = now;", what: "the due slot's run named as now, not the schedule's next run", tests: ["test/digest-resubscribe.test.ts"] },
];
