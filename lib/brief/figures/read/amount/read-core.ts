import { vulgarFraction } from "#brief/figures/read/amount/vulgar-fraction.ts";
import { andFraction } from "#brief/figures/read/amount/and-fraction.ts";
import { CARDINAL_WORDS, ORDINAL_WORDS, SCALE_SUFFIXES, SCALE_WORDS, VAGUE_WORDS, plainDigits, scaleDigits, wordsValue } from "#news/numbers.ts";
import { headAround } from "#brief/figures/read/amount/head-around.ts";
import { conditionAs } from "#brief/figures/read/amount/condition-as.ts";
import { aboutAfterVerb } from "#brief/figures/read/amount/about-verb.ts";
import { overAfterOpeningTime } from "#brief/figures/read/amount/over-subject.ts";
import { DURATIONS, MEASURE_NOUNS, PEOPLE, QUALIFIERS } from "#brief/figures/language/lexicon.ts";
import { boundHedge } from "#brief/figures/read/amount/bound-hedge.ts";
import { ordinalUpTo } from "#brief/figures/label/ranks/ordinal-up-to.ts";
import { coreLayout } from "#brief/figures/card/layout.ts";
import { unitPart } from "#brief/figures/read/amount/unit-part.ts";
import { leadingPoint } from "#brief/figures/read/amount/leading-point.ts";
import { adjacent, CUR, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { thanTypo } from "#brief/figures/read/amount/than-typo.ts";
import { negatedCap } from "#brief/figures/read/amount/negated-cap.ts";
import { crossedOver } from "#brief/figures/read/amount/motion-over.ts";

// Reading one number at a token.

export interface Core {
  value: number;
  /** Token after the number (and its scale or ordinal suffix). */
  end: number;
  digits?: string;
  exponent: number;
  ordinal: boolean;
  /** Written in words ("seven", "a dozen"). */
  words: boolean;
  /** "hundreds of" → its text, used as the qualifier. */
  vague?: string;
  /** Rest of a hyphenated word token: "three-day" → "day", "third-largest" → "largest". */
  compound?: string;
  /** "5m" without a currency: metres, not millions, unless people follow. */
  bareM: boolean;
  /** "two thirds", "one hundred millionth": a fraction (its value already divided), not a count. */
  fraction?: boolean;
}

/** The number at token i with its "and a half" ("three-and-a-half years", "2 and a half million"), or undefined. */
export function readCore(toks: readonly Tok[], i: number): Core | undefined {
  const core = readNumber(toks, i);
  return core === undefined ? undefined : coreLayout(core);
}

/** readCore's number, in whichever layout the step that read it built it. */
function readNumber(toks: readonly Tok[], i: number): Core | undefined {
  const around = unitAndAHalf(toks, i) ?? unitPart(toks, i);
  if (around !== undefined) return around;
  const core = readBare(toks, i);
  if (core === undefined || core.ordinal || core.fraction === true || core.vague !== undefined) return core;
  // "three-and-a-half", "six-and-a-half-year", "three-and-one-quarter": the fraction is part of the number, the rest
  // the compound (and-fraction.ts).
  const part = core.compound === undefined ? undefined : andFraction(core.compound);
  if (part !== undefined) {
    const { compound: _, ...rest } = core;
    const value = core.value + part.fraction;
    return part.rest === undefined ? { ...rest, value } : { ...rest, value, compound: part.rest };
  }
  // "3 and a half years", "two and a half million": the value and its scale take the half.
  if (core.compound === undefined && core.exponent === 0 && isWord(toks[core.end], "and") && isWord(toks[core.end + 1], "a") && isWord(toks[core.end + 2], "half")) {
    const scale = toks[core.end + 3]?.kind === WORD ? SCALE_WORDS.get(toks[core.end + 3]?.l ?? "") : undefined;
    const value = core.value + 0.5;
    return scale !== undefined && scale >= 1000 ? { ...core, value: value * scale, end: core.end + 4 } : { ...core, value, end: core.end + 3 };
  }
  return core;
}

/**
 * "an hour and a half", "a mile and a half": one unit and a half said around the unit is 1.5 of it, the unit its
 * compound as in "a 1.5-hour wait"; undefined for anything else ("a year and a half-brother" is no such amount).
 */
function unitAndAHalf(toks: readonly Tok[], i: number): Core | undefined {
  const unit = toks[i + 1];
  if (!(isWord(toks[i], "a") || isWord(toks[i], "an")) || !isWord(unit) || unit.l.endsWith("s") || !(DURATIONS.has(unit.l) || MEASURE_NOUNS.has(unit.l))) return undefined;
  if (!isWord(toks[i + 2], "and") || !isWord(toks[i + 3], "a") || toks[i + 4]?.l !== "half") return undefined;
  return { value: 1.5, end: i + 5, exponent: 0, ordinal: false, words: true, bareM: false, compound: unit.l };
}

function readBare(toks: readonly Tok[], i: number): Core | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  if (t.kind === NUM) {
    // ".01 per cent", ".247": the digits of a decimal written without its leading zero (leading-point.ts).
    const digits = leadingPoint(toks, i) ? `0.${t.s}` : plainDigits(t.s);
    if (digits === undefined) return undefined;
    // "$143.6. million", "40. per cent": a stray full stop (a sub-editing slip) between a number and its scale or
    // "per cent" is stepped over; a lowercase word after it shows the sentence goes on.
    const dot = strayDot(toks, i) ? 1 : 0;
    // "About 23½ inches": a vulgar fraction glued to the digits is the number's (vulgar-fraction.ts).
    const vulgar = vulgarFraction(toks, i);
    if (vulgar !== undefined) {
      const value = Math.round((Number(digits) + vulgar) * 1000) / 1000;
      return { value, end: i + 2, digits: String(value), exponent: 0, ordinal: false, words: false, bareM: false };
    }
    // "the magnitude-7 .8 quake": a decimal split before its point by the same slip is one number.
    const fraction = splitFraction(toks, i, digits);
    if (fraction !== undefined) return { value: Number(`${digits}.${fraction}`), end: i + 3, digits: `${digits}.${fraction}`, exponent: 0, ordinal: false, words: false, bareM: false };
    const n = toks[i + 1 + dot];
    let exponent = 0;
    let end = i + 1 + dot;
    let ordinal = false;
    let bareM = false;
    // "25st", "9st": a suffix the number does not take is no ordinal's but a weight in stone (a glued unit).
    if (isWord(n) && adjacent(t, n) && (n.l === "st" || n.l === "nd" || n.l === "rd" || n.l === "th") && ordinalSuffix(digits) === n.l) {
      ordinal = true;
      end++;
    } else if (isWord(n) && adjacent(t, n) && n.l.length > 3 && (n.l[2] === "-" || n.l[0] === "-") && n.l.startsWith(`${ordinalSuffix(digits)}-`)) {
      // "his 88th-minute winner", "a 4th-round tie": an ordinal in a compound, as "fourth-round" is in words.
      return { value: scaleDigits(digits, 0), end: i + 2, digits, exponent: 0, ordinal: true, words: false, bareM: false, compound: n.l.slice(3) };
    } else if (isWord(n) && n.l.includes("-") && scalePrefix(t, n, toks[i - 1]?.kind === CUR)) {
      // "£2 billion-a-year income", "a 4bn-euro hole": the scale is the first part of the compound, the rest
      // describes (or names the currency).
      const e = SCALE_SUFFIXES.get(n.l.slice(0, n.l.indexOf("-"))) ?? 0;
      return { value: scaleDigits(digits, e), end: i + 2, digits, exponent: e, ordinal: false, words: false, bareM: false, compound: n.l.slice(n.l.indexOf("-") + 1) };
    } else if (isWord(n)) {
      const e = SCALE_SUFFIXES.get(n.l);
      const glued = adjacent(t, n);
      // One-letter scales only when glued ("$5m"); "5 m" is rarer than "5 m people" is ambiguous. After a currency
      // sign it can be no metre: "£1.3 m", "$458 m" (texts detokenized from a tokenized copy split them so). Nor
      // before a plural of people: "3.4 m residents" is millions (it read 3.4, the "m" put in the label; card-audit-50's
      // shape 6), where "the 110 m hurdles" and "a 2.5 m pipe" stay lengths.
      const millionsOf = n.l === "m" && isWord(toks[i + 2 + dot]) && PEOPLE.has(toks[i + 2 + dot]!.l);
      if (e !== undefined && (n.l.length > 1 || glued || toks[i - 1]?.kind === CUR || millionsOf)) {
        exponent = e;
        bareM = n.l === "m";
        end++;
      }
    }
    return { value: scaleDigits(digits, exponent), end, digits, exponent, ordinal, words: false, bareM };
  }
  if (t.kind !== WORD) return undefined;
  const l = t.l;
  const ord = ORDINAL_WORDS.get(l);
  if (ord !== undefined) return { value: ord, end: i + 1, exponent: 0, ordinal: true, words: true, bareM: false };
  const vague = VAGUE_WORDS.get(l);
  if (vague !== undefined && isWord(toks[i + 1], "of")) {
    // "tens of thousands of", "hundreds of millions of"
    const inner = toks[i + 2];
    const innerScale = inner && VAGUE_WORDS.get(inner.l);
    if (innerScale !== undefined && innerScale >= 1000 && isWord(toks[i + 3], "of")) {
      return { value: vague * innerScale, end: i + 4, exponent: 0, ordinal: false, words: true, vague: `${l} of ${inner?.l} of`, bareM: false };
    }
    if (l === "tens" || l === "scores") return undefined;
    return { value: vague, end: i + 2, exponent: 0, ordinal: false, words: true, vague: `${l} of`, bareM: false };
  }
  if (l === "several" || l === "many") {
    const scale = toks[i + 1] && SCALE_WORDS.get(toks[i + 1]?.l ?? "");
    // "several dozen stitches", "several dozens stitches": vague, and kept vague (a dozen, hedged by "several").
    const dozens = toks[i + 1]?.l === "dozen" || toks[i + 1]?.l === "dozens";
    if (dozens || (scale !== undefined && scale >= 100)) {
      return { value: dozens ? 12 : (scale ?? 0), end: i + 2, exponent: 0, ordinal: false, words: true, vague: l, bareM: false };
    }
    return undefined;
  }
  // "a half dozen nurses", "a half million voters": the article before "half" says the same as "half a dozen" does.
  if ((l === "a" || l === "an") && isWord(toks[i + 1], "half") && toks[i + 2]?.kind === WORD) {
    const scale = SCALE_WORDS.get(toks[i + 2]?.l ?? "");
    // Halved by a product, not "scale / 2": mutant V13 (scripts/mutants-40.ts) pins that text as "half a million"'s, once.
    if (scale !== undefined) return { value: scale * 0.5, end: i + 3, exponent: 0, ordinal: false, words: true, bareM: false };
  }
  if (l === "half" && (isWord(toks[i + 1], "a") || isWord(toks[i + 1], "an"))) {
    const scale = SCALE_WORDS.get(toks[i + 2]?.l ?? "");
    if (scale !== undefined && toks[i + 2]?.kind === WORD) {
      return { value: scale / 2, end: i + 3, exponent: 0, ordinal: false, words: true, bareM: false };
    }
    return undefined;
  }
  // Hyphenated token: "twenty-five" is one number; "three-day" is a number and a compound.
  let compound: string | undefined;
  let head = l;
  if (l.includes("-") && !CARDINAL_WORDS.has(l)) {
    const dash = l.indexOf("-");
    const second = l.indexOf("-", dash + 1);
    const two = second > 0 ? l.slice(0, second) : "";
    if (two !== "" && (CARDINAL_WORDS.has(two) || ORDINAL_WORDS.has(two))) {
      head = two;
      compound = l.slice(second + 1);
    } else {
      head = l.slice(0, dash);
      compound = l.slice(dash + 1);
    }
    const ordHead = ORDINAL_WORDS.get(head);
    if (ordHead !== undefined) return { value: ordHead, end: i + 1, exponent: 0, ordinal: true, words: true, compound, bareM: false };
    const v = CARDINAL_WORDS.get(head);
    if (v === undefined) return undefined;
    // "a one-million lira note", "a two-billion-dollar deal": a scale inside the compound is part of the number.
    const scaleWord = compound.split("-")[0] ?? "";
    const scale = SCALE_WORDS.get(scaleWord);
    if (scale !== undefined && scale >= 100) {
      const rest = compound.slice(scaleWord.length + 1);
      return { value: v * scale, end: i + 1, exponent: 0, ordinal: false, words: true, ...(rest === "" ? {} : { compound: rest }), bareM: false };
    }
    return { value: v, end: i + 1, exponent: 0, ordinal: false, words: true, compound, bareM: false };
  }
  const words: string[] = [];
  let j = i;
  if ((l === "a" || l === "an") && SCALE_WORDS.has(toks[i + 1]?.l ?? "") && toks[i + 1]?.kind === WORD) {
    words.push(l);
    j++;
  }
  for (; j < toks.length; j++) {
    const w = toks[j];
    if (!isWord(w)) break;
    if (SCALE_WORDS.has(w.l)) {
      words.push(w.l);
      continue;
    }
    if (CARDINAL_WORDS.has(w.l)) {
      const prev = words[words.length - 1];
      // "four four people": a number word typed twice is read once (the second token is stepped over).
      if (prev === w.l) continue;
      if (prev !== undefined && !wordFollows(prev, w.l)) break;
      words.push(w.l);
      continue;
    }
    // "two hundred and fifty": "and" only between a hundred and what follows it.
    const nx = toks[j + 1];
    if (w.l === "and" && words[words.length - 1] === "hundred" && isWord(nx) && CARDINAL_WORDS.has(nx.l)) {
      words.push("and");
      continue;
    }
    break;
  }
  if (words.length === 0) return undefined;
  // "dozen" alone is not a number ("a dozen" is); nor is a bare scale word like "hundred".
  const first = words[0] ?? "";
  if (words.length === 1 && SCALE_WORDS.has(first)) return undefined;
  const value = wordsValue(words);
  if (value === undefined) return undefined;
  // "two thirds", "one hundred millionth": the number is a numerator.
  // "the preceding three quarters" are periods of a year ("three quarters of voters" is read as a share first,
  // by share.ts).
  const quarters = isWord(toks[j]) && /^quarters?$/.test(toks[j]?.l ?? "");
  const denominator = quarters ? undefined : fractionOf(toks[j]);
  if (denominator !== undefined) return { value: value / denominator, end: j + 1, exponent: 0, ordinal: false, words: true, bareM: false, fraction: true };
  // Scale words after digits were consumed by readCore's digit branch; here "two million" folds in.
  return { value, end: j, exponent: 0, ordinal: false, words: true, bareM: false };
}

