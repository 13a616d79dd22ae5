import { currencyWord } from "#brief/figures/language/currency-word.ts";
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, scaleDigits } from "#news/numbers.ts";
import { SPORTS } from "#brief/figures/language/lexicon.ts";
import { readCore, thousandsLeftOut } from "#brief/figures/read/amount/read-core.ts";
import type { Reading, Rejection } from "#brief/figures/read/amount/reading.ts";
import { adjacent, CUR, isWord, NUM } from "#brief/figures/language/tokens.ts";
import { agoAfter } from "#brief/figures/read/type/type.ts";
import { rangeSeparator } from "#brief/figures/read/amount/bracketed-range.ts";
import { changeToLevel } from "#brief/figures/read/amount/change-to-level.ts";
import { poundsWeigh } from "#brief/figures/read/amount/pounds-weigh.ts";

// A range read on from a number's first end ("20-30", "20 to 30", "between 20 and 30", "7 or 8"), or the pair that
// only looks like one: a score, a span of years, a phone number. One step of read.ts, apart because what makes two
// numbers one range (same kind, same money, rising ends, no change said by "from") is a reading of its own.

/** The currencies a bare "$" can be the sign of once a story has named which dollar ("A$", "NZ$", "AUD $"). */
const DOLLARS: ReadonlySet<string> = new Set([...CURRENCY_SYMBOLS].filter(([symbol]) => symbol.endsWith("$")).map(([, code]) => code));

// Sets, not a pattern and a closure made for every range read: the same words (every number passes here).
/** Words two to four before "from" that make it a span ("ranging from 20 to 30", "anywhere from …"). */
const SPAN_WORDS = new Set(["anywhere", "ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied", "somewhere"]);
/** "anything"/"everything" right before "from": a span only there. */
const ANY_SPAN = new Set(["anything", "everything"]);

/** Words that give a price right before "from" ("priced from $89 to $169"): what follows is a range of prices. */
const PRICE_SPAN = new Set(["priced", "worth", "costing", "costs", "cost", "valued", "retails", "retailing", "selling"]);

/**
 * Verbs of lasting right before "from" ("lasting from 24 to 36 hours"): what follows spans the durations it may
 * last, no change from the first.
 */
const LAST_SPAN = new Set(["last", "lasts", "lasting", "lasted"]);

