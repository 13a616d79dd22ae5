/**
 * The fortieth round's mutation sweep (docs/mutation-sweep-40.md): what decides a figure's value and link — the number
 * reader (scale words, fractions, ranges, qualifiers, currency, units), the linker (earlier levels, changes, the
 * change-to-level ratio), the type decision and the same-fact merge. Run like the others:
 * `npx tsx scripts/mutants.ts V07 --bail`.
 */
import type { Mutant } from "#scripts/mutants.ts";

// The sweep's own kills (one sentence a survivor of the first pass), run with every group below.
const VALUES = "test/figures-values-40.test.ts";
// The files that read values: the reader's own tests and the sentence table (figures-patterns.test.ts).
const READ = [VALUES, "test/figures-read.test.ts", "test/figures-amounts.test.ts", "test/figures-patterns.test.ts"];
const QUAL = [VALUES, "test/figures-qualifiers.test.ts", "test/figures-qualifier-over.test.ts", "test/figures-read.test.ts"];
const RANGE = [VALUES, "test/figures-amounts.test.ts", "test/figures-read.test.ts", "test/figures-change-to-level.test.ts", "test/figures-patterns.test.ts"];
const LEVEL = [VALUES, "test/figures-change-to-level.test.ts"];
const LINK = [VALUES, "test/figures-link.test.ts", "test/figures-compared-across.test.ts", "test/figures-link-dated.test.ts", "test/figures-patterns.test.ts"];
const TYPE = [VALUES, "test/figures-type.test.ts", "test/figures-read.test.ts", "test/figures-patterns.test.ts"];
const SAME = [VALUES, "test/figures-same-fact.test.ts", "test/figures-restated.test.ts", "test/figures-card.test.ts"];

const NUMBERS = "lib/news/numbers.ts";
const CORE = "lib/brief/figures/read/amount/read-core.ts";
const READER = "lib/brief/figures/read/amount/read.ts";
const RANGES = "lib/brief/figures/read/amount/read-range.ts";
const RATIO = "lib/brief/figures/read/amount/change-to-level.ts";
const LINKER = "lib/brief/figures/card/link.ts";
const TYPER = "lib/brief/figures/read/type/type.ts";
const SAME_FACT = "lib/brief/figures/card/same-fact.ts";
const ROUNDED = "lib/brief/figures/card/rounded.ts";

