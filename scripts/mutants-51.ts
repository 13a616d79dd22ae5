/**
 * The fifty-first round's mutants (branch infra51): the Slack and digest edges round 50's sweep left alone — the
 * response_url retry bounded by Slack's 3 s with the answer in the ack when it cannot be sent, a 200 whose body is
 * cut off counted as delivered, a dead run's claim of the day looked up in history, the last digest by its instant.
 * Run like the others: `npx tsx scripts/mutants.ts Y01 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

const RESPOND = ["test/slack-respond-retry.test.ts", "test/slack.test.ts"];
const FW = "lib/http/fetch-within.ts";
const RS = "lib/slack/respond.ts";
const APP = "lib/slack/app.ts";
const ONE = ["test/digest-one-a-day-claims.test.ts", "test/digest-one-a-day-far-zones.test.ts"];
const DC = "lib/store/dynamo-digest-claims.ts";
const DELIVER = "lib/digest/deliver.ts";

export const SWEEP_51: readonly Mutant[] = [
  // lib/http/fetch-within.ts, lib/slack/respond.ts: a 200 whose body is cut off
  { id: "Y01", file: FW, find: "    throw new BodyLost(response.status, error);\n", replace: "    throw error;\n", what: "a body cut off reads as a request that never got through: the answer sent twice", tests: [...RESPOND, "test/fetch-within.test.ts"] },
  // Re-pointed in round 52: respondTo's BodyLost branch gave way to a fetch that resolves at the status (statusOnly).
  { id: "Y02", file: RS, find: "{ ms, statusOnly: true }", replace: "{ ms }", what: "the answer's fetch waits on the body: a 5xx whose body was cut off is not retried", tests: RESPOND },
  { id: "Y03", file: FW, find: "if (error instanceof BodyTooLargeError || sources.some((s) => s.aborted)) throw error;", replace: "if (error instanceof BodyTooLargeError) throw error;", what: "a body read timed out becomes a lost body", tests: [...RESPOND, "test/fetch-within.test.ts"] },
  // lib/slack/respond.ts, lib/slack/app.ts: the retry bounded, the answer in the ack
  { id: "Y04", file: RS, find: "    return now() + waitMs + MIN_RETRY_MS <= answerBy;", replace: "    return true;", what: "a retry past Slack's 3 s", tests: RESPOND },
  { id: "Y05", file: APP, find: "inBand = error instanceof AnswerNotDelivered && error.mayHaveLanded ? undefined : answer;", replace: "inBand = undefined;", what: "an answer response_url did not take is lost, not put in the ack", tests: RESPOND },
  { id: "Y06", file: APP, find: "inBand = error instanceof AnswerNotDelivered && error.mayHaveLanded ? undefined : answer;", replace: "inBand = answer;", what: "an answer Slack may hold (a timeout) also put in the ack: shown twice", tests: RESPOND },
  // Re-pointed in round 52: the arithmetic moved from app.ts to the deadline object.
  { id: "Y07", file: "lib/slack/deadline.ts", find: "answerBy: (tripMs) => at + tripMs,", replace: "answerBy: (tripMs) => at + 10 * tripMs,", what: "the retry window past Slack's 3 s", tests: RESPOND },
  // lib/store/dynamo-digest-claims.ts: the last digest by its instant
  { id: "Y08", file: DC, find: "if (floor !== undefined && String(item.sk) < floor) break;", replace: "if (floor !== undefined) break;", what: "the last digest by its claim's name: a later one in a zone a day behind missed", tests: ONE },
  { id: "Y09", file: DC, find: "if (last === undefined || at > last.at) last = { claim, at };", replace: "if (last === undefined) last = { claim, at };", what: "the first posted name taken for the last digest", tests: ONE },
  // lib/digest/one-a-day.ts, dead-claims.ts, run.ts: a dead run's claim of the day looked for in history
  { id: "Y10", file: DELIVER, find: 'if (other?.status === "unsettled") {', replace: "if (false) {", what: "a dead run's claim counts as no digest: the day posted twice after a move", tests: ONE },
  { id: "Y11", file: "lib/digest/one-a-day.ts", find: "    else unsettled.push(claim);\n", replace: "", what: "a stale claim of the day counts as nothing", tests: ONE },
  { id: "Y12", file: DELIVER, find: 'if (dead.status === "unknown") {', replace: "if (false) {", what: "history unreadable: posted as if the dead run had not", tests: ONE },
  { id: "Y13", file: "lib/digest/dead-claims.ts", find: '    if (found.status === "unknown") unknown ??= { status: "unknown", claim, error: found.error };\n', replace: "", what: "an unreadable history taken as 'not posted'", tests: ONE },
  { id: "Y14", file: DELIVER, find: "        await settleUnposted(() => deps.subscriptions.recordPosted(channel, dead.key, dead.claim.runId, dead.ts, clock()), clog);\n", replace: "", what: "the dead run's post found but not recorded", tests: ONE },
];
