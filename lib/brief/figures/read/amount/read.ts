import { currencyWord, namedCurrency } from "#brief/figures/language/currency-word.ts";
import { readSplit } from "#brief/figures/read/amount/split-share.ts";
import { slangCurrency } from "#brief/figures/read/amount/slang-currency.ts";
import { CARDINAL_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MINOR_CURRENCY, ORDINAL_WORDS, SCALE_WORDS, VAGUE_WORDS } from "#news/numbers.ts";
import { rawOf, type Raw } from "#brief/figures/card/figure.ts";
import { MONTHS, PEOPLE, TIME_WORDS } from "#brief/figures/language/lexicon.ts";
import { qualifierBefore, readCore } from "#brief/figures/read/amount/read-core.ts";
import { poundsWeigh } from "#brief/figures/read/amount/pounds-weigh.ts";
import { adjacent, atSentenceStart, CUR, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { MULTIPLE_VERBS, readMultiple } from "#brief/figures/read/amount/multiples.ts";
import { readNewsOrdinal } from "#brief/figures/label/ranks/ordinals.ts";
import { readParentOf } from "#brief/figures/read/type/parent-of.ts";
import { readCompound } from "#brief/figures/read/amount/read-compound.ts";
import { readRange } from "#brief/figures/read/amount/read-range.ts";
import { sharedScale } from "#brief/figures/read/amount/shared-scale.ts";
import { rejectedAt } from "#brief/figures/read/type/read-rejected.ts";
import { NONE, type Reading, type Rejection } from "#brief/figures/read/amount/reading.ts";
import { readShare } from "#brief/figures/read/amount/share.ts";
import { readChangeFraction } from "#brief/figures/read/amount/change-fraction.ts";
import { rupeeSignBefore } from "#brief/figures/read/amount/rupee-sign.ts";
import { signAt } from "#brief/figures/read/amount/sign.ts";
import { countedInMillions } from "#brief/figures/read/amount/million-count.ts";
import { splitMeridiem } from "#brief/figures/read/type/split-meridiem.ts";

// Reading a number phrase: qualifier, currency, amount, unit, range and compound, or why it is no figure.

/** What reading at a token found: a figure, a number that is none (`raw.rejected`, typed), or nothing. */
export interface ReadResult {
  raw?: Raw;
  next: number;
}

/** Codes written before a separate "$" that say whose dollar it is. */
const DOLLAR_CODES: ReadonlyMap<string, string> = new Map([
  ["AUD", "AUD"], ["AU", "AUD"], ["A", "AUD"], ["NZ", "NZD"], ["NZD", "NZD"], ["US", "USD"], ["USD", "USD"], ["C", "CAD"], ["CAD", "CAD"],
  ["HK", "HKD"], ["HKD", "HKD"], ["S", "SGD"], ["SGD", "SGD"],
]);

/**
 * Every word at which a reader of readRaw can start: readShare (a numerator: "a", "one", a cardinal), readMultiple (a
 * growth verb, "twice", "thrice"), readNewsOrdinal ("number 1", "no. 1", an ordinal), a currency code, and readBare
 * (cardinals, ordinals, scales, "hundreds of", "several", "many", "half", "a"/"an" before a scale). Hyphenated tokens
 * ("two-thirds", "three-day") are all let through rather than split here.
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...CARDINAL_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...SCALE_WORDS.keys(),
  ...VAGUE_WORDS.keys(),
  ...MULTIPLE_VERBS.keys(),
  ...CURRENCY_WORDS.keys(),
  ...["a", "an", "one", "twice", "thrice", "number", "no", "several", "many", "half"],
]);

/**
 * False where readRaw reads nothing and resumes at the next token (`{ next: i + 1 }`), so readSentence skips the
 * token without asking: most tokens of a number sentence, each of which would go through all four readers. Every
 * number and currency symbol is read; test/speed-rewrites.test.ts checks the skipped ones against readRaw itself.
 */
export function mayStartFigure(t: Tok): boolean {
  return t.kind === NUM || t.kind === CUR || (START_SHAPES[shapeOf(t.l)] === 1 && START_WORDS.has(t.l)) || t.l.includes("-");
}

/**
 * A word's shape for a first test before START_WORDS is asked: its first and last codes' low five bits and its length
 * (to 15), as one index. Asking the set hashes the whole word, a new string for every token (a sixtieth of a brief);
 * nearly every word's shape is that of no start word, and a word whose shape is one's is asked as before, so the
 * answer is the set's (test/speed-rewrites.test.ts).
 */
const shapeOf = (l: string): number => (((l.charCodeAt(0) & 31) << 9) | ((l.charCodeAt(l.length - 1) & 31) << 4) | Math.min(l.length, 15)) & 0x3fff;
const START_SHAPES = new Uint8Array(1 << 14);
for (const w of START_WORDS) START_SHAPES[shapeOf(w)] = 1;

/** The figure whose amount starts at token i, or where to look next. */
export function readRaw(toks: readonly Tok[], i: number, text: string): ReadResult {
  const t = toks[i];
  if (t === undefined) return { next: i + 1 };
  const whole = readSplit(toks, i) ?? readShare(toks, i, text) ?? readChangeFraction(toks, i) ?? readMultiple(toks, i) ?? readNewsOrdinal(toks, i) ?? readParentOf(toks, i);
  if (whole !== undefined) return whole;
  let currency: string | undefined;
  let ci = i;
  /** First token of the amount: the currency symbol, or the code written before it. */
  let first = i;
  if (t.kind === CUR) {
    currency = CURRENCY_SYMBOLS.get(t.s);
    // "AUD $6.75 million", "the NZ $7.5 million", "A $500": a country's code written apart from its dollar sign.
    const code = toks[i - 1];
    const whose = t.s === "$" && isWord(code) && code.s === code.s.toUpperCase() && code.end + 1 === t.start ? DOLLAR_CODES.get(code.s) : undefined;
    // A lone "A" opening a sentence is an article ("A $5 fee").
    if (whose !== undefined && !(code?.s.length === 1 && atSentenceStart(toks, i - 1))) {
      currency = whose;
      first = i - 1;
    }
    ci = i + 1;
    if (toks[ci]?.kind !== NUM) return { next: i + 1 };
  } else if (t.kind === WORD && t.s.length === 3 && t.s === t.s.toUpperCase() && CURRENCY_WORDS.has(t.l) && toks[i + 1]?.kind === NUM) {
    currency = CURRENCY_WORDS.get(t.l);
    ci = i + 1;
  } else if (poundAsHash(toks, i, text)) {
    currency = "GBP";
    first = i - 1;
  } else if (t.kind === NUM && rupeeSignBefore(toks, i) !== undefined) {
    // "Rs 4000 (£45)": the rupee's sign written as a word (rupee-sign.ts).
    currency = "INR";
    first = rupeeSignBefore(toks, i) ?? i;
  }
  let core = readCore(toks, ci);
  if (core === undefined) return { next: Math.max(ci, i) + 1 };
  if (currency === undefined && core.compound !== undefined && CURRENCY_WORDS.has(core.compound)) {
    // "a 4bn-euro hole": the compound names the currency; what follows names the amount.
    currency = CURRENCY_WORDS.get(core.compound);
    const { compound: _, ...amount } = core;
    core = amount;
  }
  const q = qualifierBefore(toks, first);
  const sign = signAt(toks, first);
  // Every field set from the start (unset ones undefined), so that the steps below, which read them in turn, meet one
  // object layout rather than one per order the fields were added in (layout.ts says why that is faster).
  const r: Reading = {
    toks, i: first, ci, core, s: sign >= 0 ? sign : q && !core.vague ? q.start : first, j: core.end, value: sign >= 0 ? -core.value : core.value, valueMax: undefined, percent: false, points: false,
    currency, qualifier: core.vague ?? q?.text, q, glued: undefined, compound: undefined, clock: undefined, one: undefined, scale: undefined,
  };

  if (core.ordinal) {
    if (core.digits !== undefined && currency === undefined) {
      // "17th" next to a month, "the 17th", "on the 17th": a day of the month.
      const nx = toks[r.j];
      if (!isWord(nx) || MONTHS.has(nx.l) || nx.l === "of") return reject(r, { next: core.end, type: "date" });
    }
    if (currency !== undefined) return reject(r, { next: core.end, type: "other" });
  }
  if (core.fraction) return reject(r, { next: core.end, type: "other" });
  if (!core.ordinal && readClock(r)) return { raw: toRaw(r), next: r.j };
  if (!core.ordinal && !readUnit(r)) return reject(r, { next: core.end, type: "other" });
  const rejected = readRange(r) ?? readCompound(r) ?? rejectedAt(r);
  if (rejected !== undefined) return reject(r, rejected);
  sharedScale(r); // "About 602 and 402 million": the first in millions too (shared-scale.ts).
  return { raw: toRaw(r), next: r.j };
}

/** A rate compound right after the digits: "-a-week", "-per-year"; "five-a-side" and "per-cent" are no rate. */
const RATE_AFTER = /^-(?:a|per)-(?!side\b|cents?\b)\p{L}/u;

/**
 * "a new #100,000-a-week deal", "the #18-a-bottle wine": CNN/DailyMail texts print "£" as "#" before a rate compound
 * (54 times in cnndm-dev). A hashtag holds no hyphen, so "#" glued to a rate is the pound sign, not a number's mark.
 */
function poundAsHash(toks: readonly Tok[], i: number, text: string): boolean {
  const t = toks[i];
  const hash = toks[i - 1];
  return t?.kind === NUM && hash?.s === "#" && adjacent(hash, t) && RATE_AFTER.test(text.slice(t.end));
}

/** A number that is no figure, typed for `--all`; "one" and "zero" said as words are not numbers at all. */
function reject(r: Reading, why: Rejection): ReadResult {
  if (why.type === NONE) return { next: why.next };
  r.j = Math.max(why.next, r.core.end);
  // "20:50", "17/11/2015": a clock time or a date is one number, whatever it is joined by.
  if (why.type === "time" || why.type === "date") {
    const t = r.toks;
    while (/^[:/.]$/.test(t[r.j]?.s ?? "") && t[r.j + 1]?.kind === NUM && adjacent(t[r.j - 1], t[r.j]) && adjacent(t[r.j], t[r.j + 1])) r.j += 2;
  }
  const raw = toRaw(r);
  raw.rejected = true;
  raw.drop = true;
  raw.type = why.type;
  return { raw, next: Math.max(why.next, r.j) };
}

/** "3:28.81": minutes, seconds and hundredths are a race time, read in seconds. */
function readClock(r: Reading): boolean {
  const { toks, core } = r;
  const colon = toks[core.end];
  const seconds = toks[core.end + 1];
  if (core.digits === undefined || r.currency !== undefined || colon?.s !== ":" || !adjacent(toks[core.end - 1], colon) || !adjacent(colon, seconds)) return false;
  if (seconds === undefined || !/^[0-5]\d\.\d+$/.test(seconds.s)) return false;
  // "the alignment of 4:23.42 p.m.": a time of day to the hundredth, not a race time.
  if (isWord(toks[core.end + 2]) && TIME_WORDS.has(toks[core.end + 2]?.l ?? "")) return false;
  r.value = Math.round((Number(core.digits) * 60 + Number(seconds.s)) * 1000) / 1000;
  r.j = core.end + 2;
  r.clock = true;
  return true;
}

/** Percent, percentage points, currency words and minor units after the amount; false when it is no amount. */
function readUnit(r: Reading): boolean {
  const { toks, core } = r;
  let n = toks[r.j];
  if (n && n.s === "%") {
    r.percent = true;
    r.j++;
  } else if (isWord(n, "per") && isWord(toks[r.j + 1], "cent")) {
    r.percent = true;
    r.j += 2;
  } else if (isWord(n, "percent") || isWord(n, "pc") && adjacent(toks[r.j - 1], n)) {
    r.percent = true;
    r.j++;
  }
  n = toks[r.j];
  if (!r.percent && isWord(n, "percentage") && isWord(toks[r.j + 1], "points")) {
    r.percent = true;
    r.points = true;
    r.j += 2;
  }
  if (!r.percent && r.currency === undefined) {
    n = toks[r.j];
    let slang: ReturnType<typeof slangCurrency>;
    if (isWord(n)) {
      const dollars = namedCurrency(toks, r.j);
      if (dollars !== undefined) {
        r.currency = dollars.code;
        r.j = dollars.next;
      } else if (n.l.endsWith("-worth") && CURRENCY_WORDS.has(n.l.slice(0, -6))) {
        // "4bn euros-worth of debts": the currency with its "worth".
        r.currency = CURRENCY_WORDS.get(n.l.slice(0, -6));
        r.j++;
      } else if (currencyWord(n) !== undefined) {
        // "10 pounds of cocaine" is a weight, and so is "4,300 pounds (1,950 kilograms)".
        const weight = (n.l === "pounds" || n.l === "pound") && poundsWeigh(toks, core, r.value, r.s, r.j);
        if (!weight) {
          r.currency = CURRENCY_WORDS.get(n.l);
          r.j++;
        }
      } else if ((slang = slangCurrency(toks, r.j, core.exponent)) !== undefined) {
        // "fifty million bucks", "forty grand a week": slang money (slang-currency.ts).
        r.currency = slang.currency;
        r.value *= slang.factor;
        r.j++;
      } else if (n.l === "won" && core.exponent > 0) {
        // "5.9 trillion won": Korea's currency only after a scale ("Burnout 3 won three awards" is a verb).
        r.currency = "KRW";
        r.j++;
      } else if (MINOR_CURRENCY.has(n.l) && core.exponent === 0 && (n.l !== "p" || (adjacent(toks[r.j - 1], n) && !splitMeridiem(toks, r.j)))) {
        r.currency = MINOR_CURRENCY.get(n.l);
        r.value = r.value / 100;
        r.j++;
      }
    }
  }
  if (core.bareM && r.currency === undefined) {
    // "100m" without a currency is metres unless people follow ("5m people", BBC style).
    const nx = toks[r.j];
    if (!(isWord(nx) && PEOPLE.has(nx.l)) && !countedInMillions(r.toks, r.s, r.j)) {
      if (core.digits === undefined) return false;
      r.value = Number(core.digits);
      r.glued = "m";
    }
  }
  if (core.exponent > 0 && r.currency === undefined && !r.percent && core.bareM === false) {
    // "$1-2bn" style scales are fine; a bare "b" or "k" without currency ("3b", "10k run") is not an amount.
    const suffix = toks[core.end - 1]?.l;
    if (suffix === "b") return false;
    // Without money or people, "2k projectors" and "a 10k run" name a resolution or a race, not 2,000 of anything.
    if (suffix === "k" && !(isWord(toks[r.j]) && PEOPLE.has(toks[r.j]?.l ?? ""))) return false;
  }
  return true;
}

function toRaw(r: Reading): Raw {
  const { toks, core } = r;
  // Trailing hedges: "300 or more", "300 or so".
  if (r.qualifier === undefined && isWord(toks[r.j], "or") && (isWord(toks[r.j + 1], "more") || isWord(toks[r.j + 1], "so"))) {
    r.qualifier = `or ${toks[r.j + 1]?.l}`;
    r.j += 2;
  }
  const s = core.vague ? r.i : r.s;
  const raw = rawOf({
    s,
    core: r.i,
    e: r.j,
    value: r.value,
    percent: r.percent,
    points: r.points,
    ordinal: core.ordinal,
    words: core.words,
    label: "",
    kind: "count",
    factor: 1,
    drop: false,
    from: toks[s]?.start ?? 0,
    to: toks[r.j - 1]?.end ?? 0,
  });
  if (r.valueMax !== undefined) raw.valueMax = r.valueMax;
  if (r.qualifier !== undefined) raw.qualifier = r.qualifier;
  if (r.currency !== undefined) raw.currency = r.currency;
  if (r.compound !== undefined) raw.compound = r.compound;
  if (r.glued !== undefined) raw.glued = r.glued;
  if (r.one) raw.one = true;
  if (r.scale !== undefined) raw.scale = r.scale;
  if (r.clock) {
    raw.kind = "measure";
    raw.type = "duration";
    raw.unit = "seconds";
    raw.clock = true;
  }
  return raw;
}
