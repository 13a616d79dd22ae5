/**
 * The fiftieth round's mutation sweep: round 49's edge code, e2024c36..21123f09 — one digest a day across a schedule
 * move (the channel's other claims of the slot's local day, a live claim given back, the claim's slot instant and its
 * instant-named key), the response_url's one retry, the bounded standard-input reader, unloggable log fields, the
 * word index's character budget and `nutgraf reindex`'s order. Run like the others: `npx tsx scripts/mutants.ts W07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

const READ = ["test/cli-read-stream.test.ts", "test/cli-bounded-read.test.ts", "test/cli-input.test.ts"];
const ONE = ["test/digest-one-a-day-claims.test.ts", "test/digest-one-a-day-far-zones.test.ts", "test/digest-one-a-day.test.ts", "test/digest-claim-names.test.ts", "test/digest-resubscribe.test.ts", "test/digest-run.test.ts", "test/digest-faults.test.ts"];
const RESPOND = ["test/slack-respond-retry.test.ts", "test/slack.test.ts"];
const LOG = ["test/log-lines.test.ts"];
const SEARCH = ["test/search-long-unspaced.test.ts", "test/search-unspaced-marks.test.ts", "test/search-unspaced-scripts.test.ts", "test/search-index-upgrade.test.ts", "test/reindex.test.ts"];

const OAD = "lib/digest/one-a-day.ts";
const DELIVER = "lib/digest/deliver.ts";
const SS = "lib/digest/schedule-start.ts";
const DC = "lib/store/dynamo-digest-claims.ts";
const SI = "lib/store/search-index.ts";

export const SWEEP_50: readonly Mutant[] = [
  // cli/read-file.ts, cli/brief.ts: the bounded standard input
  { id: "W01", file: "cli/read-file.ts", find: "if (total > maxBytes) return undefined;", replace: "if (total >= maxBytes) return undefined;", what: "stdin of exactly the limit refused", tests: READ },
  { id: "W02", file: "cli/read-file.ts", find: "if (total > maxBytes) return undefined;", replace: "if (false) return undefined;", what: "stdin read without a limit", tests: READ },
  { id: "W04", file: "cli/read-file.ts", find: '    chunks.push(bytes);\n  }\n  return Buffer.concat(chunks, total).toString("utf8");', replace: '    chunks.push(bytes);\n  }\n  return chunks.map((c) => c.toString("utf8")).join("");', what: "stdin decoded chunk by chunk (a character split between two is lost)", tests: READ },
  { id: "W03", file: "cli/brief.ts", find: "if (statSync(target).isDirectory())", replace: "if (!statSync(target).isFile())", what: "a named pipe refused as a directory", tests: READ },
  // lib/digest/one-a-day.ts
  { id: "W05", file: OAD, find: "for (const at of [claim.slotAt, claim.claimedAt, claim.postedAt]) {", replace: "for (const at of [claim.claimedAt, claim.postedAt]) {", what: "a claim's day read from its claim time, not its slot", tests: ONE },
  { id: "W06", file: OAD, find: "for (const at of [claim.slotAt, claim.claimedAt, claim.postedAt]) {", replace: "for (const at of [claim.slotAt, claim.postedAt, claim.claimedAt]) {", what: "an old claim's day read from its post, not its claim", tests: ONE },
  { id: "W07", file: OAD, find: "return { from: addDays(date, -2), to:", replace: "return { from: addDays(date, -1), to:", what: "a claim two dates back (Kiritimati's, read in Pago Pago) not read: the day posted twice", tests: ONE },
  { id: "W08", file: OAD, find: "to: `${addDays(date, 2)}~` };", replace: "to: `${addDays(date, 1)}~` };", what: "a claim two dates on (Pago Pago's, read in Kiritimati) not read: the day posted twice", tests: ONE },
  { id: "W09", file: OAD, find: "return claim.slot === slot.slot && (claim.slotAt === undefined || Date.parse(claim.slotAt) === slot.at.getTime());", replace: "return claim.slot === slot.slot;", what: "another zone's slot of the same name taken for the slot's own", tests: ONE },
  { id: "W10", file: OAD, find: 'if (claim.status === "posted" && claim.ts !== undefined) return { status: "posted", claim };', replace: 'if (claim.status === "posted") return { status: "posted", claim };', what: "a quiet day's settle counts as the day's digest", tests: ONE },
  { id: "W11", file: OAD, find: "now.getTime() - Date.parse(claim.claimedAt) <= staleAfterMs) inFlight", replace: "now.getTime() - Date.parse(claim.claimedAt) < staleAfterMs) inFlight", what: "a claim exactly staleAfterMs old, which no run may take over, read as dead", tests: ONE },
  { id: "W12", file: OAD, find: "now.getTime() - Date.parse(claim.claimedAt) <= staleAfterMs) inFlight", replace: "true) inFlight", what: "a dead run's claim blocks the day", tests: ONE },
  { id: "W13", file: OAD, find: "if (at === undefined || localDate(at, timeZone) !== day) continue;", replace: "if (at === undefined) continue;", what: "another day's digest counts for this one", tests: ONE },
  // lib/digest/run.ts
  { id: "W14", file: DELIVER, find: 'if (other?.status === "posted") return', replace: "if (false) return", what: "a second digest posted the day the schedule moved", tests: ONE },
  { id: "W15", file: DELIVER, find: 'if (other?.status === "in-flight") {', replace: "if (false) {", what: "posted while another slot's digest of the day is going out", tests: ONE },
  { id: "W16", file: DELIVER, find: "await settleUnposted(() => deps.subscriptions.recordFailed(channel, held, runId, `one digest a day: ${detail}`, clock()), clog);", replace: "await settleUnposted(() => deps.subscriptions.release(channel, held, runId), clog);", what: "a day already posted released, claimed again every run", tests: ONE },
  { id: "W17", file: DELIVER, find: "      await settleUnposted(() => deps.subscriptions.release(channel, held, runId), clog);\n      return { channel, slot, outcome: \"skipped\", reason: \"claimed-by-another-run\"", replace: "      return { channel, slot, outcome: \"skipped\", reason: \"claimed-by-another-run\"", what: "a slot given way to another kept claimed", tests: ONE },
  { id: "W18", file: DELIVER, find: "const held = claim.key ?? slot;", replace: "const held = slot;", what: "an instant-named claim recorded under the plain name", tests: ONE },
  { id: "W19", file: DELIVER, find: "{ runId, now: clock(), staleAfterMs, slotAt: item.at }", replace: "{ runId, now: clock(), staleAfterMs }", what: "claims keep no slot instant", tests: ONE },
  // lib/digest/schedule-start.ts, lib/slack/subscription-commands.ts
  { id: "W21", file: SS, find: "plain.slotAt === undefined || Date.parse(plain.slotAt) === at.getTime()) return plain;", replace: "plain.slotAt === undefined) return plain;", what: "the slot's own instant-kept claim not seen", tests: ONE },
  { id: "W22", file: SS, find: "plain.slotAt === undefined || Date.parse(plain.slotAt) === at.getTime()) return plain;", replace: "Date.parse(String(plain.slotAt)) === at.getTime()) return plain;", what: "a claim made before claims kept their instant no longer stops the start", tests: ONE },
  { id: "W23", file: SS, find: '...(other?.status === "in-flight" ? { sameDayInFlight: other.claim.slot } : {})', replace: "", what: "the reply does not say another digest of the day is going out", tests: ONE },
  { id: "W24", file: "lib/slack/subscription-commands.ts", find: "const lastSlotAt = last ? claimSlotInstant(last) : undefined;", replace: "const lastSlotAt = last ? postedInstant(last) : undefined;", what: "the last digest's day read from its post, not its slot", tests: ONE },
  // lib/store/dynamo-digest-claims.ts
  { id: "W26", file: DC, find: '${slotAt ? " AND (attribute_not_exists(slotAt) OR slotAt = :slotAt)" : ""}', replace: '${slotAt ? " AND (attribute_not_exists(slotAt) OR slotAt <> :slotAt OR slotAt = :slotAt)" : ""}', what: "a stale claim of another zone's slot taken over", tests: [...ONE, "test/digest-record-faults.test.ts"] },
  { id: "W27", file: DC, find: 'if (slotAt && current.slotAt !== undefined && Date.parse(current.slotAt) !== Date.parse(slotAt)) return "another-slot";', replace: "", what: "another zone's slot's claim read as this slot's", tests: ONE },
  { id: "W28", file: DC, find: 'return own.status === "claimed" ? { ...own, key } : own;', replace: "return own;", what: "the instant-named claim's key not handed back", tests: ONE },
  { id: "W29", file: DC, find: "...(options.slotAt ? { slotAt: options.slotAt.toISOString() } : {}),", replace: "", what: "the claim keeps no slot instant", tests: ONE },
  { id: "W31", file: DC, find: "const CLAIM_ATTEMPTS = 3;", replace: "const CLAIM_ATTEMPTS = 1;", what: "a claim released under us not tried again", tests: ["test/digest-claim-released.test.ts", ...ONE] },
  { id: "W32", file: DC, find: "  if (slotAt !== undefined) claim.slotAt = slotAt;\n", replace: "", what: "a claim's slot instant not read back", tests: ONE },
  // lib/slack/respond.ts
  { id: "W35", file: "lib/slack/respond.ts", find: "if (!dropped || attempt > 1 || !fits(BLIP_PAUSE_MS))", replace: "if (attempt > 1 || !fits(BLIP_PAUSE_MS))", what: "a timed-out answer sent again", tests: RESPOND },
  { id: "W36", file: "lib/slack/respond.ts", find: "if (!dropped || attempt > 1 || !fits(BLIP_PAUSE_MS))", replace: "if (true)", what: "a dropped connection never retried", tests: RESPOND },
  { id: "W37", file: "lib/slack/respond.ts", find: "const retryable = limited || status >= 500;", replace: "const retryable = limited || status > 500;", what: "a 500 not retried", tests: RESPOND },
  { id: "W38", file: "lib/slack/respond.ts", find: "const retryable = limited || status >= 500;", replace: "const retryable = limited || status >= 400;", what: "a 4xx retried", tests: RESPOND },
  { id: "W39", file: "lib/slack/respond.ts", find: "if (!retryable || attempt > 1 || !(waitMs <= MAX_RESPOND_WAIT_MS))", replace: "if (!retryable || attempt > 1 || !(waitMs < MAX_RESPOND_WAIT_MS))", what: "Retry-After 1 s not waited out", tests: RESPOND },
  { id: "W40", file: "lib/slack/respond.ts", find: "const waitMs = retryAfter !== null ? Number(retryAfter) * 1000 : limited ? 1000 : BLIP_PAUSE_MS;", replace: "const waitMs = retryAfter !== null ? Number(retryAfter) * 1000 : limited ? 1000 : 2000;", what: "a 5xx without Retry-After never retried", tests: RESPOND },
  // lib/log.ts
  { id: "W42", file: "lib/log.ts", find: "return JSON.stringify({ ...head, ...(scrub(base, 0) as LogFields), unloggable });", replace: "return JSON.stringify({ ...head, unloggable });", what: "an unloggable line loses its correlation id", tests: LOG },
  { id: "W43", file: "lib/log.ts", find: "return JSON.stringify({ ...head, ...(scrub({ ...base, ...fields }, 0) as LogFields) });", replace: "return JSON.stringify({ ...head, ...(scrub({ ...base }, 0) as LogFields) });", what: "a line's own fields dropped", tests: LOG },
  // lib/store/search-index.ts, reindex.ts, article-item.ts
  { id: "W44", file: SI, find: "spent += IS_UNSPACED.test(word) ? 1 : WORD_COST;", replace: "spent += WORD_COST;", what: "an unspaced piece costs a word (a CJK headline cut at 100 pieces)", tests: SEARCH },
  { id: "W45", file: SI, find: "if (spent > INDEX_BUDGET) break;", replace: "if (spent >= INDEX_BUDGET) break;", what: "the budget's last word left out", tests: SEARCH },
  { id: "W46", file: SI, find: "spent += IS_UNSPACED.test(word) ? 1 : WORD_COST;", replace: "spent += IS_UNSPACED.test(word) ? 1 : 2;", what: "a spaced word costs two (150 words indexed)", tests: SEARCH },
  { id: "W47", file: SI, find: "[...new Set([body.headline, body.dateline].flatMap(", replace: "[...new Set([searchable(body)].flatMap(", what: "one budget for headline and dateline (a long headline pushes its city out)", tests: SEARCH },
  { id: "W48", file: SI, find: "...wordsBeforeKeptMarks(text), ", replace: "", what: "the folded-mark indexer's words left in the table", tests: SEARCH },
  { id: "W50", file: "lib/store/reindex.ts", find: '  await table.batchWrite(words.deletes, "reindex", call);\n  const key', replace: "  const key", what: "reindex leaves the old words", tests: SEARCH },
  { id: "W51", file: "lib/store/reindex.ts", find: 'await table.batchWrite(puts.filter((request) => out.has(keyOf(request.PutRequest?.Item))), "reindex", call);', replace: "", what: "a moved-on story's words reindex took out not put back", tests: SEARCH },
  { id: "W52", file: "lib/store/article-item.ts", find: 'generation: 2 } as const;', replace: 'generation: 1 } as const;', what: "generation-1 stories not reindexed", tests: SEARCH },
];