export const SWEEP_40: readonly Mutant[] = [
  // lib/news/numbers.ts: the word tables and their arithmetic
  { id: "V01", file: NUMBERS, find: '["dozen", 12],', replace: '["dozen", 10],', what: "'a dozen' read as 10", tests: READ },
  { id: "V02", file: NUMBERS, find: '["billion", 1e9],', replace: '["billion", 1e6],', what: "'two billion' in words read as two million", tests: READ },
  { id: "V03", file: NUMBERS, find: '["bn", 9],', replace: '["bn", 6],', what: "'$1.13bn' read as millions", tests: READ },
  { id: "V04", file: NUMBERS, find: '["A$", "AUD"],', replace: '["A$", "USD"],', what: "'A$' read as US dollars", tests: READ },
  { id: "V05", file: NUMBERS, find: '["HK$", "HKD"],', replace: '["HK$", "USD"],', what: "'HK$' read as US dollars", tests: READ },
  { id: "V06", file: NUMBERS, find: '["p", "GBP"],', replace: '["p", "USD"],', what: "pence read as US cents", tests: READ },
  { id: "V07", file: NUMBERS, find: '    if (w === "and") continue;\n', replace: "", what: "'two hundred and fifty' no number", tests: READ },
  { id: "V08", file: NUMBERS, find: "    if (scale < 1000) {", replace: "    if (scale <= 1000) {", what: "'two thousand five hundred' multiplies the thousand by the hundred", tests: READ },
  { id: "V09", file: NUMBERS, find: "return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);", replace: "return Number(digits) * 10 ** exponent;", what: "'1.13bn' multiplied as a float (1129999999.9999998)", tests: READ },
  // lib/brief/figures/read/amount/read-core.ts: one number at a token
  { id: "V10", file: CORE, find: "return scale !== undefined && scale >= 1000 ? { ...core, value: value * scale", replace: "return scale !== undefined && scale > 1000 ? { ...core, value: value * scale", what: "'two and a half thousand' read as 2.5", tests: READ },
  { id: "V11", file: CORE, find: '    if (l === "tens" || l === "scores") return undefined;\n', replace: "", what: "bare 'tens of' read as 10", tests: READ },
  { id: "V12", file: CORE, find: "innerScale >= 1000 && isWord(toks[i + 3], \"of\")", replace: "innerScale > 1000 && isWord(toks[i + 3], \"of\")", what: "'hundreds of thousands of' read as hundreds", tests: READ },
  { id: "V13", file: CORE, find: "return { value: scale / 2, end: i + 3,", replace: "return { value: scale / 4, end: i + 3,", what: "'half a million' read as a quarter", tests: READ },
  { id: "V14", file: CORE, find: "return p >= 20 && p % 10 === 0 && n >= 1 && n <= 9;", replace: "return true;", what: "any number word joins the one before ('three Six Nations' read as 9)", tests: [...READ, "test/figures-word-join.test.ts"] },
  { id: "V15", file: CORE, find: "return d !== undefined && d >= 3 ? d : undefined;", replace: "return d !== undefined && d >= 2 ? d : undefined;", what: "'two seconds' read as a fraction (2/2)", tests: READ },
  { id: "V16", file: CORE, find: "if (n % 100 >= 11 && n % 100 <= 13) return \"th\";", replace: "if (n % 100 >= 11 && n % 100 <= 12) return \"th\";", what: "'13th' not read as an ordinal", tests: [...READ, "test/figures-type.test.ts"] },
  { id: "V17", file: CORE, find: "return low < second.value && second.value <= low * 5 ? low : undefined;", replace: "return low < second.value && second.value <= low * 4 ? low : undefined;", what: "'20 to 100,000': thousands left out only within four times", tests: RANGE },
  { id: "V18", file: CORE, find: "  for (const q of ending) {", replace: "  for (const q of [...ending].reverse()) {", what: "qualifiers tried shortest first ('just over' read as 'over')", tests: QUAL },
  { id: "V19", file: CORE, find: 'const prep = q.length === 1 && (q[0] === "over" || q[0] === "under");', replace: "const prep = false;", what: "'a warrant over $18,104' hedged 'over'", tests: QUAL },
  { id: "V20", file: CORE, find: "const dot = strayDot(toks, i) ? 1 : 0;", replace: "const dot = 0;", what: "'$143.6. million' loses its scale", tests: READ },
  { id: "V21", file: CORE, find: "(n.l.length > 1 || glued || toks[i - 1]?.kind === CUR || millionsOf)", replace: "(n.l.length > 1 || glued || millionsOf)", what: "'£1.3 m' (spaced after a sign) not millions", tests: READ },
  // lib/brief/figures/read/amount/read.ts: the phrase: currency, units, hedges after
  { id: "V22", file: READER, find: "        r.value = r.value / 100;", replace: "        r.value = r.value / 10;", what: "'50p' read as 5 pounds", tests: READ },
  { id: "V23", file: READER, find: '} else if (n.l === "won" && core.exponent > 0) {', replace: '} else if (n.l === "won" && core.exponent >= 0) {', what: "'3 won' (a verb) read as Korean won", tests: READ },
  { id: "V24", file: READER, find: '    if (suffix === "b") return false;\n', replace: "", what: "a bare '3b' read as 3 billion", tests: READ },
  { id: "V25", file: READER, find: '(isWord(toks[r.j + 1], "more") || isWord(toks[r.j + 1], "so"))', replace: 'isWord(toks[r.j + 1], "more")', what: "'300 or so' loses its hedge", tests: QUAL },
  { id: "V26", file: READER, find: '["HK", "HKD"], ["HKD", "HKD"]', replace: '["HK", "USD"], ["HKD", "HKD"]', what: "'HK $500' read as US dollars", tests: READ },
  { id: "V27", file: READER, find: "if (whose !== undefined && !(code?.s.length === 1 && atSentenceStart(toks, i - 1))) {", replace: "if (whose !== undefined) {", what: "'A $5 fee' opening a sentence read as Australian dollars", tests: READ },
  { id: "V28", file: READER, find: "    r.points = true;\n", replace: "", what: "'percentage points' read as a percent", tests: READ },
  { id: "V29", file: READER, find: "r.value = Math.round((Number(core.digits) * 60 + Number(seconds.s)) * 1000) / 1000;", replace: "r.value = Math.round((Number(core.digits) * 100 + Number(seconds.s)) * 1000) / 1000;", what: "race time '3:28.81' read with 100-second minutes", tests: READ },
  // lib/brief/figures/read/amount/read-range.ts: ranges and their ends
  { id: "V30", file: RANGES, find: "if (second.value <= r.value || sports) return { next: second.end, type: \"score\" };", replace: "if (second.value < r.value || sports) return { next: second.end, type: \"score\" };", what: "'2-2' not a score", tests: RANGE },
  { id: "V31", file: RANGES, find: 'const and = isWord(sep, "and") && isWord(toks[r.s - 1], "between");', replace: 'const and = isWord(sep, "and");', what: "'5 and 7' without 'between' read as a range", tests: RANGE },
  { id: "V32", file: RANGES, find: " || PRICE_SPAN.has(toks[r.s - 2]?.l ?? \"\")", replace: "", what: "'priced from $89 to $169' read as a change", tests: [...RANGE, "test/figures-link.test.ts"] },
  { id: "V33", file: RANGES, find: "if (CURRENCY_SYMBOLS.get(symbol) !== r.currency && !(symbol === \"$\" && DOLLARS.has(r.currency))) return undefined;", replace: "", what: "'$2.3bn or £1.2bn' read as one range", tests: RANGE },
  { id: "V34", file: RANGES, find: " && !(r.currency !== undefined && secondPercent);", replace: ";", what: "'fell 30 cents or 4%' read as 0.3–4 USD", tests: [...RANGE, "test/figures-link.test.ts"] },
  { id: "V35", file: RANGES, find: "const low = core.exponent === 0 && second.exponent > 0 && core.digits !== undefined ?", replace: "const low = false ?", what: "'$1-2bn': the first end not scaled by the second's", tests: RANGE },
  { id: "V36", file: RANGES, find: "} else if ((or || (to && agoAfter(toks, after))) && sameKind", replace: "} else if ((to && agoAfter(toks, after)) && sameKind", what: "'nine or eight wins' no falling range", tests: RANGE },
  { id: "V37", file: RANGES, find: "core.digits.length >= 3 && second.digits.length >= 4", replace: "core.digits.length >= 3 && second.digits.length >= 5", what: "'123-4567' read as a range, not a phone number", tests: [...RANGE, "test/figures-type.test.ts"] },
  // lib/brief/figures/read/amount/change-to-level.ts: the ratio between a change and its level
  { id: "V38", file: RATIO, find: "const LEVEL_RATIO = 5;", replace: "const LEVEL_RATIO = 4;", what: "change-to-level ratio 4: 'rose 20 to 80' a change and a level", tests: LEVEL },
  { id: "V39", file: RATIO, find: "const LEVEL_RATIO = 5;", replace: "const LEVEL_RATIO = 6;", what: "change-to-level ratio 6: 'fell 20 to 100' a range", tests: LEVEL },
  { id: "V40", file: RATIO, find: "high < LEVEL_RATIO * low", replace: "high <= LEVEL_RATIO * low", what: "a level exactly five times the change read as a range's end", tests: LEVEL },
  { id: "V41", file: RATIO, find: "if (percent || low <= 0 ||", replace: "if (low <= 0 ||", what: "'rose 1% to 6%' read as a change and a level", tests: LEVEL },
  // lib/brief/figures/card/link.ts: earlier levels and changes
  { id: "V42", file: LINKER, find: 'const reached = isWord(toks[r.e], "to") || isWord(toks[r.e], "at");', replace: 'const reached = isWord(toks[r.e], "to");', what: "'up 18% at 40.2bn yuan' not the level's change", tests: [...LINK, "test/figures-change-at.test.ts"] },
  { id: "V43", file: LINKER, find: "level.percent === r.percent && level.currency === r.currency;", replace: "level.percent === r.percent;", what: "'from $5 to £7' linked across currencies", tests: LINK },
  { id: "V44", file: LINKER, find: '  if (r.valueMax !== undefined && isWord(toks[fromAt], "from")) return false;\n', replace: "", what: "'worth from $300 to $1,500' an earlier level", tests: LINK },
  { id: "V45", file: LINKER, find: "    if (fromAt !== r.s - 1 && !timeOwner(toks[r.s - 1]!.l)) return false;\n", replace: "", what: "'compared to Labour's 30 per cent' an earlier level", tests: [...LINK, "test/figures-compared-owner.test.ts"] },
  { id: "V46", file: LINKER, find: "return !place && !(r.percent &&", replace: "return !(r.percent &&", what: "'compared to 6.7 in Germany' an earlier level", tests: [...LINK, "test/figures-compared-owner.test.ts"] },
  { id: "V47", file: LINKER, find: "money.previous = r.value * 1e6;", replace: "money.previous = r.value * 1e3;", what: "'up from 38m' after money: the earlier level in thousands", tests: LINK },
  { id: "V48", file: LINKER, find: "if (earlier && !earlier.drop && earlier.currency === r.currency && earlier.percent", replace: "if (earlier && !earlier.drop && earlier.percent", what: "an earlier level linked across currencies", tests: LINK },
  { id: "V49", file: LINKER, find: "k >= 0 && fromAt - k < 4; k--)", replace: "k >= 0 && fromAt - k < 2; k--)", what: "'up from a close of 43.41' not an earlier level", tests: LINK },
  { id: "V50", file: LINKER, find: 'toks[before.e]?.s === "," && r.s === before.e + 2)', replace: 'toks[before.e]?.s === "," && r.s === before.e + 3)', what: "'$3.36bn, up 27%' not the amount's change", tests: [...LINK, "test/figures-read.test.ts"] },
  // lib/brief/figures/read/type/type.ts: year, age, identifier
  { id: "V51", file: TYPER, find: "/^(?:18|19|20)\\d\\d$/.test(t.s) && !(isWord(next) && MEASURE_NOUNS.has(next.l))) return \"year\";", replace: "/^(?:18|19|20)\\d\\d$/.test(t.s)) return \"year\";", what: "'2077 miles' typed a year", tests: TYPE },
  { id: "V52", file: TYPER, find: "  if (value < 130 && !digits.includes(\".\")) {", replace: "  if (value < 30 && !digits.includes(\".\")) {", what: "ages of 30 and over not typed age", tests: TYPE },
  { id: "V53", file: TYPER, find: "if (/^\\d{5,}$/.test(t.s) && core.exponent === 0", replace: "if (/^\\d{6,}$/.test(t.s) && core.exponent === 0", what: "a five-digit code counted", tests: TYPE },
  { id: "V54", file: TYPER, find: "  if (digits.length > 1 && digits[0] === \"0\" && digits[1] !== \".\") return \"identifier\";\n", replace: "", what: "'007' counted", tests: TYPE },
  // lib/brief/figures/card/same-fact.ts and rounded.ts: one fact kept once
  { id: "V55", file: SAME_FACT, find: "const DISTINCTIVE = 10;", replace: "const DISTINCTIVE = 100;", what: "a distinctive 12 said twice under two labels kept twice", tests: SAME },
  { id: "V56", file: SAME_FACT, find: "const IMPLIED_LEVEL = 0.01;", replace: "const IMPLIED_LEVEL = 0.1;", what: "a level within 10% of a change's implied level merged", tests: SAME },
  { id: "V57", file: SAME_FACT, find: "if (b.value < a.value || b.value >= a.value * reach) return false;", replace: "if (b.value < a.value || b.value > a.value * reach) return false;", what: "'hundreds' merged with a count ten times it", tests: SAME },
  { id: "V58", file: ROUNDED, find: "const BARE_FROM = 1000;", replace: "const BARE_FROM = 100;", what: "a bare 500 merged with 512 as its rounding", tests: SAME },
  { id: "V59", file: ROUNDED, find: "const CLOSE_REACH = 0.1;", replace: "const CLOSE_REACH = 0.5;", what: "'nearly 5 million' merged with 4.6 million", tests: SAME },
  { id: "V60", file: ROUNDED, find: "  if (step <= lastDigit(x.value)) return false;", replace: "  if (step < lastDigit(x.value)) return false;", what: "two amounts to the same digit read as one rounded", tests: SAME },
];