/**
 * Whether number word `next` may follow `prev` in one number: words join by grammar, not by being side by side. After a
 * scale, "and" or an article anything may ("two hundred five", "a thousand"); after a tens word only a unit
 * ("twenty five"); after any other word none, so "three Six Nations titles" is 3 titles, "Six Nations" a name.
 */
function wordFollows(prev: string, next: string): boolean {
  if (SCALE_WORDS.has(prev) || prev === "and" || prev === "a" || prev === "an") return true;
  const p = CARDINAL_WORDS.get(prev) ?? 0;
  const n = CARDINAL_WORDS.get(next) ?? 0;
  return p >= 20 && p % 10 === 0 && n >= 1 && n <= 9;
}

/**
 * The digits after a point set off from the whole number by a space, in texts detokenized from a tokenized copy
 * ("magnitude-7 .8"); undefined when it is no such split decimal.
 */
function splitFraction(toks: readonly Tok[], i: number, digits: string): string | undefined {
  const d = toks[i + 1];
  const f = toks[i + 2];
  // A missing token is asked for before its text or kind: compared as `d?.s`, a number at a sentence's end (met late)
  // gave the comparison an undefined where the compiled code expected a string, and readBare was compiled again.
  if (!/^\d{1,2}$/.test(digits) || d === undefined || d.s !== "." || adjacent(toks[i], d)) return undefined;
  if (f === undefined || f.kind !== NUM || !adjacent(d, f) || !/^\d{1,2}$/.test(f.s)) return undefined;
  // A lower-case word after it shows the sentence goes on ("7 .8 quake"); a capital may start the next sentence.
  const w = toks[i + 3];
  return isWord(w) && w.s === w.l ? f.s : undefined;
}

