/**
 * The fifty-second round's mutants (branch infra52): the Slack and digest edges round 51 left alone — the subscribe
 * reply names a dead run's claim of the day, a response_url 2xx is delivered when its status arrives, a feedback
 * press's answer is bounded by Slack's 3 s like the other listeners'.
 * Run like the others: `npx tsx scripts/mutants.ts Z01 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

const RESPOND = ["test/slack-respond-retry.test.ts", "test/fetch-within.test.ts"];
const FW = "lib/http/fetch-within.ts";
const ONE = ["test/digest-one-a-day-claims.test.ts"];

export const SWEEP_52: readonly Mutant[] = [
  // lib/digest/schedule-start.ts, lib/slack/subscription-commands.ts: the reply and a dead run's claim of the day
  { id: "Z01", file: "lib/digest/schedule-start.ts", find: 'other?.status === "unsettled" ?', replace: 'other?.status === "posted" ?', what: "a dead run's claim of the day not handed to the reply: it names the slot the run skips", tests: ONE },
  { id: "Z02", file: "lib/slack/next-digest.ts", find: 'if (slots === undefined) return "";', replace: 'return "";', what: "the reply says nothing of a dead run's claim of the day", tests: ONE },
  // lib/http/fetch-within.ts, lib/slack/respond.ts: a response_url 2xx delivered at its status
  { id: "Z03", file: FW, find: "if (statusOnly) {", replace: "if (false) {", what: "statusOnly waits on the body: a stalled 200 logged 'no answer in time'", tests: RESPOND },
  { id: "Z04", file: "lib/slack/respond.ts", find: "{ ms, statusOnly: true }", replace: "{ ms, statusOnly: false }", what: "the answer's fetch waits on the body: a stalled 200 logged 'no answer in time'", tests: RESPOND },
  { id: "Z05", file: FW, find: "response.body?.cancel().catch(() => undefined);", replace: "", what: "a body nobody reads is left to hold its connection", tests: RESPOND },
  { id: "Z06", file: FW, find: "{ ms: bounds, maxBytes: undefined, statusOnly: false }", replace: "{ ms: bounds, maxBytes: undefined, statusOnly: true }", what: "every bounded fetch drops its body", tests: RESPOND },
  // lib/slack/app.ts, lib/slack/feedback-actions.ts: a feedback press's answer bounded by its deadline
  { id: "Z07", file: "lib/slack/app.ts", find: "(url, message, deadline) => respondTo(respondFetch, url, message, { answerBy: deadline.answerBy(httpTimeoutMs) }),", replace: "(url, message) => respondTo(respondFetch, url, message, {}),", what: "a feedback press's answer retried past Slack's 3 s", tests: ["test/feedback.test.ts"] },
];
