/**
 * The forty-first round's mutation sweep (docs/mutation-sweep-41.md): the label rules added in rounds 38–40 — what a
 * figure is said to count (a count's level, settled counts, "only" counts, a market's fall, a numbered index, a shot's
 * length, a ban, a name's adverb, today's money, spec units, preposed "-ing" clauses, participle subjects) and the
 * readers those rounds added (match minutes, terms of one, work titles, span ranges, fractions of change, the rupee
 * sign), with the mend pass's order where two rules compete. Run like the others: `npx tsx scripts/mutants.ts L07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills (one sentence a survivor of the first pass), run with every group below.
const NEW = "test/figures-labels-41.test.ts";
const F = (...names: string[]): string[] => [NEW, ...names.map((n) => `test/figures-${n}.test.ts`)];

const COUNT_LEVEL = F("count-level");
// settled-count.ts has no test file of its own: the label, rank, reading and term-of-one files hold its sentences.
const SETTLED = F("label", "ranks", "reading", "no-count", "one-ago", "one-point", "one-unit-term", "highlight-reading");
const ONLY = F("only-doing");
const MARKET = F("market-fall");
const INDEX = F("numbered-index");
const SHOT = F("shot-distance");
const BAN = F("ban-length");
const ADVERB = F("name-adverb");
const TODAY = F("today-value");
const WITH = F("with-share-doing");
const SPEC = F("spec-unit");
const PREPOSED = F("preposed-ing");
const PARTICIPLE = F("participle-subject", "subject-modifier", "tally-numbers", "aimed-toll");
const MINUTE = F("match-minute", "running-score");
const ONE_UNIT = F("one-unit-term");
const TITLE = F("work-title");
const SPAN = F("span-range");
const FRACTION = F("change-fraction");
const RUPEE = F("rupee-sign");

const B = "lib/brief/figures";
const CL = `${B}/label/change/count-level.ts`;
const SC = `${B}/label/counts/settled-count.ts`;
const OD = `${B}/label/counts/only-doing.ts`;
const MF = `${B}/label/change/market-fall.ts`;
const NI = `${B}/label/change/numbered-index.ts`;
const SD = `${B}/label/measures/shot-distance.ts`;
const BL = `${B}/label/counts/ban-length.ts`;
const NA = `${B}/label/money/name-adverb.ts`;
const TV = `${B}/label/money/today-value.ts`;
const WA = `${B}/label/change/with-absolute.ts`;
const SU = `${B}/label/measures/spec-unit.ts`;
const PI = `${B}/label/time-windows/preposed-ing.ts`;
const PS = `${B}/language/participle-subject.ts`;
const MM = `${B}/read/type/match-minute.ts`;
const OU = `${B}/read/type/one-unit-term.ts`;
const WT = `${B}/read/type/work-title.ts`;
const SR = `${B}/read/amount/span-range.ts`;
const CF = `${B}/read/amount/change-fraction.ts`;
const RS = `${B}/read/amount/rupee-sign.ts`;
const MP = `${B}/card/sentence/mend-pass.ts`;

export const SWEEP_41: readonly Mutant[] = [
  // count-level.ts: a count reached past the change's amount
  { id: "L01", file: CL, find: '  if (!isWord(toks[s - 1], "to")) return "";\n', replace: "", what: "count-level: no 'to' asked before the count", tests: COUNT_LEVEL },
  { id: "L02", file: CL, find: "    if (numbers === 0 || !upDown(t)) return \"\";", replace: "    if (!upDown(t)) return \"\";", what: "count-level: a verb right before 'to' (no amount) names the subject too", tests: COUNT_LEVEL },
  { id: "L03", file: CL, find: "const REACH = 8;", replace: "const REACH = 5;", what: "count-level: the amount's window 8 → 5 tokens", tests: COUNT_LEVEL },
  { id: "L04", file: CL, find: '"by", "per", "cent",', replace: '"per", "cent",', what: "count-level: 'by' dropped from the amount's words", tests: COUNT_LEVEL },
  { id: "L05", file: CL, find: "if (t.kind === CUR || AMOUNT_WORDS.has(t.l)) continue;", replace: "if (AMOUNT_WORDS.has(t.l)) continue;", what: "count-level: a currency sign in the amount stops the walk", tests: COUNT_LEVEL },
  // settled-count.ts: the ten-clause drop of a count of one, ordinals, names
  { id: "L06", file: SC, find: "if (r.words && r.value === 1 &&", replace: "if (r.value === 1 &&", what: "settled: a count of one in digits ('1 rival') dropped too", tests: SETTLED },
  { id: "L07", file: SC, find: "r.value === 1 && r.valueMax === undefined &&", replace: "r.value === 1 &&", what: "settled: 'one to two' (a range from one) dropped", tests: SETTLED },
  { id: "L08", file: SC, find: " && !(r.compound !== undefined && oneTerm(toks, r.compound, r.e))", replace: "", what: "settled: 'a one-year contract' dropped", tests: SETTLED },
  { id: "L09", file: SC, find: " && !oneUnitTerm(toks, r.core, r.compound, r.e)", replace: "", what: "settled: 'a one month deposit' dropped", tests: SETTLED },
  { id: "L10", file: SC, find: " && !(r.compound === undefined && onePointGap(toks, r.core, r.e))", replace: "", what: "settled: 'one point behind' dropped", tests: SETTLED },
  { id: "L11", file: SC, find: " && !CASUALTY_NOUNS.has(head) && !unitOfOne", replace: " && !unitOfOne", what: "settled: 'one person died' dropped", tests: SETTLED },
  { id: "L12", file: SC, find: " && !CASUALTY_NOUNS.has(head) && !unitOfOne) {", replace: " && !CASUALTY_NOUNS.has(head)) {", what: "settled: 'in under one minute' dropped", tests: SETTLED },
  { id: "L13", file: SC, find: "r.compound === undefined && r.value >= 3 &&", replace: "r.compound === undefined && r.value > 3 &&", what: "settled: 'his third cap' dropped, not ranked", tests: SETTLED },
  { id: "L14", file: SC, find: 'const side = isWord(toks[r.e], "from") ? r.e + 1 : r.e;', replace: "const side = r.e;", what: "settled: '(second from left)' not a place in the picture", tests: SETTLED },
  // only-doing.ts
  { id: "L15", file: OD, find: 'const LIMITING = new Set(["only", "just"]);', replace: 'const LIMITING = new Set(["only"]);', what: "only-doing: 'just' no longer limits", tests: ONLY },
  { id: "L16", file: OD, find: ' || CONJUNCTIONS.has(before?.l ?? "")', replace: "", what: "only-doing: a clause after a conjunction not read", tests: ONLY },
  { id: "L17", file: OD, find: "if (end <= r.e || r.label !== phrase(toks, r.e, end)) return \"\";", replace: "if (end <= r.e) return \"\";", what: "only-doing: a label another rule folded a verb into replaced", tests: ONLY },
  { id: "L18", file: OD, find: "return AUXILIARIES.has(t.l) ? -1 : k;", replace: "return k;", what: "only-doing: a passive or modal's auxiliary read as the deed", tests: ONLY },
  // market-fall.ts
  { id: "L19", file: MF, find: '  if (isWord(toks[r.e], "of")) return;\n', replace: "", what: "market-fall: 'lost 2% of its staff' a fall", tests: MARKET },
  { id: "L20", file: MF, find: 'const LOSING = new Set(["lost", "shed", "loses", "sheds"]);', replace: 'const LOSING = new Set(["lost", "loses", "sheds"]);', what: "market-fall: 'shed' dropped", tests: MARKET },
  { id: "L21", file: MF, find: '"index", "indices", "indexes", "shares",', replace: '"index", "indices", "indexes",', what: "market-fall: 'shares' dropped from the markets", tests: MARKET },
  { id: "L22", file: MF, find: "(HEDGES.has(toks[v]!.l) || ADVERBS.has(toks[v]!.l))", replace: "HEDGES.has(toks[v]!.l)", what: "market-fall: an adverb between verb and percent stops it", tests: MARKET },
  // numbered-index.ts
  { id: "L23", file: NI, find: "const NAME_REACH = 4;", replace: "const NAME_REACH = 3;", what: "numbered-index: a name of 4 words cut to 3", tests: INDEX },
  { id: "L24", file: NI, find: " && !DETERMINERS.has(toks[first - 1]!.l)) first--;", replace: ") first--;", what: "numbered-index: 'The' taken into the name", tests: INDEX },
  { id: "L25", file: NI, find: "  while (k > 0 && isWord(toks[k]) && AUXILIARIES.has(toks[k]!.l)) k--;\n", replace: "", what: "numbered-index: 'has risen' no longer reaches the digits", tests: INDEX },
  { id: "L26", file: NI, find: "  if (first === k) return;\n", replace: "", what: "numbered-index: bare digits with no name relabelled", tests: INDEX },
  // shot-distance.ts
  { id: "L27", file: SD, find: " || r.label !== r.unit) return;", replace: ") return;", what: "shot-distance: a length with a real label relabelled", tests: SHOT },
  { id: "L28", file: SD, find: "const SHOT_REACH = 4;", replace: "const SHOT_REACH = 2;", what: "shot-distance: the shot's window 4 → 2", tests: SHOT },
  { id: "L29", file: SD, find: ' || isWord(toks[k + 1], "an") ? k + 2', replace: " ? k + 2", what: "shot-distance: 'for an eagle' not read", tests: SHOT },
  { id: "L30", file: SD, find: " ?? scoreBefore(toks, r.s - 1);", replace: ";", what: "shot-distance: 'a birdie putt from' not read", tests: SHOT },
  // ban-length.ts
  { id: "L31", file: BL, find: "r.s - 1 - k <= VERB_REACH", replace: "r.s - 1 - k < VERB_REACH", what: "ban-length: the verb's window 5 → 4", tests: BAN },
  { id: "L32", file: BL, find: "    if (!isWord(t)) return;\n", replace: "", what: "ban-length: the walk runs past punctuation", tests: BAN },
  { id: "L33", file: BL, find: 'const BANNING = new Set(["banned", "suspended",', replace: 'const BANNING = new Set(["banned",', what: "ban-length: 'suspended' dropped", tests: BAN },
  // name-adverb.ts
  { id: "L34", file: NA, find: "  if (k - r.e < 2) return;", replace: "  if (k - r.e < 1) return;", what: "name-adverb: a one-word name read", tests: ADVERB },
  { id: "L35", file: NA, find: " || isCapitalised(head) || ", replace: " || ", what: "name-adverb: a capitalised word after the name taken as its head", tests: ADVERB },
  { id: "L36", file: NA, find: " || r.label !== cut || ", replace: " || ", what: "name-adverb: any label replaced, not only the cut name", tests: ADVERB },
  // today-value.ts and the mend pass's order around it
  { id: "L37", file: TV, find: ' || before.label === "" || YARDSTICK.test(before.label)', replace: ' || before.label === ""', what: "today-value: a yardstick before takes the yardstick's label", tests: TODAY },
  { id: "L38", file: MP, find: "    const today = todayValue(r, lastMoney);\n    if (today !== undefined) r.label = today;\n    if (r.currency !== undefined && !r.drop) lastMoney = r;\n", replace: "    if (r.currency !== undefined && !r.drop) lastMoney = r;\n    const today = todayValue(r, lastMoney);\n    if (today !== undefined) r.label = today;\n", what: "mend order: lastMoney set before today-value reads it", tests: TODAY },
  { id: "L39", file: MP, find: 'const few = subset === "" ? onlyDoing(toks, r) : "";', replace: "const few = onlyDoing(toks, r);", what: "mend order: only-doing over a subset's label", tests: [...ONLY, "test/figures-subset-doing.test.ts"] },
  // with-absolute.ts
  { id: "L40", file: WA, find: ' && verb.l.endsWith("ing");', replace: ";", what: "with-absolute: any verb after 'with' and a share", tests: WITH },
  // spec-unit.ts
  { id: "L41", file: SU, find: "const units = SPEC_NOUNS.has(unit) ? unit : plural(unit);", replace: "const units = unit;", what: "spec-unit: a singular unit ('12 megapixel') not read", tests: SPEC },
  { id: "L42", file: SU, find: "  if (!hyphened) r.e += 1;\n", replace: "", what: "spec-unit: the spaced unit's word left out of the span", tests: SPEC },
  // preposed-ing.ts
  { id: "L43", file: PI, find: "const REACH = 9;", replace: "const REACH = 6;", what: "preposed-ing: the -ing's window 9 → 6", tests: PREPOSED },
  { id: "L44", file: PI, find: 'const OPENERS = new Set(["before", "after"]);', replace: 'const OPENERS = new Set(["before"]);', what: "preposed-ing: 'after …ing' not read", tests: PREPOSED },
  { id: "L45", file: PI, find: "object > k + 1 && object < r.s ? object : r.s", replace: "r.s", what: "preposed-ing: the whole clause, not the object's noun phrase", tests: PREPOSED },
  // participle-subject.ts
  { id: "L46", file: PS, find: '  if (isWord(toks[k], "up") || isWord(toks[k], "down")) return undefined;\n', replace: "", what: "participle: 'closed down 5.4%' read as a participle subject", tests: PARTICIPLE },
  { id: "L47", file: PS, find: "const COMPLEMENT_WORDS = 2;", replace: "const COMPLEMENT_WORDS = 1;", what: "participle: a complement of two words not read", tests: PARTICIPLE },
  // match-minute.ts
  { id: "L48", file: MM, find: "const MATCH_MINUTES = 130;", replace: "const MATCH_MINUTES = 90;", what: "match-minute: extra time's minutes no match minute", tests: MINUTE },
  { id: "L49", file: MM, find: '  if (isWord(toks[end + 1], "of")) return false;\n', replace: "", what: "match-minute: 'in 12 minutes of' read as a minute", tests: MINUTE },
  // one-unit-term.ts
  { id: "L50", file: OU, find: "  if (!opensPhrase(toks[ci - 1])) return false;\n", replace: "", what: "one-unit-term: no determiner or verb asked before 'one'", tests: [...ONE_UNIT, ...SETTLED] },
  { id: "L51", file: OU, find: '  return head.pos === "NOUN";', replace: "  return true;", what: "one-unit-term: any word after the unit its noun", tests: ONE_UNIT },
  // work-title.ts
  { id: "L52", file: WT, find: " && isWord(second) && isCapitalised(second);", replace: ";", what: "work-title: one capitalised word opens a title", tests: TITLE },
  // span-range.ts
  { id: "L53", file: SR, find: "  if (a.value >= larger.per) return;\n", replace: "", what: "span-range: '14 months to a year' a range down", tests: SPAN },
  { id: "L54", file: SR, find: ' || isWord(toks[a.e + 4], "and") || ', replace: " || ", what: "span-range: 'to a year and a half' cut to a year", tests: SPAN },
  { id: "L55", file: SR, find: 'if (a.valueMax !== undefined && a.qualifier === "over")', replace: 'if (a.qualifier === "over")', what: "span-range: 'over three years' (no range) loses its 'over'", tests: SPAN },
  { id: "L56", file: SR, find: '  if (isWord(toks[a.s], "over") && a.core > a.s) {', replace: "  if (false) {", what: "span-range: the dropped 'over' kept in the figure's words", tests: SPAN },
  // change-fraction.ts
  { id: "L57", file: CF, find: ' || after.pos === "NOUN" || after.pos === "PROPN"', replace: "", what: "change-fraction: 'by a third party' a change", tests: FRACTION },
  { id: "L58", file: CF, find: ' || (t.l === "half" && isWord(toks[i - 1], "a") && isWord(toks[i - 2], "by"))', replace: "", what: "change-fraction: 'by a half' not read", tests: FRACTION },
  { id: "L59", file: CF, find: "    r.value = Math.round(found.value * 1000) / 1000;", replace: "    r.value = Math.round(found.value * 100) / 100;", what: "change-fraction: a third written 0.33, not 0.333", tests: FRACTION },
  // rupee-sign.ts
  { id: "L60", file: RS, find: 'return isWord(sign) && sign.s === "Rs" ?', replace: 'return isWord(sign) && sign.l === "rs" ?', what: "rupee-sign: 'RS' read as the sign", tests: RUPEE },
];