/** A full stop glued to the number at i, then a lowercase scale word ("million", "bn") or "per cent"/"percent". */
function strayDot(toks: readonly Tok[], i: number): boolean {
  const d = toks[i + 1];
  const w = toks[i + 2];
  if (d?.s !== "." || !adjacent(toks[i], d) || !isWord(w) || w.s !== w.l || adjacent(d, w)) return false;
  return (SCALE_SUFFIXES.has(w.l) && w.l.length > 1) || w.l === "percent" || (w.l === "per" && isWord(toks[i + 3], "cent"));
}

/** The suffix an ordinal in digits takes: "1st", "22nd", "13th", "101st". */
function ordinalSuffix(digits: string): string {
  const n = Number(digits.replace(/,/g, ""));
  if (!Number.isInteger(n)) return "";
  const last = n % 10;
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
}

/** "billion-a-year", or glued to the digits "bn-euro": a compound whose first part is a scale. */
/**
 * Whether the compound glued after the digits opens with their scale ("4bn-euro", "2 billion-a-year"). A one-letter "m"
 * is millions only after a currency sign ("£30m-plus bid", "£5m-a-year deal"), where it can be no metre ("a 5m-long
 * boat").
 */
function scalePrefix(t: Tok, n: Tok, money: boolean): boolean {
  const first = n.l.slice(0, n.l.indexOf("-"));
  return SCALE_WORDS.has(first) || (adjacent(t, n) && (first.length > 1 || money) && SCALE_SUFFIXES.has(first));
}

