/**
 * Hand-picked mutants of the non-figure core (docs/mutations-33.md): each replaces one exact string in one file, runs
 * the test files that cover it, and puts the file back. `npx tsx scripts/mutants.ts M07 M12` runs those, no ids all
 * of them; `--list` prints them; `--file` and `--name` narrow a run (below); `--bail` stops each run at its first
 * failure (enough to call a mutant killed). Never commit a mutant: the file's text is written back after each run
 * (an interrupted run can leave one in place: `git checkout -- lib` puts it back).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { SWEEP_39 } from "#scripts/mutants-39.ts";
import { SWEEP_40 } from "#scripts/mutants-40.ts";
import { SWEEP_41 } from "#scripts/mutants-41.ts";
import { SWEEP_43 } from "#scripts/mutants-43.ts";
import { SWEEP_44 } from "#scripts/mutants-44.ts";
import { SWEEP_45 } from "#scripts/mutants-45.ts";
import { SWEEP_46 } from "#scripts/mutants-46.ts";
import { SWEEP_47 } from "#scripts/mutants-47.ts";
import { SWEEP_50 } from "#scripts/mutants-50.ts";
import { SWEEP_51 } from "#scripts/mutants-51.ts";
import { SWEEP_52 } from "#scripts/mutants-52.ts";
import { SWEEP_53 } from "#scripts/mutants-53.ts";
import { SWEEP_54 } from "#scripts/mutants-54.ts";
import { SWEEP_55 } from "#scripts/mutants-55.ts";

export interface Mutant {
  id: string;
  file: string;
  /** Exact text, found exactly once in `file`. */
  find: string;
  replace: string;
  what: string;
  tests: readonly string[];
}

const VERIFY = ["test/slack-verify.test.ts"];
// lib/v0-signature.ts is also the ingest endpoint's check, tested there on a fixed clock.
const V0 = ["test/slack-verify.test.ts", "test/ingest-endpoint.test.ts"];
const SHARE = ["test/slack-faults.test.ts"];
const DIGEST = ["test/digest-faults.test.ts", "test/digest-run.test.ts"];
const RECORD = ["test/digest-record-faults.test.ts"];

