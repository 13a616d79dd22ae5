/**
 * The forty-fourth round's mutation sweep (docs/mutation-sweep-44.md): the key-figure rules added or changed in
 * rounds 43 and 44 (labels72, labels73 and review44a: the antecedent of "them", a scale shared by a pair, a unit in
 * brackets, "as long/far as" a condition, depths under what stands on the ground, a part "still" or "remaining" in a
 * state, the participles' list, the widened hedges, deadlines "within the next", sums of two classes and shares with
 * two predicates as two facts, rivals' counts, and labels73's gauges, lost shares, pairs together, weights weighed,
 * averages, extra rates, two takers, ordinals of a kind or referred back, "in N out of M", "less that", index names
 * and temperatures by decade). Run like the others: `npx tsx scripts/mutants.ts P07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills (one sentence a survivor of the first pass), run with every group below.
const NEW = "test/figures-labels-44.test.ts";
const F = (...names: string[]): string[] => [NEW, ...names.map((n) => `test/figures-${n}.test.ts`)];

const B = "lib/brief/figures";
const TA = `${B}/label/counts/them-antecedent.ts`;
const SH = `${B}/read/amount/shared-scale.ts`;
const BU = `${B}/read/amount/bracketed-unit.ts`;
const CA = `${B}/read/amount/condition-as.ts`;
const DB = `${B}/label/measures/depth-below.ts`;
const SS = `${B}/label/counts/still-state.ts`;
const LX = `${B}/language/lexicon.ts`;
const TW = `${B}/label/time-windows/time-within.ts`;
const SF = `${B}/card/same-fact.ts`;
const SP = `${B}/card/share-predicate.ts`;
const RC = `${B}/label/counts/rival-count.ts`;
const GL = `${B}/label/change/gauge-level.ts`;
const LS = `${B}/label/change/lost-share.ts`;
const PT = `${B}/label/counts/pair-together.ts`;
const WM = `${B}/label/measures/weighed-measure.ts`;
const AV = `${B}/label/money/averages-verb.ts`;
const EF = `${B}/label/money/extra-for.ts`;
const TT = `${B}/label/money/two-takers.ts`;
const OK = `${B}/label/ranks/of-its-kind.ts`;
const RO = `${B}/label/ranks/referred-ordinal.ts`;
const IO = `${B}/read/amount/in-out-of.ts`;
const TY = `${B}/read/amount/than-typo.ts`;
const IN = `${B}/read/type/index-name.ts`;
const TD = `${B}/read/type/temperature-decade.ts`;

export const SWEEP_44: readonly Mutant[] = [
  // them-antecedent.ts: "Tickets went on sale and four of them have sold out" → tickets
  { id: "P01", file: TA, find: 'const WHOLE = new Set(["the", "all", "both"]);', replace: 'const WHOLE = new Set(["all", "both"]);', what: "them-antecedent: 'the three of them' read as a part", tests: F("them-antecedent") },
  { id: "P02", file: TA, find: ' || (BE_FORMS.has(toks[r.s - 1]?.l ?? "") && isWord(toks[r.s - 2], "there"))', replace: "", what: "them-antecedent: 'there are two of them' read as a part", tests: F("them-antecedent") },
  { id: "P03", file: TA, find: "if (MEASURE_NOUNS.has(t.l) || OCCASIONS.has(t.l)) return undefined;", replace: "if (MEASURE_NOUNS.has(t.l)) return undefined;", what: "them-antecedent: 'times'/'occasions' passed over for a noun further back", tests: F("them-antecedent") },
  { id: "P04", file: TA, find: 'if (toks[before]?.pos === "ADP" && !isWord(toks[before], "of")) {', replace: 'if (toks[before]?.pos === "ADP") {', what: "them-antecedent: a noun after 'of' ('corps of butlers') passed over", tests: F("them-antecedent") },
  { id: "P05", file: TA, find: "    if (passedPeople && !PEOPLE.has(t.l)) return undefined;\n", replace: "", what: "them-antecedent: a thing named though a people's noun after 'to' was passed over", tests: F("them-antecedent") },
  { id: "P06", file: TA, find: "    if (!PEOPLE.has(t.l) && peopleBefore(toks, from, start - REACH)) return undefined;\n", replace: "", what: "them-antecedent: a thing named though people act before it", tests: F("them-antecedent") },
  { id: "P07", file: TA, find: '    if ((isWord(toks[from - 1], "and") || isWord(toks[from - 1], "or"))', replace: "    if (false", what: "them-antecedent: 'cars and vans' read as vans alone", tests: F("them-antecedent") },
  { id: "P08", file: TA, find: '  if (PEOPLE.has(found.slice(found.lastIndexOf(" ") + 1))) r.kind = "people";\n', replace: "", what: "them-antecedent: a people's antecedent not counted as people", tests: F("them-antecedent") },
  // shared-scale.ts: "About 602 and 402 million people" → 602 million
  { id: "P09", file: SH, find: "const LARGEST_BARE = 1000;", replace: "const LARGEST_BARE = 10000;", what: "shared-scale: a first number up to 10,000 scaled", tests: F("shared-scale") },
  { id: "P10", file: SH, find: "first * FAR_SMALLER < digits || ", replace: "", what: "shared-scale: a first number far smaller than the second scaled", tests: F("shared-scale") },
  { id: "P11", file: SH, find: "  if (sign !== r.currency && !namesNothingAfter(toks, second.end)) return;\n", replace: "", what: "shared-scale: a sum before a bare second ('$30 and 40 million people') scaled", tests: F("shared-scale") },
  { id: "P12", file: SH, find: "  if (second.bareM && r.currency === undefined) return;\n", replace: "", what: "shared-scale: '602 and 402m' with no money read as millions", tests: F("shared-scale") },
  // bracketed-unit.ts: "a height of 500 (metres)" → 500 metres
  { id: "P13", file: BU, find: "  if (t.l.length === 1 || NOT_UNITS.has(t.l)) return undefined;", replace: "  if (NOT_UNITS.has(t.l)) return undefined;", what: "bracketed-unit: a clause's letter ('section 5 (g)') read as a unit", tests: F("bracketed-unit") },
  { id: "P14", file: BU, find: '"pounds", "pound", "points", ', replace: '"pounds", "pound", ', what: "bracketed-unit: '38 (points)' read as a measure", tests: F("bracketed-unit") },
  { id: "P15", file: BU, find: "unit === undefined || DURATIONS.has(unit) ? undefined", replace: "unit === undefined ? undefined", what: "bracketed-unit: '5 (years)' read as a bracketed unit", tests: F("bracketed-unit") },
  { id: "P16", file: BU, find: 'const end = isWord(toks[e - 2], "or") ? e - 2 : e;', replace: "const end = e;", what: "bracketed-unit: '225 (yards) or so' not said in brackets", tests: F("bracketed-unit") },
  // condition-as.ts: "as long as 100,000 people sign it" a condition, no hedge
  { id: "P17", file: CA, find: 'const MEASURING = new Set(["long", "far"]);', replace: 'const MEASURING = new Set(["long"]);', what: "condition-as: 'As far as 3 of the players are concerned' a hedge", tests: F("hedge-as", "qualifiers") },
  { id: "P18", file: CA, find: "  return next?.pos === \"VERB\" || next?.pos === \"AUX\";", replace: "  return false;", what: "condition-as: 'as long as 30 days have not passed' a hedge", tests: F("hedge-as", "qualifiers") },
  { id: "P19", file: CA, find: "  if (!isWord(unit) || !(MEASURE_NOUNS.has(unit.l) || GLUED_UNITS.has(unit.l))) return true;", replace: "  if (!isWord(unit)) return true;", what: "condition-as: 'as long as 100,000 people sign it' a hedge", tests: F("hedge-as", "qualifiers") },
  // depth-below.ts: "14 feet below the waterline" a depth
  { id: "P20", file: DB, find: "|mountains?|hills?|desert)$", replace: "|mountains?|hills?|desert|bridges?|boats?)$", what: "depth-below: a length under a bridge read as a depth", tests: F("depth-below") },
  { id: "P21", file: DB, find: "  return COMPOUND_SURFACES.test(head) && SURFACES.test(toks[end - 2]?.l ?? \"\");", replace: "  return COMPOUND_SURFACES.test(head);", what: "depth-below: 'below the flood level', 'under the bed' a depth", tests: F("depth-below") },
  { id: "P22", file: DB, find: "|church|cathedral|patio|gardens?|", replace: "|church|cathedral|gardens?|", what: "depth-below: 'patio' dropped from the surfaces", tests: F("depth-below") },
  // still-state.ts: "3,000 of those homes were still without electricity"
  { id: "P23", file: SS, find: 'isWord(toks[s + 1], "being") ? s + 2 : s + 1', replace: "s + 1", what: "still-state: 'still being held' not read past 'being'", tests: F("still-state", "them-state", "remain-state", "participle-form") },
  { id: "P24", file: SS, find: '  if (isWord(toks[a + 1], "to")) return "";\n', replace: "", what: "still-state: 'still expected to …' read as the state", tests: F("still-state", "them-state", "remain-state", "participle-form") },
  { id: "P25", file: SS, find: 'const v = isWord(toks[k], "still") ? k + 1 : k;', replace: "const v = k;", what: "still-state: 'still remain missing' not read past 'still'", tests: F("still-state", "them-state", "remain-state", "participle-form") },
  { id: "P26", file: SS, find: "(participleForm(t.l) || t.l.endsWith(\"ing\"))", replace: "participleForm(t.l)", what: "still-state: a state in '-ing' ('still smouldering') not read", tests: F("still-state", "them-state", "remain-state", "participle-form") },
  // lexicon.ts: the participles list and the widened hedges
  { id: "P27", file: LX, find: '"lost sold held made', replace: '"lost held made', what: "lexicon: 'sold' dropped from the irregular participles", tests: F("them-state", "still-state", "them-antecedent", "participle-form") },
  { id: "P28", file: LX, find: '"as little as", "as late as", "as long as", "as far as",', replace: '"as little as", "as long as", "as far as",', what: "lexicon: 'as late as' no hedge", tests: F("qualifiers", "hedge-as") },
  // time-within.ts: "must respond within the next 14 days" a deadline ahead
  { id: "P29", file: TW, find: 'const AHEAD = new Set(["next", "coming"]);', replace: 'const AHEAD = new Set(["next"]);', what: "time-within: 'within the coming days' no deadline", tests: F("deadline-ahead", "duration-within") },
  { id: "P30", file: TW, find: "return ahead ? \"\" : eventBefore(", replace: "return eventBefore(", what: "time-within: a fronted window ahead read as a past before its event", tests: F("deadline-ahead", "duration-within") },
  { id: "P31", file: TW, find: " && c.verb + 1 < w && THING_TAGS", replace: " && THING_TAGS", what: "time-within: the window's own 'within' read as the verb's preposition", tests: F("deadline-ahead", "duration-within") },
  { id: "P32", file: TW, find: " || o >= w || !THING_TAGS", replace: " || !THING_TAGS", what: "time-within: an object at the window itself read", tests: F("deadline-ahead", "duration-within") },
  // same-fact.ts: equal sums of two classes two facts
  { id: "P33", file: SF, find: '  while (ACCOUNTS.has(words[head + 1] ?? "")) head++;\n', replace: "", what: "same-fact: a sum's class by its compound's first word ('loan fee' a debt)", tests: F("same-fact", "money-accounts") },
  { id: "P34", file: SF, find: "return ca !== undefined && cb !== undefined && ca !== cb;", replace: "return ca !== cb;", what: "same-fact: a sum of no class and one of a class two facts", tests: F("same-fact", "money-accounts") },
  { id: "P35", file: SF, find: 'if (fa.kind === "money" && fb.kind === "money" && otherAccounts(', replace: "if (otherAccounts(", what: "same-fact: counts of two class words two facts", tests: F("same-fact", "money-accounts") },
  // share-predicate.ts: "one in four renters … will be behind" / "… will live on nest eggs" two facts
  { id: "P36", file: SP, find: " || a.sentence === b.sentence) return false;", replace: ") return false;", what: "share-predicate: two shares of one sentence told apart", tests: F("share-predicate", "same-fact") },
  { id: "P37", file: SP, find: " || pa.size === 0 || pb.size === 0) return false;", replace: ") return false;", what: "share-predicate: a share with nothing after it another fact", tests: F("share-predicate", "same-fact") },
  { id: "P38", file: SP, find: ".filter((t) => !own.has(t))", replace: "", what: "share-predicate: the share's own words kept in its predicate", tests: F("share-predicate", "same-fact") },
  // rival-count.ts: "ahead of Westbridge Rail with 24 stations and Coastlink on 19"
  { id: "P39", file: RC, find: "const NAME_WORDS = 4;", replace: "const NAME_WORDS = 1;", what: "rival-count: a rival's name 4 → 1 words", tests: F("rival-count") },
  { id: "P40", file: RC, find: '    if (t?.kind === PUNCT && t.s !== "," && t.s !== ";") return false;\n', replace: "", what: "rival-count: a second rival found past a sentence's stop", tests: F("rival-count") },
  { id: "P41", file: RC, find: '  if (!isWord(toks[k], "with") && !isWord(toks[k], "on")) return;', replace: '  if (!isWord(toks[k], "with")) return;', what: "rival-count: 'Coastlink on 19' not a rival's", tests: F("rival-count") },
  { id: "P42", file: RC, find: "const noun = first ? r.label : r.label.replace(OWNED, \"\");", replace: "const noun = r.label;", what: "rival-count: the second rival keeps the first's owner", tests: F("rival-count") },
  { id: "P43", file: RC, find: "  if (noun.includes(name)) return;\n", replace: "", what: "rival-count: a label holding the name named again", tests: F("rival-count") },
  // labels73's gauge-level, lost-share, pair-together, weighed-measure
  { id: "P44", file: GL, find: "  if (!gauge || start === v) return;", replace: "  if (start === v) return;", what: "gauge-level: any subject of 'fell to N' a gauge", tests: F("gauge-level") },
  { id: "P45", file: GL, find: " || r.ordinal || (r.noun ?? \"\") !== \"\") return;", replace: " || r.ordinal) return;", what: "gauge-level: 'fell to 6,000 points' a gauge's bare level", tests: F("gauge-level") },
  { id: "P46", file: LS, find: ' || VALUE_NOUNS.has(toks[own + 1]?.l ?? "")) return;', replace: ") return;", what: "lost-share: 'lost half its value' read as value lost", tests: F("lost-share", "lost-value") },
  { id: "P47", file: LS, find: "if (r.currency !== undefined || r.unit !== undefined || r.percent || ", replace: "if (r.currency !== undefined || r.unit !== undefined || ", what: "lost-share: a percent relabelled as things lost", tests: F("lost-share", "lost-value") },
  { id: "P48", file: PT, find: "  if (!isWord(toks[s - 1], \"the\") || !isWord(toks[s], \"two\")", replace: "  if (!isWord(toks[s], \"two\")", what: "pair-together: 'two men together' with no 'the' the pair", tests: F("pair-together") },
  { id: "P49", file: PT, find: "    if (t?.kind === PUNCT) return false;\n", replace: "", what: "pair-together: a 'together' past the clause's punctuation", tests: F("pair-together") },
  { id: "P50", file: WM, find: "if (r.label !== \"\" || r.glued !== undefined || r.unit", replace: "if (r.label !== \"\" || r.unit", what: "weighed-measure: a glued weight ('weigh just 12g') revived", tests: F("half-unit") },
  // averages-verb.ts, extra-for.ts, two-takers.ts
  { id: "P51", file: AV, find: " || verb.s !== verb.l) return undefined;", replace: ") return undefined;", what: "averages-verb: a capitalised 'Average' read as the verb", tests: F("averages-verb") },
  { id: "P52", file: AV, find: "if (!isWord(before) || DETERMINERS.has(before.l) || ", replace: "if (!isWord(before) || ", what: "averages-verb: 'an average £30,000' read as the verb", tests: F("averages-verb") },
  { id: "P53", file: EF, find: 'const EXTRA = new Set(["extra", "additional"]);', replace: 'const EXTRA = new Set(["extra"]);', what: "extra-for: 'additional' dropped", tests: F("extra-for") },
  { id: "P54", file: TT, find: "(namedTaker(toks, u) ?? name) !== name", replace: "namedTaker(toks, u) !== name", what: "two-takers: the verb again with no named subject a second taker", tests: F("two-takers") },
  // of-its-kind.ts, referred-ordinal.ts, in-out-of.ts, than-typo.ts, index-name.ts, temperature-decade.ts
  { id: "P55", file: OK, find: "if (!isWord(verb) || verb.pos !== \"VERB\" || !participleForm(verb.l)) return undefined;", replace: "if (!isWord(verb)) return undefined;", what: "of-its-kind: no participle asked ('the third of his kind in the side')", tests: F("of-its-kind") },
  { id: "P56", file: RO, find: 'if (introduced(toks, i) && k > i && isWord(toks[k - 1], "the")) return', replace: "if (introduced(toks, i) && k > i) return", what: "referred-ordinal: 'a second X … a second X' a referred pair", tests: F("referred-ordinal") },
  { id: "P57", file: IO, find: "  if (opener !== undefined && opener.kind !== PUNCT && !CONJUNCTIONS.has(opener.l)) return undefined;\n", replace: "", what: "in-out-of: 'backed it in four out of five issues' after a verb a share", tests: F("in-out-of") },
  { id: "P58", file: TY, find: '  if (toks.slice(k).some((t) => isWord(t, "than"))) return undefined;\n', replace: "", what: "than-typo: 'less that N … than' read as a slip", tests: F("than-typo") },
  { id: "P59", file: IN, find: "  return toks.some((t) => isWord(t) && MARKET_WORDS.has(t.l));", replace: "  return true;", what: "index-name: joined names before digits an index outside markets", tests: F("index-name") },
  { id: "P60", file: TD, find: " || !temperatureInClause(toks, part?.start ?? ci, core.end + 1)) return false;", replace: ") return false;", what: "temperature-decade: a decade a temperature with no temperature word in its clause ('hits of the 70s')", tests: F("temperature-decade") },
];
