/**
 * The thirty-ninth round's mutation sweep (docs/mutation-sweep-39.md): sites the round-33 catalogue did not hold, over
 * the Slack request check and answers, the digest's exactly-once, storage, the handlers, bullet selection and the
 * figures card's pick. Run like the others: `npx tsx scripts/mutants.ts S07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// lib/v0-signature.ts is also the ingest endpoint's check, tested there on a fixed clock.
const V0 = ["test/slack-verify.test.ts", "test/ingest-endpoint.test.ts"];
const VERIFY = ["test/slack-verify.test.ts", "test/slack.test.ts"];
const PARSE = ["test/cli-input.test.ts", "test/slack.test.ts", "test/slack-blocks.test.ts"];
const BLOCKS = ["test/slack-blocks.test.ts", "test/slack-card-budget.test.ts"];
const FAILURE = ["test/slack-faults.test.ts", "test/digest-faults.test.ts"];
const DUE = ["test/digest.test.ts", "test/digest-run.test.ts"];
const RUN = ["test/digest-run.test.ts", "test/digest-faults.test.ts", "test/digest-record-faults.test.ts"];
const REQUESTS = ["test/store-requests.test.ts", "test/store.test.ts", "test/store-errors.test.ts"];
const STORE = ["test/store.test.ts", "test/store-briefs.test.ts", "test/store-consistency.test.ts"];
const SELECT = ["test/select-bullets.test.ts", "test/brief.test.ts", "test/rank-features.test.ts", "test/ranking-docs.test.ts"];
// The files that name card.ts's pick (pickFigures) or call findFigures themselves, and figures-others.test.ts (which
// kills S58); every figures test reads cards: a survivor here was run against all of them (`--file test/figures-`).
const CARD = [
  "test/figures-card.test.ts",
  "test/figures-repeat-toll.test.ts",
  "test/figures-duration-position.test.ts",
  "test/figures-prospect.test.ts",
  "test/figures-time-point.test.ts",
  "test/figures-same-fact.test.ts",
  "test/figures-caption.test.ts",
  "test/figures-count-labels.test.ts",
  "test/figures-label.test.ts",
  "test/figures-link.test.ts",
  "test/figures-patterns.test.ts",
  "test/figures-type.test.ts",
  "test/figures-news-span.test.ts",
  "test/boilerplate.test.ts",
  "test/figures-others.test.ts",
];

const SELECT_FILE = "lib/brief/rank/select.ts";
const CARD_FILE = "lib/brief/figures/card/card.ts";
const SAME = "lib/brief/figures/card/same-fact.ts";

export const SWEEP_39: readonly Mutant[] = [
  // The Slack request check (lib/v0-signature.ts, lib/slack/verify.ts)
  { id: "S01", file: "lib/v0-signature.ts", find: '  if (!TIMESTAMP.test(stamp)) return { ok: false, reason: "bad-timestamp" };\n', replace: "", what: "timestamp form not checked (1.5, 1e9, Infinity read as numbers)", tests: V0 },
  { id: "S02", file: "lib/slack/verify.ts", find: "if (key.toLowerCase() === wanted) return value;", replace: "if (key === wanted) return value;", what: "signature headers looked up case-sensitively", tests: VERIFY },
  { id: "S03", file: "lib/slack/verify.ts", find: "return request.isBase64Encoded ? Buffer.from(request.body, \"base64\") : Buffer.from(request.body, \"utf8\");", replace: "return Buffer.from(request.body, \"utf8\");", what: "a base64-encoded body (Function URL form posts) signed as its base64 text", tests: VERIFY },
  { id: "S04", file: "lib/slack/verify.ts", find: 'const media = (contentTypeHeader ?? "").split(";")[0]!.trim().toLowerCase();', replace: 'const media = (contentTypeHeader ?? "").trim().toLowerCase();', what: "a content type with '; charset=utf-8' refused", tests: VERIFY },
  { id: "S05", file: "lib/slack/verify.ts", find: 'return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed);', replace: 'return parsed !== null && typeof parsed === "object";', what: "a JSON array body passed to Bolt as an object", tests: VERIFY },
  // Command parsing and the ephemeral answers (lib/slack/commands.ts)
  { id: "S06", file: "lib/slack/commands.ts", find: 'if (registry.has(name)) return { kind: "sub", name, args: rest.join(" ") };', replace: 'if (registry.has(first)) return { kind: "sub", name: first, args: rest.join(" ") };', what: "sub-command names case-sensitive ('/brief Latest' searched as a headline)", tests: PARSE },
  { id: "S07", file: "lib/slack/commands.ts", find: 'const trimmed = text.replace(/\\s+/g, " ").trim();', replace: "const trimmed = text.trim();", what: "runs of spaces or tabs between words not collapsed", tests: PARSE },
  { id: "S08", file: "lib/slack/commands.ts", find: "more: matches.length === SEARCH_LIMIT };", replace: "more: false };", what: "a search at its limit reports an exact count of others ('20', not '20+')", tests: PARSE },
  { id: "S09", file: "lib/slack/commands.ts", find: "const wanted = Math.min(n, MAX_LATEST);", replace: "const wanted = n;", what: "/brief latest N not capped at MAX_LATEST", tests: PARSE },
  { id: "S10", file: "lib/slack/commands.ts", find: 'if (error instanceof StoreError && error.code === "MALFORMED_ITEM") {', replace: "if (false) {", what: "a damaged stored story answered 'archive unreachable'", tests: [...PARSE, "test/slack-faults.test.ts"] },
  { id: "S11", file: "lib/slack/commands.ts", find: 'if (args.trim() === "") return notice("Which story?', replace: 'if (false) return notice("Which story?', what: "/brief figures with no words searched for nothing", tests: PARSE },
  { id: "S12", file: "lib/slack/commands.ts", find: "for (let depth = 0; e instanceof Error && depth < 5; depth++) {", replace: "for (let depth = 0; e instanceof Error && depth < 1; depth++) {", what: "a timeout only seen on the error itself, not its causes", tests: ["test/slack-faults.test.ts", "test/slack.test.ts"] },
  // The Block Kit budget (lib/slack/blocks.ts)
  { id: "S13", file: "lib/slack/blocks.ts", find: "    if (used + line.length > budget) {\n", replace: "    if (false) {\n", what: "bullets not held to the message's text budget", tests: BLOCKS },
  { id: "S14", file: "lib/slack/blocks.ts", find: "const budget = LIMITS.totalText - blockTextLength([...head, ...tail]) - whyLine.length - 200;", replace: "const budget = LIMITS.totalText - whyLine.length - 200;", what: "bullet budget ignores the header and figure fields", tests: BLOCKS },
  { id: "S15", file: "lib/slack/blocks.ts", find: 'const width = ch === "&" ? 5 : ch === "<" || ch === ">" ? 4 : ch.length;', replace: "const width = ch.length;", what: "fitMrkdwn measures raw, not escaped, width", tests: BLOCKS },
  { id: "S16", file: "lib/slack/blocks.ts", find: "if (code >= 0xd800 && code <= 0xdbff) cut -= 1;", replace: "", what: "truncate may cut a surrogate pair in half", tests: BLOCKS },
  // Slack failures (lib/slack/slack-errors.ts)
  { id: "S17", file: "lib/slack/slack-errors.ts", find: "permanent: e.statusCode < 500 && e.statusCode !== 408 }", replace: "permanent: e.statusCode < 500 }", what: "an HTTP 408 from Slack treated as permanent", tests: FAILURE },
  { id: "S18", file: "lib/slack/slack-errors.ts", find: '    if (e.data.error === "ratelimited") return { kind: "rate", retryAfter: 1 };\n', replace: "", what: "a platform 'ratelimited' error not waited out", tests: FAILURE },
  // The digest: due slots, the once-a-day key, claims (lib/digest/, lib/store/dynamo-subscriptions.ts)
  { id: "S19", file: "lib/digest/slots.ts", find: "if (!/^(?:[01]\\d|2[0-3]):[0-5]\\d$/.test(subscription.time)) {", replace: "if (!/^(?:[01]\\d|2[0-4]):[0-5]\\d$/.test(subscription.time)) {", what: "a stored time of 24:00 taken as a slot", tests: DUE },
  { id: "S20", file: "lib/digest/slots.ts", find: "const daysBack = Math.ceil(windowMs / DAY);", replace: "const daysBack = Math.floor(windowMs / DAY);", what: "the due window does not reach back over local midnight", tests: DUE },
  { id: "S21", file: "lib/digest/slots.ts", find: "due.push({ subscription, slot: slotKey(date, subscription.time), at });", replace: "due.push({ subscription, slot: slotKey(at.toISOString().slice(0, 10), subscription.time), at });", what: "the slot key (once a day) dated in UTC, not the channel's zone", tests: DUE },
  { id: "S22", file: "lib/digest/run-digests.ts", find: 'const key = `${until}|${filter.section ?? ""}|${filter.source ?? ""}`;', replace: "const key = `${until}`;", what: "channels with different filters share one digest", tests: RUN },
  { id: "S23", file: "lib/digest/deliver.ts", find: "      await deps.subscriptions.recordPosted(channel, held, runId, undefined, clock());\n", replace: "", what: "a quiet empty day's claim never settled", tests: RUN },
  { id: "S24", file: "lib/store/dynamo-digest-claims.ts", find: "          return current.ts === undefined ? { status: \"posted\" } : { status: \"posted\", ts: current.ts };", replace: "          return { status: \"claimed\", retried: true };", what: "a posted slot read back as free to take over", tests: RUN },
  // Storage (lib/store/)
  { id: "S25", file: "lib/store/dynamo-client.ts", find: "  if (THROTTLE_NAMES.has(e.name)) {", replace: '  if (e.name === "ProvisionedThroughputExceededException") {', what: "ThrottlingException and RequestLimitExceeded not typed THROTTLED", tests: REQUESTS },
  { id: "S26", file: "lib/store/dynamo-client.ts", find: "(status !== undefined && status >= 500)", replace: "(status !== undefined && status > 500)", what: "a bare HTTP 500 not typed UNAVAILABLE (rethrown as a bug)", tests: REQUESTS },
  { id: "S27", file: "lib/store/dynamo-client.ts", find: '  if (e.name === "ResourceNotFoundException") {', replace: "  if (false) {", what: "a missing table rethrown as a bug, not UNAVAILABLE", tests: REQUESTS },
  { id: "S28", file: "lib/store/dynamo-table.ts", find: "const BATCH_WRITE_MAX = 25;", replace: "const BATCH_WRITE_MAX = 26;", what: "batch writes of 26 (DynamoDB's limit is 25)", tests: REQUESTS },
  { id: "S29", file: "lib/store/dynamo-table.ts", find: "const BATCH_GET_MAX = 100;", replace: "const BATCH_GET_MAX = 101;", what: "batch gets of 101 (DynamoDB's limit is 100)", tests: REQUESTS },
  { id: "S30", file: "lib/store/dynamo-store.ts", find: "if (!Number.isInteger(limit) || limit <= 0) return [];", replace: "if (!Number.isInteger(limit) || limit < 0) return [];", what: "latest(0) sent to the table", tests: STORE },
  { id: "S31", file: "lib/store/dynamo-store.ts", find: '${replace === "older" ? "<" : "<="} :g)', replace: '${replace === "older" ? "<=" : "<="} :g)', what: "a reader's write-back replaces a brief of its own generation", tests: STORE },
  { id: "S32", file: "lib/store/dynamo-store.ts", find: '        if (same) return { status: "unchanged", version: Number(same.version) };\n', replace: "", what: "replaying an old text of a story stores it as a new version (rolls a correction back)", tests: STORE },
  { id: "S33", file: "lib/store/dynamo-store.ts", find: "if (sk === articleSort.latest || !byVersion.has(article.version)) byVersion.set(article.version, article);", replace: "if (!byVersion.has(article.version)) byVersion.set(article.version, article);", what: "a version both kept and current read from its copy, not LATEST", tests: STORE },
  { id: "S34", file: "lib/store/item-size.ts", find: 'if (typeof value === "object") return 3 + attributesBytes(value as Record<string, unknown>, 1);', replace: 'if (typeof value === "object") return 3 + attributesBytes(value as Record<string, unknown>, 0);', what: "a map's per-element byte not counted", tests: ["test/item-size.test.ts", "test/store-briefs.test.ts"] },
  // The handlers (functions/, lib/ingest/endpoint.ts)
  { id: "S35", file: "functions/digest.ts", find: "  if (Number.isNaN(now.getTime())) throw new Error(", replace: "  if (false) throw new Error(", what: "a digest run at an unreadable event.now", tests: ["test/digest-run.test.ts", "test/digest-record-faults.test.ts"] },
  { id: "S36", file: "functions/ingest.ts", find: 'const body = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");', replace: 'const body = Buffer.from(raw, "utf8");', what: "a base64 ingest body checked as its base64 text", tests: ["test/ingest-bundle.test.ts"] },
  { id: "S37", file: "functions/ingest.ts", find: "map(([name, value]) => [name.toLowerCase(), value])", replace: "map(([name, value]) => [name, value])", what: "ingest headers not lowercased", tests: ["test/ingest-bundle.test.ts"] },
  { id: "S38", file: "lib/ingest/endpoint.ts", find: 'return refuse(error.code === "EMPTY" ? 400 : 413, error.message);', replace: "return refuse(400, error.message);", what: "an oversized batch answered 400, not 413", tests: ["test/ingest-endpoint.test.ts"] },
  // Bullet selection (lib/brief/rank/select.ts)
  { id: "S39", file: SELECT_FILE, find: "return b.score - a.score || a.index - b.index;", replace: "return b.score - a.score || b.index - a.index;", what: "equal scores go to the later sentence", tests: SELECT },
  { id: "S40", file: SELECT_FILE, find: "for (const r of order) if (words[r.index]! >= MIN_BULLET_WORDS) full.push(r);", replace: "for (const r of order) if (words[r.index]! > MIN_BULLET_WORDS) full.push(r);", what: "a sentence of exactly MIN_BULLET_WORDS words too short", tests: SELECT },
  { id: "S41", file: SELECT_FILE, find: "const pool = full.length >= count ? full : order;", replace: "const pool = full;", what: "too few full sentences: no fall back to the short ones", tests: SELECT },
  { id: "S42", file: SELECT_FILE, find: "if (candidate.score + ceiling < bestValue) break;", replace: "if (candidate.score + ceiling <= bestValue) break;", what: "the early stop also drops a candidate that could tie", tests: SELECT },
  { id: "S43", file: SELECT_FILE, find: "if (closest > weights.redundancy ||", replace: "if (closest >= weights.redundancy ||", what: "a sentence at exactly the redundancy threshold skipped", tests: SELECT },
  { id: "S44", file: SELECT_FILE, find: "(value === bestValue && candidate.index < best!.index)", replace: "(value === bestValue && candidate.index > best!.index)", what: "equal selection values go to the later sentence", tests: SELECT },
  { id: "S45", file: SELECT_FILE, find: "    if (!chosen.includes(candidate)) chosen.push(candidate);\n", replace: "", what: "no fill: fewer bullets than asked when the budget or redundancy left some out", tests: SELECT },
  // The figures card's pick (lib/brief/figures/card/)
  { id: "S46", file: CARD_FILE, find: "const REPEAT_PENALTY = 0.6;", replace: "const REPEAT_PENALTY = 1;", what: "no repeat penalty: four race times crowd the card", tests: CARD },
  { id: "S47", file: CARD_FILE, find: 'if (s.c.signals.kind !== "casualties") return repeats;', replace: 'if (s.c.signals.kind === "casualties") return repeats;', what: "the far-apart toll exemption applied to every kind but tolls", tests: CARD },
  { id: "S48", file: CARD_FILE, find: "Math.max(a, b) >= apart * Math.min(a, b)", replace: "Math.max(a, b) > apart * Math.min(a, b)", what: "two tolls exactly `apart` times apart read as one series", tests: CARD },
  { id: "S49", file: CARD_FILE, find: "      if (effective > bestScore) {", replace: "      if (effective >= bestScore) {", what: "ties in the pick go to the later-sorted candidate", tests: CARD },
  { id: "S50", file: CARD_FILE, find: "    if (same >= 0) {", replace: "    if (same > 0) {", what: "a repeat of the card's first figure carded twice", tests: CARD },
  { id: "S51", file: CARD_FILE, find: "if (better && !out.some((f, k) => k !== same && sameFact(f.c, pick.c))) {", replace: "if (better) {", what: "a change takes its level's place even when it repeats another figure on the card", tests: CARD },
  { id: "S52", file: CARD_FILE, find: "(s.sentence >= DEEP_SENTENCES ? w.deep : 1)", replace: "(s.sentence > DEEP_SENTENCES ? w.deep : 1)", what: "the thirteenth sentence not marked deep", tests: CARD },
  { id: "S53", file: SAME, find: "const DISTINCTIVE = 10;", replace: "const DISTINCTIVE = 11;", what: "two equal amounts of 10 not taken for one fact", tests: CARD },
  { id: "S54", file: SAME, find: '(a.change.direction === "down" && a.change.value >= 100)', replace: '(a.change.direction === "down" && a.change.value > 100)', what: "a fall of 100% implies an earlier level (of infinity)", tests: CARD },
  { id: "S55", file: SAME, find: "const IMPLIED_LEVEL = 0.01;", replace: "const IMPLIED_LEVEL = 0.03;", what: "an amount 3% off a change's implied level taken for it", tests: CARD },
  { id: "S56", file: SAME, find: "if (b.value < a.value || b.value >= a.value * reach) return false;", replace: "if (b.value < a.value || b.value > a.value * reach) return false;", what: "'hundreds of' reaches exactly ten times its value", tests: CARD },
  { id: "S57", file: SAME, find: "  if (fa.type !== fb.type || fa.sentence === fb.sentence) return false;", replace: "  if (fa.type !== fb.type) return false;", what: "two equal amounts in one sentence taken for one fact", tests: CARD },
  { id: "S58", file: SAME, find: "  if (othersSet(fa.label) !== othersSet(fb.label)) return false;\n", replace: "", what: "'four other members' taken for the first four", tests: CARD },
  { id: "S59", file: SAME, find: 'f.kind === "casualties" || f.kind === "money" || f.kind === "percent";', replace: 'f.kind === "casualties" || f.kind === "money";', what: "one percentage said twice under two labels carded twice", tests: CARD },
  { id: "S60", file: "lib/brief/figures/card/figure.ts", find: "return Math.max(0, Math.floor(Number.isFinite(requested) ? requested : DEFAULT_FIGURES));", replace: "return Math.max(1, Math.floor(Number.isFinite(requested) ? requested : DEFAULT_FIGURES));", what: "figures: 0 still gives one figure", tests: [...CARD, "test/digest.test.ts"] },
];