/** Ranges: "20-30", "20 to 30", "between 20 and 30"; a hyphen pair not rising, or in a sports context, is a score ("0-0", "2-1 win"), its end returned. */
export function readRange(r: Reading): Rejection | undefined {
  const { toks, core } = r;
  // "between $40 (£26) and $90": the separator may stand past the first end's bracketed conversion (bracketed-range.ts).
  const at = rangeSeparator(r);
  const sep = toks[at];
  if (core.ordinal || !sep) return undefined;
  const hyphen = (sep.s === "-" || sep.s === "–") && adjacent(toks[at - 1], sep) && adjacent(sep, toks[at + 1]);
  // "rose from 5% to 7%" is a change; "anywhere from $300,000 to $600,000" is a range.
  // "from eight to 12 players" is a change too, unless the words say it spans ("anywhere from", "ranging from",
  // "anything from £5million to £9million of art": a range of estimates, read as a change from £5m, card-audit-33).
  // "priced from $89 to $169", "worth from $300 to $1,500": a price said right before "from" spans the prices of
  // many things; it is no change (further back, "the cost rose from" is one). "lasting from 24 to 36 hours" spans
  // durations so. "anything"/"everything" span only right before "from": further back they are a change's subject
  // ("the price of everything rose from 2% to 4%").
  const spans = SPAN_WORDS.has(toks[r.s - 2]?.l ?? "") || SPAN_WORDS.has(toks[r.s - 3]?.l ?? "") || SPAN_WORDS.has(toks[r.s - 4]?.l ?? "") ||
    ANY_SPAN.has(toks[r.s - 2]?.l ?? "") || PRICE_SPAN.has(toks[r.s - 2]?.l ?? "") || LAST_SPAN.has(toks[r.s - 2]?.l ?? "");
  const to = isWord(sep, "to") && !isWord(toks[r.s - 1], "up") && !(isWord(toks[r.s - 1], "from") && !spans);
  const and = isWord(sep, "and") && isWord(toks[r.s - 1], "between");
  // "7 or 8", "two or three people", "nine or eight wins": a range said as alternatives.
  const or = isWord(sep, "or");
  if (!(hyphen || to || and || or)) return undefined;
  let k = at + 1;
  if (r.currency !== undefined && toks[k]?.kind === CUR) {
    // "$2.3bn or £1.2bn" is one amount in two currencies, not a range: the second end must be the same money (a "$"
    // after "A$" or "AUD $" is the same dollar).
    const symbol = toks[k]!.s;
    if (CURRENCY_SYMBOLS.get(symbol) !== r.currency && !(symbol === "$" && DOLLARS.has(r.currency))) return undefined;
    k++;
  }
  const second = readCore(toks, k);
  if (!second || second.ordinal || second.vague !== undefined) return undefined;
  if (hyphen && core.digits !== undefined && second.digits !== undefined) {
    // "2005-6", "2005-06", "2013-16": a span of years (a financial year, a period), not a score or a range of counts.
    if (/^(?:18|19|20)\d\d$/.test(core.digits) && /^\d\d?$/.test(second.digits)) return { next: second.end, type: "year" };
    const sports = [-4, -3, -2, -1].some((d) => SPORTS.has(toks[r.s + d]?.l ?? "")) || [0, 1].some((d) => SPORTS.has(toks[second.end + d]?.l ?? ""));
    if (second.value <= r.value || sports) return { next: second.end, type: "score" };
    // "123-4567", "203-946-6304": a phone number, not a range; never with a currency or thousands commas ("$10,000-15,000").
    const phone = r.currency === undefined && !toks[r.ci]!.s.includes(",") && !toks[k]!.s.includes(",");
    if (phone && core.digits.length >= 3 && second.digits.length >= 4 && !second.digits.includes(".")) return { next: second.end, type: "identifier" };
    if (toks[second.end]?.s === "-" && toks[second.end + 1]?.kind === NUM && adjacent(toks[second.end - 1], toks[second.end])) return { next: second.end + 2, type: "identifier" };
  }
  // "his favoured 400m to 200m": after a first end read as metres, the second's "m" is no scale of millions (the range
  // was 400 to 200,000,000 m; card-audit-15's sample I), so no range; before a currency word both are millions of it
  // ("worth 300m to 400m euros" was 300 to 400,000,000 euros: the first "m" was read as metres before the currency).
  if (r.glued !== undefined && second.exponent > 0 && !CURRENCY_WORDS.has(toks[second.end]?.l ?? "")) return undefined;
  if (r.glued !== undefined && second.exponent > 0 && core.bareM) Object.assign(r, { value: core.value, glued: undefined });
  let after = second.end;
  let secondPercent = false;
  if (toks[after]?.s === "%") {
    secondPercent = true;
    after++;
  } else if (isWord(toks[after], "per") && isWord(toks[after + 1], "cent")) {
    secondPercent = true;
    after += 2;
  } else if (isWord(toks[after], "percent")) {
    secondPercent = true;
    after++;
  }
  let secondCurrency: string | undefined;
  const cw = toks[after];
  // "between one and three pounds of the drug": pounds that weigh, as one amount's are (pounds-weigh.ts); read as
  // money the range was 1–3 GBP.
  const weighs = (cw?.l === "pounds" || cw?.l === "pound") && poundsWeigh(toks, second, second.value, r.s, after);
  if (r.currency === undefined && currencyWord(cw) !== undefined && !weighs) {
    secondCurrency = currencyWord(cw);
    after++;
  } else if (r.currency !== undefined && currencyWord(cw) === r.currency) {
    // "between 150 euros and 300 euros": the currency said at both ends is part of the range.
    after++;
  }
  // Both ends must be the same kind of amount: "fell 36% to 2.9bn euros" is a change, not a range.
  // Nor "fell 30 cents or 4% to $7.10": money then a percent is one change said twice, not 0.3–4 USD.
  const sameKind = (r.percent ? secondPercent : true) && !(r.percent && secondCurrency) && !(r.currency !== undefined && secondPercent);
  const low = core.exponent === 0 && second.exponent > 0 && core.digits !== undefined ? scaleDigits(core.digits, second.exponent) : (thousandsLeftOut(core, toks[k], second, and || (r.currency !== undefined && (!hyphen || k > at + 1)) || r.percent) ?? r.value);
  // "gained 6p to 702p": a change and the level it reached, two figures (change-to-level.ts).
  if (to && changeToLevel(toks, r.s, low, second.value, r.percent || secondPercent)) return undefined;
  if (sameKind && second.value > low && !(core.exponent > 0 && second.exponent > 0 && core.exponent !== second.exponent)) {
    r.value = low;
    r.valueMax = core.exponent > 0 && second.exponent === 0 && second.digits !== undefined ? scaleDigits(second.digits, core.exponent) : second.value;
    if (secondPercent) r.percent = true;
    if (secondCurrency !== undefined) r.currency = secondCurrency;
    r.j = after;
    // "four or five-year-old computers", "four or five-mile loops", "a two or three-year deal": the second end's word in
    // one token with it is the whole range's compound, as "18 or 19-year-old" and "4 or 5-mile" are read in digits
    // (read-compound.ts: an age, a measure, a duration); left on the second end, 'computers', 'loops' and 'deal' were counted.
    if (second.compound !== undefined && core.compound === undefined) r.core = { ...core, compound: second.compound };
  } else if ((or || (to && agoAfter(toks, after))) && sameKind && second.value < low && (second.exponent === core.exponent || core.exponent === 0)) {
    // "formed 3 to 2 million years ago": the second end's scale is the first's too (`low` carries it).
    r.value = second.value;
    r.valueMax = low;
    r.j = after;
  }
  return undefined;
}
