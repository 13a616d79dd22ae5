/**
 * The fifty-fifth round's mutants (branch mutate55): code no catalogue had mutated — the eval scorers every README
 * figure rests on (ROUGE and its bootstrap interval, the figure card's key recall, label accuracy, junk and highlight
 * recall), ingestion's checks (signature, batch, ninjs, feeds, dead letters) and the digest's run. Each `what` names
 * the wrong answer the mutant would give; an equivalent mutant says why no test can tell it apart.
 * Run like the others: `npx tsx scripts/mutants.ts E01 --bail`.
 *
 * First run, against the tests each names as they stood (`--bail`): 20 killed (E02–E05, E09, E22, E26, E29, E37–E45,
 * E48–E50), 30 survived (E01, E06–E08, E10–E21, E23–E25, E27, E28, E30–E36, E46, E47).
 * The 30 rerun with this round's tests (the same files): 29 killed, so 49 of 50 in all. E08 was a real difference from
 * rouge-score and ROUGE-1.5.5 (the LCS tie-break): the code was fixed and E08 now mutates the fix back. E32 is
 * equivalent.
 */
import type { Mutant } from "#scripts/mutants.ts";

const ROUGE = "lib/eval/rouge.ts";
const BOOT = "lib/eval/bootstrap.ts";
const SCORE = "lib/eval/figures-score.ts";
const HL = "lib/eval/figures-highlights.ts";
const DL = "lib/ingest/dead-letters.ts";
const DIGEST = "lib/digest/digest.ts";
const FILTERS = "lib/digest/filters.ts";
const ROUGE_T = ["test/rouge.test.ts"];
const BOOT_T = ["test/centrality.test.ts"];
const FIG_T = ["test/figures-eval.test.ts"];
const ENDPOINT_T = ["test/ingest-endpoint.test.ts"];
const FEEDS_T = ["test/ingest-feeds.test.ts"];
const RUN_T = ["test/digest-run.test.ts"];

