/**
 * The fifty-third round's mutants (branch infra53): the Slack and digest edges round 52 left alone — a "due now"
 * reply reads the due slot's own day (a dead run's claim, one going out, one posted) and says who holds its claim (a
 * live run, a dead one, none); `Etc/GMT±N` is refused, naming the offset it really is; the same settings typed again
 * (after a "slow" answer whose write landed) say so, and a command's late write never lands over a later one's.
 * Run like the others: `npx tsx scripts/mutants.ts X01 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

const SS = "lib/digest/schedule-start.ts";
const SC = "lib/slack/subscription-commands.ts";
/** The reply's next-digest wording, split out of subscription-commands.ts in round 54. */
const ND = "lib/slack/next-digest.ts";
const SUBS = "lib/digest/subscriptions.ts";
const ONE = ["test/digest-one-a-day-claims.test.ts"];
const RESUB = ["test/digest-resubscribe.test.ts"];
const ZONES = ["test/digest.test.ts", "test/slack-subscription-items.test.ts"];

export const SWEEP_53: readonly Mutant[] = [
  // lib/digest/schedule-start.ts, lib/slack/subscription-commands.ts: the "due now" reply
  { id: "X01", file: SS, find: 'unsettledClaim && candidateDay?.status !== "posted"', replace: "unsettledClaim", what: "the due slot's day already had its digest: the reply still says the next run posts it", tests: ONE },
  { id: "X02", file: SS, find: ", ...notesOf(candidateDay) }", replace: " }", what: "the due slot's day is not read: no note of a dead run's or a live run's digest of that day", tests: ONE },
  { id: "X03", file: SS, find: "now.getTime() - claimedAt <= staleAfterMs", replace: "now.getTime() - claimedAt > staleAfterMs", what: "a live claim read as a dead run's, and a dead one as live", tests: ONE },
  { id: "X04", file: ND, find: "takeover.getTime() < pending.at.getTime() + DEFAULT_CATCH_UP_MS", replace: "true", what: "a takeover promised after the catch-up hour", tests: ONE },
  { id: "X05", file: ND, find: "takeover.getTime() < pending.at.getTime() + DEFAULT_CATCH_UP_MS", replace: "false", what: "no takeover named where one comes", tests: ONE },
  { id: "X06", file: ND, find: 'if (holder.by === "none")', replace: 'if (holder.by !== "live")', what: "a dead run's claim: the reply says the next run posts it, not unless that run had", tests: ONE },
  { id: "X07", file: SC, find: "${inFlightNote(candidate.sameDayInFlight)}", replace: "", what: "the due slot's day has a digest going out: not said", tests: ONE },
  { id: "X08", file: SC, find: "${deadRunNote(candidate.sameDayUnsettled)}", replace: "", what: "the due slot's day has a dead run's claim: not said (round 52's note, missing from this branch)", tests: ONE },
  { id: "X13", file: SC, find: "before === describeSubscription(subscription) ?", replace: "false ?", what: "typed again after a 'slow' answer whose write landed: '(was 07:00 …)', as if it changed", tests: ["test/digest-resubscribe.test.ts"] },
  // lib/store/dynamo-subscribe.ts: a command's late write never over a later command's subscription
  { id: "X14", file: "lib/store/dynamo-subscribe.ts", find: "ConditionExpression: `${SAME_SCHEDULE}${notOlder}`", replace: "ConditionExpression: SAME_SCHEDULE", what: "a late 'quiet' (same schedule) lands over the later command's settings", tests: RESUB },
  { id: "X15", file: "lib/store/dynamo-subscribe.ts", find: "OR NOT (${SAME_SCHEDULE}))${notOlder}`", replace: 'OR NOT (${SAME_SCHEDULE}))${notOlder.replace("<= :requestedAt", "<= :requestedAt OR :requestedAt = :requestedAt")}`', what: "a late 07:00 lands over the later command's 07:30 (the put's order always true)", tests: RESUB },
  { id: "X16", file: "lib/store/dynamo-subscribe.ts", find: "item.requestedAt > requestedAt ? item", replace: "item.requestedAt < requestedAt ? item", what: "a later command's item not recognised: the late write retries and fails 'busy'", tests: RESUB },
  { id: "X17", file: SC, find: "subscribe(subscription, { requestedAt: now })", replace: "subscribe(subscription)", what: "commands not stamped: no order between them", tests: RESUB },
  { id: "X18", file: SC, find: 'if (outcome.status === "superseded") return', replace: "if (false) return", what: "a superseded command answered as if it had been stored", tests: RESUB },
  // lib/digest/subscriptions.ts: Etc/GMT±N
  { id: "X09", file: SUBS, find: "etc && Number(etc[2]) !== 0", replace: "etc", what: "Etc/GMT+0 (UTC) refused as an inverted offset", tests: ZONES },
  { id: "X10", file: SUBS, find: "hours <= 12 ?", replace: "true ?", what: "Etc/GMT+14, which does not exist, named as the zone meant", tests: ZONES },
  { id: "X11", file: SUBS, find: 'etc[1] === "+" ? "-" : "+"', replace: 'etc[1] === "-" ? "-" : "+"', what: "the real offset given with the sign as typed", tests: ZONES },
  { id: "X12", file: SUBS, find: "return etc && Number(etc[2]) !== 0 ?", replace: "return false ?", what: "Etc/GMT+5 accepted as typed: digests ten hours off for an editor at UTC+5", tests: ZONES },
];