/** QUALIFIERS by their last word, each list in QUALIFIERS' order (qualifierBefore takes the first that matches). */
const QUALIFIERS_BY_LAST: ReadonlyMap<string, readonly (readonly string[])[]> = QUALIFIERS.reduce((m, q) => {
  const last = q[q.length - 1]!;
  m.set(last, [...(m.get(last) ?? []), q]);
  return m;
}, new Map<string, (readonly string[])[]>());

export function qualifierBefore(toks: readonly Tok[], at: number): { start: number; text: string } | undefined {
  // "less than .01 per cent": the qualifier is before the point (leading-point.ts).
  const k = leadingPoint(toks, at) ? at - 1 : at;
  // "of less that £11,200": a slip for "than" (than-typo.ts).
  const typo = thanTypo(toks, k);
  if (typo !== undefined) return typo;
  // Only the qualifiers that end in the word before the number can match it: looked up by that word, in list order.
  const before = toks[k - 1];
  const ending = isWord(before) ? QUALIFIERS_BY_LAST.get(before.l) : undefined;
  if (ending === undefined) return undefined;
  for (const q of ending) {
    const start = k - q.length;
    if (start < 0) continue;
    let ok = true;
    for (let n = 0; n < q.length; n++) {
      const t = toks[start + n];
      if (!isWord(t, q[n])) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "a race over 1500 metres", "a warrant over $18,104": after a noun, "over" says what about, not how many.
    // (The tag is read only here, for "over" and "under": most sentences then need no tagging; see pos.ts.)
    const prep = q.length === 1 && (q[0] === "over" || q[0] === "under");
    const afterNoun = prep && (toks[start - 1]?.pos === "NOUN" || toks[start - 1]?.pos === "PROPN") && !overAfterOpeningTime(toks, start);
    // "Leaping over three cars": what was crossed, not how many (motion-over.ts).
    const crossed = prep && crossedOver(toks, start, k) !== undefined;
    if (afterNoun || crossed || aboutAfterVerb(toks, start) || headAround(toks, start) || conditionAs(toks, start, at) || ordinalUpTo(toks, start, at)) continue;
    // "could not last more than 30 minutes": a negated bound turns round, at most 30 (negated-cap.ts).
    const text = q.join(" ");
    // "a minimum of 25 years", "a maximum of four tickets": a bound said as a noun is the hedge it means (bound-hedge.ts).
    return { start, text: negatedCap(toks, start, text) ?? boundHedge(text) };
  }
  return undefined;
}

/** The denominator a word names: "thirds" 3, "quarters" 4, "halves" 2, "millionth" 1,000,000; else undefined. */
function fractionOf(t: Tok | undefined): number | undefined {
  if (!isWord(t)) return undefined;
  if (t.l === "halves") return 2;
  if (t.l === "quarter" || t.l === "quarters") return 4;
  const d = ORDINAL_WORDS.get(t.l.endsWith("ths") || t.l.endsWith("rds") ? t.l.slice(0, -1) : t.l);
  return d !== undefined && d >= 3 ? d : undefined;
}

/**
 * "20 or 30,000 people", "20 to 25,000": a small bare first end said without the thousands the second end shows is
 * that many thousand, when that puts it below the second and within a factor of five of it: the first end's value,
 * else undefined. "between 2 and 30,000", "2 or 30,000" (15 times) and "500 to 1,000" stay as said; so does money
 * ("$20 to $30,000", "$20 to 30,000") but for a hyphen whose one sign stands for both ends ("$10-15,000": 10,000 to
 * 15,000, card audit 21's sample O), which the caller passes as `excluded` with "and".
 */
export function thousandsLeftOut(core: Core, first: Tok | undefined, second: Core, excluded: boolean): number | undefined {
  if (excluded || core.exponent !== 0 || second.exponent !== 0 || core.words || !/^[1-9]\d{0,2}$/.test(core.digits ?? "")) return undefined;
  if (!/^\d{1,3},000$/.test(first?.s ?? "")) return undefined;
  const low = core.value * 1000;
  return low < second.value && second.value <= low * 5 ? low : undefined;
}