/** Round 33's (docs/mutations-33.md). */
const ROUND_33: readonly Mutant[] = [
  // lib/v0-signature.ts (verify.ts's check)
  { id: "M01", file: "lib/v0-signature.ts", find: "if (nowSeconds - timestamp > MAX_SKEW_SECONDS)", replace: "if (nowSeconds - timestamp >= MAX_SKEW_SECONDS)", what: "stale edge: a request exactly 300 s old refused", tests: V0 },
  { id: "M02", file: "lib/v0-signature.ts", find: "if (nowSeconds - timestamp > MAX_SKEW_SECONDS)", replace: "if (nowSeconds - timestamp > MAX_SKEW_SECONDS + 1)", what: "stale edge: a request 301 s old accepted", tests: V0 },
  { id: "M03", file: "lib/v0-signature.ts", find: "if (timestamp - nowSeconds > MAX_SKEW_SECONDS)", replace: "if (timestamp - nowSeconds > MAX_SKEW_SECONDS + 1)", what: "future edge: a request 301 s ahead accepted", tests: V0 },
  { id: "M04", file: "lib/v0-signature.ts", find: "if (timestamp - nowSeconds > MAX_SKEW_SECONDS)", replace: "if (false)", what: "future check dropped", tests: V0 },
  { id: "M05", file: "lib/v0-signature.ts", find: "const TIMESTAMP = /^[0-9]{1,12}$/;", replace: "const TIMESTAMP = /^[0-9]{1,12}/;", what: "timestamp regex unanchored at the end", tests: V0 },
  { id: "M06", file: "lib/v0-signature.ts", find: "const SIGNATURE = /^v0=([0-9a-f]{64})$/;", replace: "const SIGNATURE = /^v0=([0-9a-f]{64})/;", what: "signature regex unanchored at the end", tests: V0 },
  // lib/slack/verify.ts and the handler in app.ts
  { id: "M07", file: "lib/slack/verify.ts", find: ': Buffer.from(request.body, "utf8");', replace: ': Buffer.from(request.body, "latin1");', what: "plain body read as latin1, not its UTF-8 bytes", tests: VERIFY },
  { id: "M08", file: "lib/slack/verify.ts", find: "if (payload !== null && !json(payload))", replace: "if (false)", what: "a form payload that is not JSON let through", tests: VERIFY },
  { id: "M09", file: "lib/slack/verify.ts", find: ' && keys.every((k) => k === "ssl_check" || k === "token")', replace: "", what: "SSL check accepts any other field", tests: VERIFY },
  { id: "M10", file: "lib/slack/verify.ts", find: '.filter((k) => k === "ssl_check").length === 1', replace: '.filter((k) => k === "ssl_check").length >= 1', what: "SSL check accepts a repeated ssl_check", tests: VERIFY },
  { id: "M11", file: "lib/slack/app.ts", find: "    if (!body.ok) {\n", replace: "    if (false) {\n", what: "unreadable signed body passed to Bolt", tests: VERIFY },
  { id: "M12", file: "lib/slack/respond.ts", find: "if (!retryable || attempt > 1 || !(waitMs <= MAX_RESPOND_WAIT_MS))", replace: "if (true)", what: "response_url 429 never retried", tests: ["test/slack.test.ts"] },
  { id: "M13", file: "lib/slack/respond.ts", find: "if (!retryable || attempt > 1 || !(waitMs <= MAX_RESPOND_WAIT_MS))", replace: "if (!retryable || attempt > 2 || !(waitMs <= MAX_RESPOND_WAIT_MS))", what: "response_url 429 retried twice", tests: ["test/slack.test.ts"] },
  { id: "M14", file: "lib/slack/app.ts", find: "if (inFlight >= maxInFlight) return busy();", replace: "if (inFlight > maxInFlight) return busy();", what: "one request more than maxInFlight admitted", tests: SHARE },
  { id: "M15", file: "lib/slack/app.ts", find: "if (context.retryNum !== undefined && context.retryNum !== null) {", replace: "if (false) {", what: "retried deliveries run again", tests: ["test/slack.test.ts"] },
  // lib/slack/deadline.ts
  { id: "M16", file: "lib/slack/deadline.ts", find: " || this.inFlight > BUSY_IN_FLIGHT;", replace: ";", what: "a crowd of requests no longer counts as overload", tests: SHARE },
  { id: "M17", file: "lib/slack/deadline.ts", find: "return fetchWithinSignals(ms, deadline?.signal);", replace: "return fetchWithinSignals(ms);", what: "Slack calls do not stop at the request's deadline", tests: SHARE },
  // lib/slack/commands.ts
  { id: "M18", file: "lib/slack/commands.ts", find: 'if (error instanceof StoreError && error.code === "THROTTLED") {', replace: "if (false) {", what: "throttled table answered 'unreachable', not 'busy'", tests: ["test/slack.test.ts"] },
  { id: "M19", file: "lib/slack/commands.ts", find: '(error.code === "TIMEOUT" || (error.code === "UNAVAILABLE" && timedOut(error)))', replace: '(error.code === "TIMEOUT")', what: "an UNAVAILABLE caused by a timeout answered 'unreachable'", tests: SHARE },
  { id: "M20", file: "lib/slack/commands.ts", find: "if (!Number.isInteger(n) || n < 1) {", replace: "if (!Number.isInteger(n) || n < 0) {", what: "/brief latest 0 accepted", tests: ["test/cli-input.test.ts"] },
  // lib/slack/post-once.ts
  { id: "M21", file: "lib/slack/post-once.ts", find: "      const found = await lookUp();\n      if (found) return found;\n    }\n  }", replace: "    }\n  }", what: "lost answer: posted again without looking in history (idempotency check gone)", tests: SHARE },
  { id: "M22", file: "lib/slack/post-once.ts", find: " && m.metadata.event_payload?.key === intent.key", replace: "", what: "history hit on any post of the event type, not this key", tests: SHARE },
  { id: "M23", file: "lib/slack/post-once.ts", find: "  if (options.checkFirst) {", replace: "  if (false) {", what: "a taken-over claim posts without looking first", tests: SHARE },
  { id: "M24", file: "lib/slack/post-once.ts", find: "if (failure.permanent || neverSent(error))", replace: "if (failure.permanent)", what: "connection refused treated as a lost answer", tests: DIGEST },
  { id: "M25", file: "lib/slack/post-once.ts", find: "if (BLOCKS_REFUSED.has(failure.error) && !textOnly) {", replace: "if (BLOCKS_REFUSED.has(failure.error)) {", what: "text-only fallback retried again when it too is refused", tests: DIGEST },
  { id: "M26", file: "lib/slack/post-once.ts", find: "permanent: PERMANENT_POST_ERRORS.has(failure.error) || BLOCKS_REFUSED.has(failure.error) }", replace: "permanent: PERMANENT_POST_ERRORS.has(failure.error) }", what: "refused blocks not permanent", tests: DIGEST },
  { id: "M27", file: "lib/slack/post-once.ts", find: "const HISTORY_PAGES = 3;", replace: "const HISTORY_PAGES = 1;", what: "history searched one page only", tests: [...SHARE, ...DIGEST] },
  { id: "M28", file: "lib/slack/post-once.ts", find: "Math.floor(options.since.getTime() / 1000) - 60", replace: "Math.floor(options.since.getTime() / 1000) + 60", what: "takeover searches from a minute after the first attempt", tests: SHARE },
  { id: "M29", file: "lib/slack/post-once.ts", find: "    await client.conversations.join({ channel: intent.channel });\n", replace: "    throw error;\n", what: "not_in_channel: no join, history unreadable", tests: SHARE },
  { id: "M30", file: "lib/slack/post-once.ts", find: "for (let posts = 0; posts < maxPosts; posts++) {", replace: "for (let posts = 0; posts <= maxPosts; posts++) {", what: "one post more than maxPosts", tests: [...SHARE, ...DIGEST] },
  // lib/slack/digest-poster.ts
  { id: "M31", file: "lib/slack/digest-poster.ts", find: "return { ok: false, error: outcome.error, permanent: false, unconfirmed: true };", replace: "return { ok: false, error: outcome.error, permanent: false };", what: "unknown outcome not marked unconfirmed (the run releases the claim)", tests: DIGEST },
  { id: "M32", file: "lib/slack/digest-poster.ts", find: "if (attempt >= maxAttempts || waited + wait > maxWaitMs) {", replace: "if (attempt >= maxAttempts) {", what: "Retry-After waits not bounded by maxWaitMs", tests: DIGEST },
  { id: "M33", file: "lib/slack/digest-poster.ts", find: "if (attempt >= maxAttempts || waited + wait > maxWaitMs) {", replace: "if (attempt > maxAttempts || waited + wait > maxWaitMs) {", what: "one 429 retry more than maxAttempts", tests: DIGEST },
  { id: "M34", file: "lib/slack/digest-poster.ts", find: "const wait = Math.max(1, outcome.retryAfter) * 1000;", replace: "const wait = outcome.retryAfter * 1000;", what: "Retry-After 0 retried at once", tests: DIGEST },
  // lib/digest/run.ts
  { id: "M35", file: "lib/digest/deliver.ts", find: "{ key: `${channel}/${held}`, checkFirst: claim.retried, notBefore: item.at, ", replace: "{ key: `${channel}/${held}`, checkFirst: false, notBefore: item.at, ", what: "taken-over slot posts without looking in history", tests: DIGEST },
  { id: "M36", file: "lib/digest/deliver.ts", find: "      if (posted.unconfirmed) {", replace: "      if (false) {", what: "unconfirmed post: claim released (next run may post twice)", tests: DIGEST },
  { id: "M37", file: "lib/digest/deliver.ts", find: "() => (posted.permanent ? deps.subscriptions.recordFailed(", replace: "() => (false ? deps.subscriptions.recordFailed(", what: "permanent failure released, retried every 15 minutes", tests: DIGEST },
  { id: "M38", file: "lib/digest/deliver.ts", find: "if (digest.stories.length === 0 && item.subscription.quietWhenEmpty) {", replace: "if (digest.stories.length === 0) {", what: "every subscription quiet on empty days", tests: DIGEST },
  { id: "M39", file: "lib/digest/deliver.ts", find: '    if (abandoned.aborted) throw new Error("abandoned after its channel timeout");\n', replace: "", what: "a timed-out channel still posts behind its report", tests: RECORD },
  { id: "M40", file: "lib/digest/deliver.ts", find: "      const pause = RECORD_BACKOFF_MS[attempt];", replace: "      const pause: number | undefined = undefined;", what: "recording the posted ts not retried", tests: ["test/digest-run.test.ts"] },
  { id: "M41", file: "lib/digest/run-digests.ts", find: "      digest.catch(() => digests.delete(key));\n", replace: "      digest.catch(() => undefined);\n", what: "a failed archive read cached for the slot", tests: ["test/digest-run.test.ts"] },
  { id: "M42", file: "lib/digest/deliver.ts", find: "    await deps.subscriptions.release(channel, held, runId).catch(", replace: "    await Promise.resolve(true).catch(", what: "failure before posting keeps the claim", tests: ["test/digest-run.test.ts"] },
  // lib/digest/slots.ts, updates.ts, duplicates.ts
  { id: "M43", file: "lib/digest/slots.ts", find: "if (ms > nowMs || ms <= nowMs - windowMs) continue;", replace: "if (ms > nowMs || ms < nowMs - windowMs) continue;", what: "due window closed at its start (a slot due in two runs)", tests: ["test/digest.test.ts", "test/digest-run.test.ts"] },
  { id: "M44", file: "lib/digest/slots.ts", find: "if (ms > nowMs || ms <= nowMs - windowMs) continue;", replace: "if (ms >= nowMs || ms <= nowMs - windowMs) continue;", what: "a slot at exactly now not due", tests: ["test/digest.test.ts", "test/digest-run.test.ts"] },
  { id: "M45", file: "lib/digest/slots.ts", find: "if (!Number.isNaN(created) && ms < created) continue;", replace: "", what: "slots before the subscription was created are due", tests: ["test/digest.test.ts", "test/digest-run.test.ts"] },
  { id: "M46", file: "lib/digest/updates.ts", find: "const before = versions.filter((v) => Date.parse(v.publishedAt) < since).at(-1);", replace: "const before = versions.filter((v) => Date.parse(v.publishedAt) <= since).at(-1);", what: "a version at exactly the window start counted as before it", tests: ["test/digest-updates.test.ts"] },
  { id: "M47", file: "lib/digest/updates.ts", find: "if ((versionOf.get(story.id) ?? 1) < 2) {", replace: "if ((versionOf.get(story.id) ?? 1) < 3) {", what: "a story's second version never marked updated", tests: ["test/digest-updates.test.ts"] },
  { id: "M48", file: "lib/digest/duplicates.ts", find: "if (f.shared < Math.min(MIN_SHARED_SHINGLES, f.smaller) || f.smaller === 0) return false;", replace: "if (f.smaller === 0) return false;", what: "no minimum of shared shingles", tests: ["test/duplicates.test.ts"] },
  { id: "M49", file: "lib/digest/duplicates.ts", find: "  if (f.body >= t.sure) return true;\n", replace: "", what: "no 'sure' shortcut: openings always checked", tests: ["test/duplicates.test.ts"] },
  // lib/store
  { id: "M50", file: "lib/store/dynamo-digest-claims.ts", find: "ConditionExpression: `attribute_not_exists(pk) OR (#status = :claimed AND claimedAtMs < :staleBefore${", replace: "ConditionExpression: `attribute_not_exists(pk) OR (claimedAtMs < :staleBefore${", what: "digest claim: an old posted slot can be claimed again", tests: ["test/digest-run.test.ts"] },
  { id: "M51", file: "lib/store/dynamo-digest-claims.ts", find: "ConditionExpression: `attribute_not_exists(pk) OR (#status = :claimed AND claimedAtMs < :staleBefore${", replace: "ConditionExpression: `attribute_not_exists(pk) OR (#status = :claimed AND claimedAtMs <= :staleBefore${", what: "digest claim: stale at exactly staleAfterMs", tests: ["test/digest-run.test.ts"] },
  { id: "M52", file: "lib/store/dynamo-digest-claims.ts", find: 'ConditionExpression: "runId = :runId AND #status = :claimed",\n          ExpressionAttributeNames: names', replace: 'ConditionExpression: "#status = :claimed",\n          ExpressionAttributeNames: names', what: "settle: any run may record a claim it lost", tests: [...RECORD, "test/digest-run.test.ts"] },
  { id: "M53", file: "lib/store/dynamo-digest-claims.ts", find: "if (current.runId === options.runId) return { status: \"claimed\", retried: true, ownLostAnswer: true };", replace: "", what: "own claim after a lost answer read as held by another run", tests: RECORD },
  { id: "M54", file: "lib/store/dynamo-digest-claims.ts", find: "return current?.runId === runId && current.status === status && current.ts === fields.ts;", replace: "return current?.runId === runId && current.status === status;", what: "settle read-back ignores the ts", tests: RECORD },
  { id: "M55", file: "lib/store/dynamo-digest-claims.ts", find: 'ConditionExpression: "runId = :runId AND #status = :claimed",\n          ExpressionAttributeNames: { "#status": "status" },\n          ExpressionAttributeValues: { ":runId": runId, ":claimed": "claimed" },', replace: 'ConditionExpression: "#status = :claimed",\n          ExpressionAttributeNames: { "#status": "status" },\n          ExpressionAttributeValues: { ":claimed": "claimed" },', what: "release: any run may release another's claim", tests: [...RECORD, "test/digest-run.test.ts"] },
  { id: "M56", file: "lib/store/dynamo-press-claims.ts", find: 'ConditionExpression: "attribute_not_exists(pk) OR (#status = :claimed AND claimedAtMs < :staleBefore)",', replace: 'ConditionExpression: "attribute_not_exists(pk) OR (claimedAtMs < :staleBefore)",', what: "press claim: an old posted press can be claimed (and posted) again", tests: ["test/press-claims.test.ts", ...SHARE] },
  { id: "M71", file: "lib/store/dynamo-press-claims.ts", find: "#status = :claimed AND claimedAtMs < :staleBefore", replace: "#status = :claimed AND claimedAtMs <= :staleBefore", what: "press claim: stale at exactly staleAfterMs", tests: ["test/press-claims.test.ts"] },
  { id: "M57", file: "lib/store/dynamo-press-claims.ts", find: "if (item.status === \"claimed\" && item.owner === options.owner) {", replace: "if (false) {", what: "own press claim after a lost answer read as held", tests: ["test/press-claims.test.ts"] },
  { id: "M58", file: "lib/store/dynamo-press-claims.ts", find: 'ConditionExpression: "#owner = :owner AND #status = :claimed",\n          ExpressionAttributeNames: { "#status": "status", "#owner": "owner" },\n          ExpressionAttributeValues: { ...values, ":owner": owner, ":claimed": "claimed" },', replace: 'ConditionExpression: "#status = :claimed",\n          ExpressionAttributeNames: { "#status": "status" },\n          ExpressionAttributeValues: { ...values, ":claimed": "claimed" },', what: "press record: any owner may record", tests: ["test/press-claims.test.ts"] },
  { id: "M59", file: "lib/store/dynamo-press-claims.ts", find: "return item?.owner === owner && item.status === \"posted\" && item.ts === ts;", replace: "return item?.status === \"posted\";", what: "press record read-back ignores owner and ts", tests: ["test/press-claims.test.ts"] },
  { id: "M60", file: "lib/store/dynamo-store.ts", find: '"attribute_not_exists(pk) OR version < :v"', replace: '"attribute_not_exists(pk) OR version <= :v"', what: "LATEST may be overwritten at the same version (racing writers)", tests: ["test/store-consistency.test.ts", "test/store.test.ts"] },
  { id: "M61", file: "lib/store/version-brief.ts", find: "export const fitsLatest = (pk: string, item: Item): boolean => itemBytes(latestItem(pk, item)) <= MAX_ITEM_BYTES;", replace: "export const fitsLatest = (pk: string, item: Item): boolean => itemBytes(item) <= MAX_ITEM_BYTES;", what: "size check ignores LATEST's index keys", tests: ["test/item-size.test.ts", "test/store-briefs.test.ts"] },
  { id: "M62", file: "lib/store/version-brief.ts", find: "export const fitsLatest = (pk: string, item: Item): boolean => itemBytes(latestItem(pk, item)) <= MAX_ITEM_BYTES;", replace: "export const fitsLatest = (pk: string, item: Item): boolean => itemBytes(latestItem(pk, item)) <= MAX_ITEM_BYTES + 1024;", what: "400 KB limit allowed 1 KB over", tests: ["test/item-size.test.ts", "test/store-briefs.test.ts"] },
  { id: "M63", file: "lib/store/item-size.ts", find: 'if (typeof value === "string") return Buffer.byteLength(value, "utf8");', replace: 'if (typeof value === "string") return value.length;', what: "string size in UTF-16 units, not UTF-8 bytes", tests: ["test/item-size.test.ts"] },
  { id: "M64", file: "lib/store/item-size.ts", find: "if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueBytes(v), 0);", replace: "if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + valueBytes(v), 0);", what: "list elements' byte of overhead not counted", tests: ["test/item-size.test.ts"] },
  { id: "M65", file: "lib/store/dynamo-table.ts", find: "if (++stalled > UNPROCESSED_RETRIES) {", replace: "if (++stalled > UNPROCESSED_RETRIES + 4) {", what: "more busy rounds than UNPROCESSED_RETRIES before THROTTLED", tests: ["test/store-requests.test.ts"] },
  { id: "M66", file: "lib/store/dynamo-table.ts", find: "      if (pending.length < before) {\n        stalled = 0;\n        continue;\n      }\n", replace: "", what: "a round that made progress counts as busy", tests: ["test/store-requests.test.ts"] },
  { id: "M67", file: "lib/store/dynamo-table.ts", find: "    } while (start);\n    return items;", replace: "    } while (false);\n    return items;", what: "queryAll reads only the first page", tests: ["test/store.test.ts"] },
  { id: "M68", file: "lib/store/dynamo-table.ts", find: "    if (options.signal?.aborted) throw deadlinePassed(what);\n", replace: "", what: "a request sent after the caller's deadline", tests: ["test/store-requests.test.ts"] },
  { id: "M69", file: "lib/store/dynamo-table.ts", find: "      if (conditionFailed(error)) return false;\n      throw error;", replace: "      throw error;", what: "a lost conditional race thrown instead of answered false", tests: ["test/store-consistency.test.ts"] },
  { id: "M70", file: "lib/store/dynamo-dead-letters.ts", find: "while (letters.length < limit) {", replace: "while (letters.length <= limit) {", what: "a dead-letter list of 0 sent to the table (and a full list asks for 0 more)", tests: ["test/ingest-endpoint.test.ts", "test/dead-letters-store.test.ts"] },
];

