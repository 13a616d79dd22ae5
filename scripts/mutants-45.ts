/**
 * The forty-fifth round's mutation sweep (docs/mutation-sweep-45.md): the key-figure rules labels75 and review45a added
 * or changed, and speed45's rewrites of the fraction readers: a coordinated pair of bare counts and a run-on that is no
 * pair, money taken "from" somewhere, a part "K of them" after a speaker and a part after a name's possessive (and the
 * larger whole both find), a home's ordinary size, crime copy's running count past referred-ordinal, a second taker's
 * named takings, a plan's price after its counted parts, and the fractions read one by one. Run like the others:
 * `npx tsx scripts/mutants.ts Q07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills (one sentence a survivor of the first pass), run with every group below.
const NEW = "test/figures-labels-45.test.ts";
const F = (...names: string[]): string[] => [NEW, ...names.map((n) => `test/figures-${n}.test.ts`)];

const B = "lib/brief/figures";
const RP = `${B}/read/amount/run-on-pair.ts`;
const PN = `${B}/label/counts/paired-noun.ts`;
const LC = `${B}/label/counts/label-count.ts`;
const MP = `${B}/card/sentence/mend-pass.ts`;
const TF = `${B}/label/money/taken-from.ts`;
const TS = `${B}/label/ellipsis/them-subject.ts`;
const LW = `${B}/label/ellipsis/larger-whole.ts`;
const PP = `${B}/label/ellipsis/possessed-part.ts`;
const CC = `${B}/card/candidates.ts`;
const DS = `${B}/label/counts/dwelling-size.ts`;
const CN = `${B}/label/counts/label-count-noun.ts`;
const RO = `${B}/label/ranks/referred-ordinal.ts`;
const PL = `${B}/label/money/payer-label.ts`;
const PW = `${B}/label/money/priced-with.ts`;
const SR = `${B}/read/amount/share.ts`;
const UP = `${B}/read/amount/unit-part.ts`;
const CF = `${B}/read/amount/change-fraction.ts`;

const PAIR = F("run-on-pair", "paired-noun", "shared-scale", "paired-scope");
const THEM = F("them-subject", "possessed-part", "them-antecedent");
const FLOAT = ["test/float-index.test.ts"];

export const SWEEP_45: readonly Mutant[] = [
  // run-on-pair.ts: "The club won 2 and 30 million fans watched" → no pair
  { id: "Q01", file: RP, find: 'if (verb?.pos === "VERB") return !CLAUSE_OBJECT.has(verb.l);', replace: 'if (verb?.pos === "VERB") return true;', what: "run-on-pair: 'said 3 and 4 million people live' a run-on", tests: PAIR },
  { id: "Q02", file: RP, find: 'const OBJECT_PREPOSITIONS = new Set(["to", "by", "on", "at"]);', replace: 'const OBJECT_PREPOSITIONS = new Set(["by", "on", "at"]);', what: "run-on-pair: 'rose to 700 and 400 people were hurt' a pair", tests: PAIR },
  { id: "Q03", file: RP, find: ' && !isWord(toks[k - 1], "there")', replace: "", what: "run-on-pair: 'There were 3 and 4 million people affected' a run-on", tests: PAIR },
  { id: "Q04", file: RP, find: ' || next.l.endsWith("ing")) return false;', replace: ") return false;", what: "run-on-pair: a participle in '-ing' after the noun opens a clause", tests: PAIR },
  { id: "Q05", file: RP, find: '  return !(participleForm(next.l) && toks[k + 1]?.pos === "ADP");', replace: "  return true;", what: "run-on-pair: 'fans watched by millions' a new clause", tests: PAIR },
  { id: "Q06", file: RP, find: "  if (pluralsVerb(toks, k)) return true;\n", replace: "  if (k === secondEnd) return false;\n  if (pluralsVerb(toks, k)) return true;\n", what: "run-on-pair: a second with no noun phrase no run-on again (the guard sweep 45 found blocking a right reading, since removed)", tests: PAIR },
  // paired-noun.ts: "cut 700 and 400 jobs" → both 'jobs cut'
  { id: "Q07", file: PN, find: 'const NOT_COUNTED = new Set(["old", "olds", "percent", "per", "cent"]);', replace: 'const NOT_COUNTED = new Set(["percent", "per", "cent"]);', what: "paired-noun: 'Sixteen and seventeen year olds' a pair of counts", tests: PAIR },
  { id: "Q08", file: PN, find: "if (end === k || toks[end - 1]", replace: 'if (end === k || toks[k]?.pos === "PROPN" || toks[end - 1]', what: "paired-noun: a name after the second ('3 and 4 Premier League goals') no noun of the first again (the guard sweep 45 found blocking a right reading, since removed)", tests: PAIR },
  { id: "Q09", file: PN, find: ' || toks[end - 1]?.pos !== "NOUN" || MEASURE', replace: " || MEASURE", what: "paired-noun: a second ending on a describing word ('six out of eight and five straight') a pair", tests: PAIR },
  { id: "Q10", file: PN, find: " || MEASURE_NOUNS.has(toks[k]!.l) || DURATIONS", replace: " || DURATIONS", what: "paired-noun: a unit after the second ('14 and 15 inch screens') read as the noun", tests: [...PAIR, "test/figures-shared-unit.test.ts"] },
  { id: "Q11", file: PN, find: " || DURATIONS.has(toks[k]!.l)) return e;", replace: ") return e;", what: "paired-noun: a period after the second ('3 and 4 years') read as the noun", tests: PAIR },
  { id: "Q12", file: PN, find: "  return runOnPair(toks, s, k) ? e : k;", replace: "  return k;", what: "paired-noun: a run-on ('won 2 and 30 fans watched') a pair", tests: PAIR },
  { id: "Q13", file: PN, find: "  return pairedNoun(toks, first, s - 1) === s - 1 ? s : first;", replace: "  return first;", what: "paired-noun: the second of any 'N and M' takes the verb before the first", tests: PAIR },
  { id: "Q14", file: LC, find: "if (e === r.e && r.valueMax === undefined && !r.ordinal) e = pairedNoun", replace: "if (e === r.e && r.valueMax === undefined) e = pairedNoun", what: "label-count: an ordinal pair ('the 18th and 19th centuries') read as paired counts", tests: PAIR },
  { id: "Q15", file: LC, find: "if (e === r.e && r.valueMax === undefined && !r.ordinal) e = pairedNoun", replace: "if (e === r.e && !r.ordinal) e = pairedNoun", what: "label-count: a range's first ('go 15-40 and two set points up') read as paired", tests: PAIR },
  { id: "Q16", file: MP, find: "const shared = r.fold === undefined ? r.label : r.noun;", replace: "const shared = r.label;", what: "mend-pass: a folded pair's scope sought after the verb's label, not the noun", tests: PAIR },
  // taken-from.ts: "Smith took £5,000 from the till" → taken from the till
  { id: "Q17", file: TF, find: ' || TAKEN_IN.has(toks[end]?.l ?? "")) return undefined;', replace: ") return undefined;", what: "taken-from: a head the tagger cut off ('from its West End run') a source", tests: F("taken-from") },
  { id: "Q18", file: TF, find: '"office", "cinemas", ', replace: '"cinemas", ', what: "taken-from: 'from the box office' money taken out", tests: F("taken-from") },
  { id: "Q19", file: TF, find: "head > e + 1 && isWord(toks[head]) ? head + 1 : head", replace: "head", what: "taken-from: a word after the determiner the tagger mistags ('till') no noun", tests: F("taken-from") },
  { id: "Q20", file: TF, find: "DURATIONS.has(w) || PERIOD_NOUNS.has(w) || MONTHS.has(w) || ", replace: "", what: "taken-from: 'from its opening weekend' or 'from March' a source", tests: F("taken-from") },
  { id: "Q21", file: TF, find: '!TAKE_FORMS.has(toks[verbBefore(toks, s)]?.l ?? "")', replace: "false", what: "taken-from: any money before 'from' taken ('raised £5,000 from the sale')", tests: F("taken-from", "takings") },
  // them-subject.ts: "Officials said 50 of them would be fixed" → broken street lights
  { id: "Q22", file: TS, find: "  if ((CLAUSE_VERBS.has(verb) || ATTRIBUTION_VERBS.has(verb)) && !REPORTERS.has(head)) return undefined;\n", replace: "", what: "them-subject: any speaker's 'K of them' another whole's ('Nurses said 40 of them')", tests: THEM },
  { id: "Q23", file: TS, find: "scientists researchers bosses", replace: "scientists bosses", what: "them-subject: 'researchers' no reporter", tests: THEM },
  { id: "Q24", file: TS, find: "if (head === undefined || !verbLike(verb)) return undefined;", replace: "if (head === undefined) return undefined;", what: "them-subject: a preposition or determiner taken for the verb ('men in 50 of them')", tests: THEM },
  { id: "Q25", file: TS, find: "  if (at < 0) return undefined;\n", replace: "", what: "them-subject: a label without the subject's word replaced", tests: THEM },
  { id: "Q26", file: TS, find: "(?:(?:${AUXILIARY})\\\\s+)?", replace: "", what: "them-subject: no auxiliary between the subject and its verb ('Officials will fix 50 of them')", tests: THEM },
  { id: "Q27", file: CC, find: "const previous = n > 0 && read[n - 1]!.sentence.index === sentence.index - 1 ? read", replace: "const previous = n > 0 ? read", what: "candidates: a whole counted sentences before (not the one before) taken for 'them' (and an anaphor's, a possessive's)", tests: THEM },
  // larger-whole.ts
  { id: "Q28", file: LW, find: " && p.value > value) whole = p;", replace: " && p.value >= value) whole = p;", what: "larger-whole: a count as large as the part its whole", tests: THEM },
  { id: "Q29", file: LW, find: ' && p.kind !== "rank"', replace: "", what: "larger-whole: a rank a whole", tests: THEM },
  { id: "Q30", file: LW, find: " && !p.percent", replace: "", what: "larger-whole: a percent a whole", tests: THEM },
  { id: "Q31", file: LW, find: "p.from < before && ", replace: "", what: "larger-whole: a count after the part its whole", tests: THEM },
  { id: "Q32", file: LW, find: " && p.value > value) whole = p;", replace: " && p.value > value) whole ??= p;", what: "larger-whole: the first larger count, not the last", tests: THEM },
  // possessed-part.ts: "Tesco's 300 will close" → Tesco's stores
  { id: "Q33", file: PP, find: "|| r.currency !== undefined || r.percent) return undefined;", replace: ") return undefined;", what: "possessed-part: money or a percent after a possessive a part", tests: THEM },
  { id: "Q34", file: PP, find: "if (owner === undefined || owner.toLowerCase() !== r.label.toLowerCase()) return undefined;", replace: "if (owner === undefined) return undefined;", what: "possessed-part: a possessive before the count not its label", tests: THEM },
  { id: "Q35", file: PP, find: " ?? largerWhole(r.value, previous);", replace: ";", what: "possessed-part: the sentence before's whole not looked for", tests: THEM },
  // dwelling-size.ts: "a two-bedroom flat" → no figure
  { id: "Q36", file: DS, find: "const ORDINARY = 6;", replace: "const ORDINARY = 9;", what: "dwelling-size: a seven-bedroom house no figure", tests: F("dwelling-size", "compound-head") },
  { id: "Q37", file: DS, find: ' || cw === "room" || cw === "roomed" || ', replace: " || ", what: "dwelling-size: 'a four-room house' a figure unless a home's noun follows", tests: F("dwelling-size", "compound-head") },
  { id: "Q38", file: DS, find: " || words.some((w) => HOMES.has(w));", replace: " || true;", what: "dwelling-size: 'a two-bed ward' no figure", tests: F("dwelling-size", "compound-head") },
  { id: "Q39", file: CN, find: "/.[^e]ed$/.test(cw)", replace: "/[^e]ed$/.test(cw)", what: "label-count-noun: 'a 100-bed hospital' a '-ed' adjective again", tests: F("dwelling-size", "compound-head") },
  // referred-ordinal.ts: "A fourth man was charged, … the fourth man" → 4th — man charged
  { id: "Q40", file: RO, find: "  if (!PERSON.has(toks[noun]!.l) && !PERSON_NOUNS.has(toks[noun]!.l)) return false;\n", replace: "", what: "referred-ordinal: a thing's 'a third album was released' a running count", tests: F("referred-ordinal") },
  { id: "Q41", file: RO, find: "  if (tally(toks[article - 1])) return true;\n", replace: "", what: "referred-ordinal: 'Police charged a fourth man' not tallied", tests: F("referred-ordinal") },
  { id: "Q42", file: RO, find: "const AUX_REACH = 2;", replace: "const AUX_REACH = 1;", what: "referred-ordinal: 'has been charged' past one auxiliary only", tests: F("referred-ordinal") },
  { id: "Q43", file: RO, find: 'isWord(toks[k - 1], "the")) return !tallied(toks, i - 1, e);', replace: 'isWord(toks[k - 1], "the")) return true;', what: "referred-ordinal: crime copy's running count dropped as a referred pair", tests: F("referred-ordinal") },
  { id: "Q44", file: RO, find: '"kidnapped", "abducted"]);', replace: '"kidnapped"]);', what: "referred-ordinal: 'abducted' no case verb", tests: F("referred-ordinal") },
  // payer-label.ts: "… while Ironvale has taken $33.2m in fewer cinemas" → Ironvale's takings
  { id: "Q45", file: PL, find: "  if (words.slice(1).some((w) => MONEY_HEADS.has(w))) return false;\n", replace: "", what: "payer-label: named takings a bare party", tests: F("named-takings", "takings") },
  { id: "Q46", file: PL, find: "words.slice(1).some((w) => MONEY_HEADS.has(w))", replace: "words.some((w) => MONEY_HEADS.has(w))", what: "payer-label: a first word that names money ('Fine's') no party", tests: F("named-takings", "takings") },
  // priced-with.ts: "a 30-day pass with 60 journeys, … for £47.25" → day pass
  { id: "Q47", file: PW, find: "toks[side[0] - 1]?.kind === NUM ? [side[0] - 1, side[1]] : side;", replace: "false ? [side[0] - 1, side[1]] : side;", what: "priced-with: a side's count not part of the side", tests: F("priced-plan", "priced-with") },
  { id: "Q48", file: PW, find: 'if (toks[w - 3]?.s === "-" && toks[w - 4]?.kind === NUM)', replace: "if (toks[w - 4]?.kind === NUM)", what: "priced-with: any number two words before 'with' a compound", tests: F("priced-plan", "priced-with") },
  { id: "Q49", file: PW, find: ' && thing !== compound)) return undefined;', replace: ")) return undefined;", what: "priced-with: a compound's head still must be tagged a noun", tests: F("priced-plan", "priced-with") },
  { id: "Q50", file: PW, find: "const thing = backNP(toks, w, false) ?? compound;", replace: "const thing = compound ?? backNP(toks, w, false);", what: "priced-with: the compound before the noun phrase", tests: F("priced-plan", "priced-with") },
  // speed45: the fraction readers set value and index one by one
  { id: "Q51", file: SR, find: "    value = 0.5;\n    end = i + 1;", replace: "    [value, end] = [0.5, i + 1];", what: "share: 'half of' read as an array of floats (the index boxed)", tests: FLOAT },
  { id: "Q52", file: SR, find: "      value = top / bottom;\n      end = i + 1;", replace: "      value = top / bottom;\n      end = i + 2;", what: "share: 'two-thirds' ends a word late", tests: [...F("shares", "change-fraction"), ...FLOAT] },
  { id: "Q53", file: SR, find: "      lowest = n / range.top;\n      end = range.end;", replace: "      lowest = n / range.top;", what: "share: 'one in 160,000 to 200,000' ends at the first whole", tests: [...F("shares", "ratio-range"), ...FLOAT] },
  { id: "Q54", file: UP, find: "      value = top / bottom;\n      k = i + 3;", replace: "      value = top / bottom;\n      k = i + 2;", what: "unit-part: 'a third of a mile' looks for the unit at 'a'", tests: [...F("unit-part", "half-unit"), ...FLOAT] },
  { id: "Q55", file: UP, find: "    value = 0.5;\n    k = i + 1;", replace: "    [value, k] = [0.5, i + 1];", what: "unit-part: 'half a mile' read as an array of floats", tests: FLOAT },
  { id: "Q56", file: CF, find: "      value = n / bottom;\n      end = i + 2;", replace: "      [value, end] = [n / bottom, i + 2];", what: "change-fraction: 'by two thirds' read as an array of floats", tests: FLOAT },
];
