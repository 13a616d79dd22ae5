/**
 * The forty-seventh round's mutation sweep (docs/mutation-sweep-47.md): round 47's new code, 9d6aefc0..main — the
 * CLI's exit-code rule and count-flag ranges, hashed feed-key damage messages, unsubscribe and /brief subscriptions of
 * damaged items, CJK/unspaced-script search pieces, a same-time re-subscribe keeping its start, one digest a day on a
 * later time (lastPosted), ingest's stat before read, settleUnposted, the press claim's single UpdateItem, and
 * labels80's figure rules (product-count, exact-for-vague, carry-count's forecast verb, "Of the 90 …", "N of them on
 * horseback", pounds of a substance). Run like the others: `npx tsx scripts/mutants.ts T07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills, run with every group below; each group's other files are the rule's own tests (kept few:
// two shared cores, and each mutant runs them all).
const NEW_INFRA = "test/sweep-47.test.ts";
const NEW_FIG = "test/figures-labels-47.test.ts";
const F = (...names: string[]): string[] => [NEW_FIG, ...names.map((n) => `test/figures-${n}.test.ts`)];

const EXIT = [NEW_INFRA, "test/cli-exit-codes.test.ts", "test/ingest-cli.test.ts", "test/cli-bounded-read.test.ts"];
const FEEDS = [NEW_INFRA, "test/feeds-hashed-damage.test.ts", "test/feeds-cli.test.ts"];
const ITEMS = [NEW_INFRA, "test/slack-subscription-items.test.ts"];
const SEARCH = [NEW_INFRA, "test/search-unspaced-scripts.test.ts"];
const RESUB = [NEW_INFRA, "test/digest-resubscribe.test.ts", "test/slack-subscription-items.test.ts"];
const SETTLE = [NEW_INFRA, "test/digest-throttled.test.ts"];
const PRESS = [NEW_INFRA, "test/press-claims.test.ts"];

const PRODUCT = F("product-count", "forecast-object");
const EXACT = F("exact-for-vague", "same-fact");
const FRONTED = F("fronted-subset", "fronted-whole");
const SCOPE = F("subset-scope");
const POUNDS = F("money-worth", "amounts");

const SUB = "lib/slack/subscription-commands.ts";
const DS = "lib/store/dynamo-subscriptions.ts";
const DC = "lib/store/dynamo-digest-claims.ts";
const DP = "lib/store/dynamo-partition.ts";
const WS = "lib/store/dynamo-subscribe.ts";
const SI = "lib/store/search-index.ts";
const SS = "lib/digest/schedule-start.ts";
const PC = "lib/store/dynamo-press-claims.ts";
const B = "lib/brief/figures";

export const SWEEP_47: readonly Mutant[] = [
  // cli/: count-flag ranges, exit codes 1 and 2, stat before read
  { id: "T01", file: "cli/main.ts", find: "if (n < min) throw", replace: "if (n < min - 1) throw", what: "count flag: one below its least value taken ('--limit 0', '--figures=-1')", tests: EXIT },
  { id: "T02", file: "cli/main.ts", find: 'bullets: integer(values.bullets, "--bullets", 1),', replace: 'bullets: integer(values.bullets, "--bullets", 0),', what: "count flag: '--bullets 0' taken (a brief with no bullets)", tests: EXIT },
  { id: "T03", file: "cli/main.ts", find: 'limit: integer(values.limit, "--limit", 1) });', replace: 'limit: integer(values.limit, "--limit", 0) });', what: "count flag: deadletters '--limit 0' taken ('No dead letters' over a table holding some)", tests: EXIT },
  { id: "T04", file: "cli/changes.ts", find: "if (!story) throw new InputError(", replace: "if (!story) throw new UsageError(", what: "exit code: an unknown story for `changes` is usage (2), not input (1)", tests: EXIT },
  { id: "T05", file: "cli/read-file.ts", find: "while (total <= maxBytes) {", replace: "while (true) {", what: "ingest: a story file (a pipe) read past 6 MB, on until its writer stops", tests: EXIT },
  { id: "T06", file: "cli/ingest.ts", find: "if (text === undefined) throw tooLargeBatch();", replace: "if (text === undefined) throw new InputError(`cannot read ${path}`);", what: "ingest: a file over 6 MB reported as unreadable ('cannot read'), not as too large", tests: EXIT },
  { id: "T07", file: "cli/ingest.ts", find: "if (!info) throw new InputError(", replace: "if (!info) throw new UsageError(", what: "exit code: a missing file for `ingest` is usage (2)", tests: EXIT },
  // cli/feeds.ts: a damaged cursor keyed by its URL's hash
  { id: "T08", file: "cli/feeds.ts", find: "return key === d.url ? undefined : key;", replace: "return key;", what: "feeds: every damaged cursor shows an 'item:' line, even one keyed by its URL", tests: FEEDS },
  { id: "T09", file: "cli/feeds.ts", find: "const hashed = damaged.some((d) => hashedKey(d) !== undefined)", replace: "const hashed = damaged.every((d) => hashedKey(d) !== undefined)", what: "feeds: the error names the sha256: key only when every damaged cursor is hashed", tests: FEEDS },
  { id: "T10", file: "cli/feeds.ts", find: "...(key ? { itemKey: key } : {}),", replace: "", what: "feeds --json: a hashed damaged cursor's itemKey left out", tests: FEEDS },
  // unsubscribe and list of damaged items
  { id: "T11", file: DS, find: "(): DamagedSubscription => ({ channelId, damaged: true })", replace: "(error): DamagedSubscription => { throw error; }", what: "unsubscribe: a damaged item's removal thrown as MALFORMED_ITEM after it is gone", tests: ITEMS },
  { id: "T12", file: DS, find: "        if (typeof item.teamId === \"string\") damaged.teamId = item.teamId;\n", replace: "", what: "list: a damaged item's workspace dropped (shown in every workspace's list)", tests: ITEMS },
  { id: "T13", file: SUB, find: "const all = (await deps.subscriptions.listWithDamaged())", replace: "const all = (await deps.subscriptions.list())", what: "/brief subscriptions: damaged items left out of the list", tests: ITEMS },
  { id: "T14", file: SUB, find: "filter((s) => !invocation.teamId || !s.teamId || s.teamId === invocation.teamId);", replace: "filter((s) => !invocation.teamId || s.teamId === invocation.teamId);", what: "/brief subscriptions: an item with no workspace left out of a workspace's list", tests: ITEMS },
  { id: "T15", file: SUB, find: '    if ("damaged" in removed) return notice(', replace: '    if (false) return notice(', what: "unsubscribe: a damaged item's removal described from its (unknown) settings", tests: ITEMS },
  // search-index.ts: unspaced scripts in two-character pieces
  { id: "T16", file: SI, find: "  if (chars.length === 1) return chars;\n", replace: "", what: "search: a lone unspaced character (a one-character Han word) no piece at all", tests: SEARCH },
  { id: "T17", file: SI, find: "return chars.slice(1).map((c, i) => chars[i]! + c);", replace: "return [run];", what: "search: an unspaced run one word again (a word inside it not found)", tests: SEARCH },
  { id: "T18", file: SI, find: '    .normalize("NFC")\n', replace: "", what: "search: Korean left decomposed into its letters (the typed word no longer matches)", tests: SEARCH },
  { id: "T19", file: SI, find: ' || /\\d/.test(w) || IS_UNSPACED.test(w));', replace: " || /\\d/.test(w));", what: "search: a lone unspaced character dropped as a one-letter word", tests: SEARCH },
  { id: "T20", file: SI, find: '\\\\p{scx=Han}\\\\p{scx=Hiragana}\\\\p{scx=Katakana}\\\\p{scx=Hangul}', replace: '\\\\p{scx=Han}\\\\p{scx=Hiragana}\\\\p{scx=Katakana}', what: "search: Korean not an unspaced script (a word with its particle one word)", tests: SEARCH },
  // re-subscribe keeping its start; one digest a day
  { id: "T21", file: WS, find: 'const SAME_SCHEDULE = "#time = :time AND #timeZone = :timeZone AND attribute_type(#createdAt, :string)";', replace: 'const SAME_SCHEDULE = "#time = :time AND attribute_type(#createdAt, :string)";', what: "re-subscribe: the start kept when only the time zone moved", tests: RESUB },
  { id: "T22", file: WS, find: "return { old, keptStart: String(old.createdAt) };", replace: "return { old };", what: "re-subscribe: the kept start not reported (the reply's Next computed from now)", tests: RESUB },
  { id: "T23", file: SUB, find: "const stored = { ...subscription, createdAt: outcome.keptStart ?? subscription.createdAt };", replace: "const stored = subscription;", what: "re-subscribe: the reply's Next ignores the kept start", tests: RESUB },
  { id: "T24", file: SS, find: "  if (localDate(lastSlotAt, schedule.timeZone) !== day) return now;\n", replace: "", what: "one a day: any past post delays a new schedule to the next day", tests: RESUB },
  { id: "T25", file: SS, find: "return slotInstant(addDays(day, 1), \"00:00\", schedule.timeZone);", replace: "return slotInstant(day, \"00:00\", schedule.timeZone);", what: "one a day: the start the same day's midnight (the second digest still goes out)", tests: RESUB },
  { id: "T26", file: SS, find: "return nextSlot(subscription, Math.max(now.getTime() + 1, Number.isNaN(start) ? 0 : start));", replace: "return nextSlot(subscription, now.getTime() + 1);", what: "one a day: Next ignores a start past the clock's next slot", tests: RESUB },
  { id: "T27", file: DC, find: 'if (claim?.status !== "posted" || claim.ts === undefined) continue;', replace: "if (claim === undefined) continue;", what: "lastPosted: a failed or pending claim counts as posted", tests: RESUB },
  { id: "T28", file: DP, find: '...(options.newestFirst ? { ScanIndexForward: false } : {}),', replace: "", what: "lastPosted: the oldest posted claim taken, not the newest", tests: RESUB },
  { id: "T29", file: SS, find: "for (const at of [claim.postedAt, claim.claimedAt]) {", replace: "for (const at of [claim.claimedAt]) {", what: "one a day: when it was posted read from its claim, not its post", tests: RESUB },
  // settleUnposted in run.ts
  { id: "T30", file: "lib/digest/deliver.ts", find: "...(settled ? {} : { claimKept: true as const })", replace: "", what: "digest run: a claim the table would not settle not reported as kept", tests: SETTLE },
  { id: "T31", file: "lib/digest/deliver.ts", find: "    await write();\n    return true;\n  } catch (error) {\n    clog?.error(", replace: "    await write();\n    return true;\n  } catch (error) {\n    throw error;\n    clog?.error(", what: "digest run: a throttled release thrown (Slack's reason replaced by the table's)", tests: SETTLE },
  // dynamo-press-claims.ts: one UpdateItem keeping the first holder's time
  { id: "T32", file: PC, find: '"firstClaimedAtMs = if_not_exists(firstClaimedAtMs, if_not_exists(claimedAtMs, :now))"', replace: '"firstClaimedAtMs = if_not_exists(claimedAtMs, :now)"', what: "press claim: a second takeover keeps the last holder's time, not the first's", tests: PRESS },
  { id: "T33", file: PC, find: '"firstClaimedAtMs = if_not_exists(firstClaimedAtMs, if_not_exists(claimedAtMs, :now))"', replace: '"firstClaimedAtMs = if_not_exists(firstClaimedAtMs, :now)"', what: "press claim: a first takeover keeps its own time, not the dead holder's", tests: PRESS },
  { id: "T34", file: PC, find: 'const first = typeof item.firstClaimedAtMs === "number" ? item.firstClaimedAtMs : nowMs - TTL_SECONDS * 1000;', replace: "const first = nowMs - TTL_SECONDS * 1000;", what: "press claim: a resent claim searches back a whole TTL, not to the first holder's time", tests: PRESS },
  // labels80's figure rules
  { id: "T35", file: `${B}/card/product-count.ts`, find: 'r.kind === "count" && FORECAST.test(label);', replace: "FORECAST.test(label);", what: "product-count: any forecast (money, a share) counts the topic", tests: PRODUCT },
  { id: "T36", file: `${B}/card/candidates.ts`, find: "return countsProduct(r, label) || ", replace: "return ", what: "product-count: a named forecaster's count not lifted to the topic", tests: PRODUCT },
  { id: "T37", file: `${B}/card/sentence/carry-count.ts`, find: " || forecastVerb(toks[r.s - 1]);", replace: ";", what: "carry-count: a rival's 'forecasts 15 million' carried at half weight", tests: PRODUCT },
  { id: "T38", file: `${B}/card/exact-for-vague.ts`, find: "c.figure.sentence !== pick.c.figure.sentence && ", replace: "", what: "exact-for-vague: a count in the vague one's own sentence (a list's part) takes its slot", tests: EXACT },
  { id: "T39", file: `${B}/card/exact-for-vague.ts`, find: " && nearDuplicate(pick.c, c)) return k;", replace: ") return k;", what: "exact-for-vague: any exact count of another sentence takes the vague one's slot", tests: EXACT },
  { id: "T40", file: `${B}/card/card.ts`, find: "    if (exact >= 0) taken[exact] = true;\n", replace: "", what: "exact-for-vague: the exact one not marked taken (on the card twice)", tests: EXACT },
  { id: "T41", file: `${B}/label/counts/fronted-subset.ts`, find: "if (!isWord(toks[k]) && toks[k]!.kind !== NUM) return undefined;", replace: "if (!isWord(toks[k])) return undefined;", what: "fronted-subset: 'Of the 90 people on board, 57 were Greeks' no whole", tests: FRONTED },
  { id: "T42", file: `${B}/label/ellipsis/subset-scope.ts`, find: 'const SCOPES = new Set(["from", "in", "on"]);', replace: 'const SCOPES = new Set(["from", "in"]);', what: "subset-scope: 'nine of them on horseback' a second total", tests: SCOPE },
  { id: "T43", file: `${B}/label/ellipsis/subset-scope.ts`, find: '(WEEKDAYS.has(head.l) || MONTHS.has(head.l) || !isWord(toks[from]))', replace: "(WEEKDAYS.has(head.l))", what: "subset-scope: 'three of them on 4 May' / 'on May 4' read as where", tests: SCOPE },
  { id: "T44", file: `${B}/read/amount/pounds-weigh.ts`, find: "isWord(of) && of.pos === \"NOUN\" && !MONEY_OF.has(of.l)) return true;", replace: "isWord(of) && of.pos === \"NOUN\") return true;", what: "pounds-weigh: '2 million pounds of taxpayers' money' a weight", tests: POUNDS },
  { id: "T45", file: `${B}/read/amount/pounds-weigh.ts`, find: "core.vague === undefined && isWord(of) && of.pos", replace: "isWord(of) && of.pos", what: "pounds-weigh: 'thousands of pounds of cocaine'… a vague scale of a noun weighs", tests: POUNDS },
];