export const SWEEP_55: readonly Mutant[] = [
  // lib/eval/rouge.ts: rouge-score's (and ROUGE-1.5.5's) rules
  { id: "E01", file: ROUGE, find: ".map((t) => (t.length > 3 ? stemmer(t) : t));", replace: ".map((t) => (t.length >= 3 ? stemmer(t) : t));", what: "three-letter tokens stemmed too ('was' → 'wa'); rouge-score stems only tokens over three characters", tests: ROUGE_T },
  { id: "E02", file: ROUGE, find: ".map((t) => (t.length > 3 ? stemmer(t) : t));", replace: ".map((t) => t);", what: "no stemming: 'running' and 'runs' no longer one token", tests: ROUGE_T },
  { id: "E03", file: ROUGE, find: "return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));", replace: "return score(overlap, Math.max(0, candidate.length - n), Math.max(0, reference.length - n));", what: "n-gram totals one short (a text of k tokens has k − n + 1 n-grams)", tests: ROUGE_T },
  { id: "E04", file: ROUGE, find: "overlap += Math.min(count, r.get(gram) ?? 0);", replace: "overlap += r.has(gram) ? count : 0;", what: "n-gram overlap not clipped to the reference's count", tests: ROUGE_T },
  { id: "E05", file: ROUGE, find: "const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);", replace: "const f1 = (precision + recall) / 2;", what: "F-measure as the arithmetic mean, not the harmonic one", tests: ROUGE_T },
  { id: "E06", file: ROUGE, find: "rougeL: score(lcsLength(candidate, reference), candidate.length, reference.length),", replace: "rougeL: score(lcsLength(candidate, reference), reference.length, candidate.length),", what: "ROUGE-L precision and recall swapped (its F1, symmetric, unchanged)", tests: ROUGE_T },
  { id: "E07", file: ROUGE, find: "if ((candCounts.get(token) ?? 0) > 0 && (refCounts.get(token) ?? 0) > 0) {", replace: "if ((refCounts.get(token) ?? 0) > 0) {", what: "ROUGE-Lsum hits not clipped to the candidate's token counts (1.5.5's double-count guard gone)", tests: ROUGE_T },
  { id: "E08", file: ROUGE, find: "} else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;", replace: "} else if (table[i - 1]![j]! > table[i]![j - 1]!) i--;", what: "LCS backtracking on a tie backs up the candidate, not the reference as rouge-score and ROUGE-1.5.5 do (the code before this round's fix): another LCS, so another ROUGE-Lsum union", tests: ROUGE_T },
  { id: "E09", file: ROUGE, find: "return score(hits, cand.flat().length, refs.flat().length);", replace: "return score(hits, refs.flat().length, cand.flat().length);", what: "ROUGE-Lsum precision and recall swapped", tests: ROUGE_T },
  // lib/eval/bootstrap.ts: the 95% interval
  { id: "E10", file: BOOT, find: "Math.floor(q * resamples)", replace: "Math.floor(q * (resamples - 1))", what: "the percentiles read one resample lower (the 25th and 975th of 1,000, not the 26th and 976th)", tests: BOOT_T },
  { id: "E11", file: BOOT, find: "low: round2(at(0.025)), high: round2(at(0.975))", replace: "low: round2(at(0.05)), high: round2(at(0.95))", what: "a 90% interval reported as the 95% one", tests: BOOT_T },
  { id: "E12", file: BOOT, find: "sum += differences[Math.floor(random() * n)]!;", replace: "sum += differences[Math.floor(random() * (n - 1))]!;", what: "the last article never resampled (the bug ROUGE-1.5.5's changelog fixed)", tests: BOOT_T },
  // lib/eval/evaluate.ts
  { id: "E13", file: "lib/eval/evaluate.ts", find: "100 * (s[m].f1 - lead[i]![m].f1)", replace: "100 * (lead[i]![m].f1 - s[m].f1)", what: "the difference reported as Lead-3 − nutgraf", tests: ["test/cli.test.ts"] },
  { id: "E14", file: "lib/eval/evaluate.ts", find: 'const reference = example.highlights.join("\\n");', replace: 'const reference = example.highlights.join(" ");', what: "the highlights scored as one reference sentence: ROUGE-Lsum becomes ROUGE-L", tests: ["test/cli.test.ts"] },
  // lib/eval/figures-gold.ts, figures-score.ts: key recall, label accuracy, junk
  { id: "E15", file: "lib/eval/figures-gold.ts", find: 'new Set(["year", "date", "time", "age", "score", "identifier"])', replace: 'new Set(["year", "date", "time", "age", "score"])', what: "an identifier on a card ('No 1', 'Boeing 747') not counted as junk", tests: FIG_T },
  { id: "E16", file: SCORE, find: "(y.length >= 20 && x.includes(y))", replace: "x.includes(y)", what: "a short gold sentence fragment ('12.') matches any sentence containing it", tests: FIG_T },
  { id: "E17", file: SCORE, find: "mine.some(([c, d]) => a < d && c < b)", replace: "mine.some(([c, d]) => a <= d && c <= b)", what: "spans that only touch ('$5' next to 'm') count as overlapping", tests: FIG_T },
  { id: "E18", file: SCORE, find: "return overlapping ?? byValue;", replace: "return byValue ?? overlapping;", what: "a figure matched to an equal value elsewhere in its sentence rather than the number it was read from", tests: FIG_T },
  { id: "E19", file: SCORE, find: 'out.add(stemmer(w.replace(/\'s$/, "")));', replace: 'out.add(w.replace(/\'s$/, ""));', what: "label words not stemmed: 'profits' no longer matches the gold's 'profit'", tests: FIG_T },
  { id: "E20", file: SCORE, find: 'stems(`${g.head ?? ""} ${g.counts ?? ""}`)', replace: 'stems(g.head ?? "")', what: "label rule: a word of the gold's counts no longer makes a label right, only its head noun", tests: FIG_T },
  { id: "E21", file: SCORE, find: 'const id = `${g.value}|${(g.counts ?? "").toLowerCase()}`;', replace: "const id = `${g.value}`;", what: "key facts grouped by value alone: two key facts of one value counted as one", tests: FIG_T },
  { id: "E22", file: SCORE, find: "keyRecall: pct(c.keyRecalled, c.keyFacts),", replace: "keyRecall: pct(c.keyRecalled, c.keyCardable),", what: "key recall's denominator the cardable key facts, not all of them", tests: FIG_T },
  { id: "E23", file: SCORE, find: "labelAccuracy: pct(c.labelRight, c.matched),", replace: "labelAccuracy: pct(c.labelRight, c.card),", what: "label accuracy over every card figure, not the matched ones", tests: FIG_T },
  { id: "E24", file: SCORE, find: "(sameValue(f.value, g.value) && (labelMatches(f.label, g) || sameSentence(f.sentenceText, g.sentence)))", replace: "sameValue(f.value, g.value)", what: "a key fact held by any card figure of equal value, whatever it counts and wherever it was read", tests: FIG_T },
  { id: "E25", file: SCORE, find: "if (JUNK_TYPES.has(g.type)) into.junk++;", replace: "if (f.type !== undefined && JUNK_TYPES.has(f.type)) into.junk++;", what: "junk judged by the card's own type, not the gold's (the naive card, untyped, never junk)", tests: FIG_T },
  // lib/eval/figures-eval.ts, figures-highlights.ts, figures-ceiling.ts: highlight recall
  { id: "E26", file: "lib/eval/figures-eval.ts", find: 'if (example.id.startsWith("bbc-") || example.highlights.length === 0) continue;', replace: "if (example.highlights.length === 0) continue;", what: "BBC rows' extractive 'highlights' counted as journalists' highlights", tests: FIG_T },
  { id: "E27", file: HL, find: "const FACT_WINDOW = 4;", replace: "const FACT_WINDOW = 40;", what: "the same-fact window the whole highlight: any shared word anywhere credits the fact", tests: FIG_T },
  { id: "E28", file: HL, find: "  f.previous === v ||\n", replace: "", what: "the earlier value a card prints ('from £194m') no longer holds a highlight number", tests: FIG_T },
  { id: "E29", file: "lib/eval/figures-ceiling.ts", find: "if (left <= 0) return;", replace: "if (left < 0) return;", what: "the oracle card holds one figure more than the limit", tests: ["test/figures-ceiling.test.ts"] },
  // lib/ingest/signature.ts, lib/v0-signature.ts: who may push stories in
  { id: "E30", file: "lib/ingest/signature.ts", find: '  if (secret === "") return { ok: false, reason: "the endpoint has no signing secret configured" };\n', replace: "", what: "an endpoint with no secret configured accepts requests signed with the empty key", tests: ENDPOINT_T },
  { id: "E31", file: "lib/v0-signature.ts", find: 'if (!timingSafeEqual(expected, Buffer.from(given, "hex")))', replace: 'if (!timingSafeEqual(expected.subarray(0, 16), Buffer.from(given, "hex").subarray(0, 16)))', what: "only the signature's first half compared", tests: ["test/slack-verify.test.ts", ...ENDPOINT_T] },
  { id: "E32", file: "lib/v0-signature.ts", find: 'if (!timingSafeEqual(expected, Buffer.from(given, "hex")))', replace: 'if (!expected.equals(Buffer.from(given, "hex")))', what: "EQUIVALENT: compared in variable time; the verdict is the same for every input, only its timing differs, and tests may not time (the comparison's constant time rests on review and on timingSafeEqual's own tests)", tests: ["test/slack-verify.test.ts", ...ENDPOINT_T] },
  // lib/ingest/batch.ts, ninjs.ts, feed.ts, poll.ts
  { id: "E33", file: "lib/ingest/batch.ts", find: "if (list.length > MAX_BATCH_ITEMS) {", replace: "if (list.length >= MAX_BATCH_ITEMS) {", what: "a batch of exactly 100 items refused", tests: ENDPOINT_T },
  { id: "E34", file: "lib/ingest/batch.ts", find: "return storyKeys.some((key) => key in value) ? undefined : value.items;", replace: "return value.items;", what: "a story that carries an `items` field read as a batch of those items", tests: ENDPOINT_T },
  { id: "E35", file: "lib/ingest/ninjs.ts", find: 'if (item.pubstatus === "withheld" || item.pubstatus === "canceled") {', replace: 'if (item.pubstatus === "withheld") {', what: "a canceled ninjs item stored and briefed", tests: ["test/ingest-ninjs.test.ts"] },
  { id: "E36", file: "lib/ingest/feed.ts", find: "url: link && /^https?:\\/\\//i.test(link) ? link : undefined,", replace: "url: link,", what: "a feed entry's javascript: (or relative) link stored as the story's URL", tests: FEEDS_T },
  { id: "E37", file: "lib/ingest/feed.ts", find: "return /^[a-z][a-z0-9+.-]*:/i.test(guid) ? guid : `${feedUrl}#${guid}`;", replace: "return `${feedUrl}#${guid}`;", what: "a global guid (urn:, https:) scoped to its feed: one story from two feeds stored twice", tests: FEEDS_T },
  { id: "E38", file: "lib/ingest/poll.ts", find: "if (cursor.seen[key] === fingerprint || seen[key] === fingerprint) {", replace: "if (cursor.seen[key] === fingerprint) {", what: "an entry a feed lists twice taken in twice in one poll", tests: FEEDS_T },
  // lib/ingest/dead-letters.ts
  { id: "E39", file: DL, find: "truncated: raw.length < input.raw.length,", replace: "truncated: raw.length <= input.raw.length,", what: "every dead letter marked truncated", tests: ["test/dead-letters-store.test.ts", ...ENDPOINT_T] },
  { id: "E40", file: DL, find: "  while (end > 0 && ((buffer[end] ?? 0) & 0xc0) === 0x80) end--;\n", replace: "", what: "a cut raw input ends in half a character (U+FFFD)", tests: ["test/dead-letters-store.test.ts", ...ENDPOINT_T] },
  { id: "E41", file: DL, find: ".update(`${letter.origin}\\n${rawHash}`)", replace: ".update(rawHash)", what: "the same item refused from two origins kept as one letter (one origin lost)", tests: ["test/dead-letters-store.test.ts", ...ENDPOINT_T] },
  // lib/digest/run.ts, run-limits.ts
  { id: "E42", file: "lib/digest/run.ts", find: "const subscriptions = listed.filter((s) => !only || only.has(s.channelId));", replace: "const subscriptions = listed;", what: "an operator's one-channel rerun posts every channel's digest", tests: RUN_T },
  { id: "E43", file: "lib/digest/run.ts", find: "due: due.length + invalid.length,", replace: "due: due.length,", what: "invalid subscriptions left out of the run's due count", tests: RUN_T },
  { id: "E44", file: "lib/digest/run-limits.ts", find: "Array.from({ length: Math.min(limit, items.length) }, worker)", replace: "Array.from({ length: items.length }, worker)", what: "every channel posted at once: the concurrency limit gone", tests: RUN_T },
  // lib/digest/digest.ts, filters.ts
  { id: "E45", file: DIGEST, find: "Date.parse(b.article.publishedAt) - Date.parse(a.article.publishedAt) ||", replace: "Date.parse(a.article.publishedAt) - Date.parse(b.article.publishedAt) ||", what: "equally newsworthy stories oldest first", tests: ["test/digest.test.ts"] },
  { id: "E46", file: DIGEST, find: "    .slice(0, count)\n    .sort((a, b) => a.sentence - b.sentence)\n", replace: "    .slice(0, count)\n", what: "a story's digest bullets by score, not in reading order", tests: ["test/digest.test.ts"] },
  { id: "E47", file: DIGEST, find: "localDate(new Date(options.until.getTime() - 1), timeZone)", replace: "localDate(options.until, timeZone)", what: "a window ending at local midnight named for the next day", tests: ["test/digest.test.ts"] },
  { id: "E48", file: DIGEST, find: "const articles = filter ? all.filter((a) => matchesFilter(a, filter)) : all;", replace: "const articles = filter ? all.filter((a) => !matchesFilter(a, filter)) : all;", what: "a digest filter inverted: section:business gives every other section", tests: ["test/filters.test.ts"] },
  { id: "E49", file: FILTERS, find: "const credits = [article.credit, ...article.credit.split(/[\\/,;&]| and /)].map(foldName);", replace: "const credits = [article.credit].map(foldName);", what: "source:AP misses a story credited 'AP/Reuters'", tests: ["test/filters.test.ts"] },
  { id: "E50", file: FILTERS, find: "(article.section === undefined || foldName(article.section) !== foldName(filter.section))", replace: "(article.section !== undefined && foldName(article.section) !== foldName(filter.section))", what: "a story without a section passes every section filter", tests: ["test/filters.test.ts"] },
];