/**
 * Every catalogued mutant: round 33's, then the thirty-ninth round's sweep (docs/mutation-sweep-39.md), then the
 * fortieth's over values and links (docs/mutation-sweep-40.md), then the forty-first's over the label rules of rounds
 * 38–40 (docs/mutation-sweep-41.md), then the forty-third's over the label rules of rounds 41–42
 * (docs/mutation-sweep-43.md), then the forty-fourth's over the key-figure rules of rounds 43–44
 * (docs/mutation-sweep-44.md), then the forty-fifth's over round 45's label rules and fraction readers
 * (docs/mutation-sweep-45.md), then the forty-sixth's over round 45's other label rules and its infra
 * (docs/mutation-sweep-46.md), then the forty-seventh's over round 47's new infra and labels80's rules
 * (docs/mutation-sweep-47.md).
 */
export const MUTANTS: readonly Mutant[] = [...ROUND_33, ...SWEEP_39, ...SWEEP_40, ...SWEEP_41, ...SWEEP_43, ...SWEEP_44, ...SWEEP_45, ...SWEEP_46, ...SWEEP_47, ...SWEEP_50, ...SWEEP_51, ...SWEEP_52, ...SWEEP_53, ...SWEEP_54, ...SWEEP_55];

function run(mutant: Mutant, bail: boolean, files: readonly string[], names: string | undefined): "killed" | "survived" {
  const before = readFileSync(mutant.file, "utf8");
  const at = before.indexOf(mutant.find);
  if (at < 0 || before.indexOf(mutant.find, at + 1) >= 0) throw new Error(`${mutant.id}: the text to replace is not in ${mutant.file} exactly once`);
  writeFileSync(mutant.file, before.slice(0, at) + mutant.replace + before.slice(at + mutant.find.length));
  try {
    const args = ["vitest", "run", ...(files.length > 0 ? files : mutant.tests), ...(bail ? ["--bail=1"] : []), ...(names ? ["-t", names] : [])];
    const out = spawnSync("npx", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const text = `${out.stdout}${out.stderr}`;
    // vitest marks a failed test with ×; those lines name the killing test.
    const failed = text.split("\n").filter((l) => /^\s*(×|FAIL)/.test(l.replace(/\x1b\[[0-9;]*m/g, "")));
    const verdict = out.status === 0 ? "survived" : "killed";
    console.log(JSON.stringify({ id: mutant.id, verdict, status: out.status, failed: failed.map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trim()).slice(0, 6) }));
    return verdict;
  } finally {
    writeFileSync(mutant.file, before);
  }
}

function main(argv: readonly string[]): void {
  if (argv.includes("--list")) {
    for (const m of MUTANTS) {
      const text = readFileSync(m.file, "utf8");
      const line = text.slice(0, text.indexOf(m.find)).split("\n").length;
      console.log(`${m.id}\t${m.file}:${line}\t${m.what}\t${m.tests.join(" ")}`);
    }
    return;
  }
  // `--file test/x.test.ts` (repeatable) runs those instead of the mutant's own; `--name words` only tests so named.
  const valueOf = (flag: string) => argv.flatMap((a, i) => (a === flag && argv[i + 1] !== undefined ? [argv[i + 1]!] : []));
  const values = new Set([...valueOf("--file"), ...valueOf("--name")]);
  const ids = argv.filter((a) => !a.startsWith("--") && !values.has(a));
  const chosen = ids.length === 0 ? MUTANTS : MUTANTS.filter((m) => ids.includes(m.id));
  for (const m of chosen) run(m, argv.includes("--bail"), valueOf("--file"), valueOf("--name")[0]);
}

// Only when run, not when imported (a test or script may read MUTANTS).
if (process.argv[1]?.endsWith("mutants.ts")) main(process.argv.slice(2));
