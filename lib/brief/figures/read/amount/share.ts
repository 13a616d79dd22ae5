import { CARDINAL_WORDS, CURRENCY_WORDS, ORDINAL_WORDS, SCALE_WORDS } from "#news/numbers.ts";
import { denominator, numerator } from "#brief/figures/read/amount/fraction-words.ts";
import { inOutOf } from "#brief/figures/read/amount/in-out-of.ts";
import { qualifierBefore } from "#brief/figures/read/amount/read-core.ts";
import { unitPart } from "#brief/figures/read/amount/unit-part.ts";
import { centuryPart } from "#brief/figures/read/amount/century-part.ts";
import { ratioRange } from "#brief/figures/read/amount/ratio-range.ts";
import { describedGroup, ratioDeed } from "#brief/figures/label/change/ratio-deed.ts";
import { shareOfThose } from "#brief/figures/label/change/share-of-those.ts";
import { baseDoing } from "#brief/figures/label/change/base-doing.ts";
import { shareObject } from "#brief/figures/label/change/share-object.ts";
import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { COLLECTIVE, DETERMINERS, DURATIONS, PEOPLE, PERIOD_NOUNS, PRONOUNS, QUANTITY_NOUNS, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { isPlural, phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers, pastOwner } from "#brief/figures/language/noun-phrase.ts";
import { adjacent, CUR, isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// Shares said as fractions or ratios: "a third of", "two-thirds of", "one in five boys". The value is the
// fraction (0.333, as the gold writes it), the type "other", and the label what the share is of.

/** Words before "half" that make it a part of a period or a match ("the second half of 2004"), not a share. */
const HALF_OF_PERIOD = new Set(["first", "second", "last", "other", "final", "latter", "former", "and", "a", "the", "one"]);

/** Owners that make "half his age" a ratio to a person's measure, not a share of a group. */
const PERSONAL = new Set(["his", "her", "my", "your", "our"]);

/**
 * "half of the dust", "half the season", "half the world's population": "half" before "of" or a determiner other than
 * an article ("half an hour" is a time); not a half of a thing's parts ("the bottom half of the table", "the first half
 * of the year", after a describing word), a ratio to a person or a measure ("half his age", "half the weight of an
 * apple") or a comparison ("half the person you are": a pronoun's clause after the noun).
 */
function halfOf(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  if (before?.kind === NUM || HALF_OF_PERIOD.has(before?.l ?? "") || ORDINAL_WORDS.has(before?.l ?? "")) return false;
  const next = toks[i + 1]?.kind === WORD ? toks[i + 1]!.l : "";
  if (next !== "of" && !(DETERMINERS.has(next) && next !== "a" && next !== "an" && !PERSONAL.has(next))) return false;
  // The tag last: reading one tags the whole sentence (pos.ts tagWhenRead), for most "half"s not followed as above.
  if (before?.pos === "ADJ" || before?.pos === "NOUN") return false;
  const k = pastDeterminers(toks, next === "of" ? i + 2 : i + 1);
  // "more than half of the £5,000 target": a half of money its noun names is a ratio to it, and the amount the figure
  // ("half of the 31 million calls" is a share of a group; "half of the $20bn that …" would leave the money unnamed).
  if (toks[k]?.kind === CUR && toks[k + 1]?.kind === NUM && forwardNP(toks, k + 2) > k + 2) return false;
  const end = forwardNP(toks, k);
  const head = toks[end - 1];
  if (head === undefined || PRONOUNS.has(toks[end]?.l ?? "") || MEASURED.has(head.l)) return false;
  // Without "of", a half of one thing is a part of it ("half the mason jar", "half its coat", "half the catwalk"): a
  // share is of many ("half the properties"), of people ("half the squad", "half the world's population") or of a
  // named whole ("Half the UK").
  return next === "of" || many(head) || isCapitalised(head);
}

/** A whole a share is of: many ("the properties"), people ("the squad") or a people's whole ("the population"). */
function many(head: Tok): boolean {
  return isPlural(head.l) || PEOPLE.has(head.l) || COLLECTIVE.has(head.l) || /population|country|nation/.test(head.l);
}

/**
 * "one half of pop duo Wham!", "one half of the Radio 1 Thursday night show Bethan and Huw": one half of a single
 * thing is one of a pair, a member, not a share; "one half of the population" is one.
 */
function memberOfPair(toks: readonly Tok[], i: number): boolean {
  if (!isWord(toks[i], "one") || toks[i + 1]?.l !== "half") return false;
  const k = pastDeterminers(toks, i + 3);
  const head = toks[forwardNP(toks, k) - 1];
  return head === undefined || !many(head);
}

/** What "half the" a measure is a ratio of ("half the weight of an apple", "half the amount it got"), not a share. */
const MEASURED = new Set([...QUANTITY_NOUNS, "weight", "size", "age", "price", "cost", "length", "height", "width", "depth", "speed", "distance"]);

// FLOAT_INDEX: a share's value and the token index after it are set one by one, never as `[value, end] = [n / d,
// i + 2]`. An array of numbers only, one of them a fraction, is an array of floats, so the index read back from it is a
// boxed float, not a small integer; it then flows through every reader's `e` and `j` (a figure's end is the next one's
// start of search), and compiled code that expects small integers there is undone and compiled again (`node
// --trace-deopt`: "not a Smi" in linkAmounts, mendInOrder, label2 … in the bench's first timed pass). Speed only: the
// numbers are the same. test/float-index.test.ts holds the readers to it.
/** The share starting at token i ("a third of the voters", "two-thirds of", "one in five boys"), or undefined. */
export function readShare(toks: readonly Tok[], i: number, text: string): { raw: Raw; next: number } | undefined {
  const t = toks[i];
  if (t === undefined || (t.kind !== NUM && !isWord(t))) return undefined;
  // "a third of a mile": a fraction of a unit is a measure, read as one (unit-part.ts), not a share of a mile.
  if (unitPart(toks, i) !== undefined) return undefined;
  let value: number | undefined;
  /** The share at a ratio's larger whole ("one in 5 to 10": a tenth), when the whole is a range. */
  let lowest: number | undefined;
  let end = i;
  /** Whether the share is a ratio "N in M", which may be labelled by what its group did (ratio-deed.ts). */
  let ratio = false;
  const dash = t.l.indexOf("-");
  const n = numerator(t);
  if (dash > 0 && isWord(t)) {
    // "two-thirds", "three-quarters"
    const top = CARDINAL_WORDS.get(t.l.slice(0, dash));
    const bottom = denominator(t.l.slice(dash + 1));
    if (top !== undefined && bottom !== undefined && top < bottom) {
      // One by one, never `[value, end] = [top / bottom, i + 1]`: see FLOAT_INDEX.
      value = top / bottom;
      end = i + 1;
    }
  } else if (n !== undefined && isWord(toks[i + 1]) && denominator(toks[i + 1]?.l ?? "") !== undefined && (isWord(toks[i + 2], "of") || pastRestating(toks, i + 2) > i + 2) && !memberOfPair(toks, i)) {
    // "a third of", "two thirds of", "a fifth of"; "Almost three quarters (73 per cent) of voters", whose bracket says
    // it is a share and no period of a year.
    const bottom = denominator(toks[i + 1]?.l ?? "") ?? 1;
    if (n < bottom) {
      value = n / bottom;
      end = i + 2;
    }
  } else if (t.l === "half" && halfOf(toks, i)) {
    // "Approximately half of the dust", "missed half the season": a half with no numerator is one of two.
    value = 0.5;
    end = i + 1;
  } else if (n !== undefined && isWord(toks[i + 1], "in")) {
    // "one in five boys", "1 in 4 adults"; "one in every 20 children" is the same ratio.
    const w = isWord(toks[i + 2], "every") ? i + 3 : i + 2;
    const bottom = numerator(toks[w]);
    // "rose to 164 in 2014 compared with 141 in 2013": a year after "in" is when, not a whole.
    const year = toks[w]?.kind === NUM && YEAR_DIGITS.test(toks[w]?.s ?? "") && toks[w + 1]?.pos !== "NOUN";
    if (bottom !== undefined && bottom > n && !year && (t.l === "one" || t.kind === NUM || groupRatio(toks, i, w + 1))) [value, end, ratio] = [n / bottom, w + 1, true];
    // "one in 160,000 to 200,000 births": the whole's second end is the ratio's too (ratio-range.ts).
    const range = value === undefined || bottom === undefined ? undefined : ratioRange(toks, end, bottom);
    if (range !== undefined) {
      lowest = n / range.top;
      end = range.end;
    }
  }
  // "roughly one out of six students will be bullied": "one out of (every) N" is "one in N", a ratio; a bigger part
  // ("four out of five key issues") is a count of the noun as the gold reads it (out-of.ts). Unread, "one" was a bare
  // count no card takes, or the whole a count of the noun (card-audit-54's made-up miss M2).
  if (value === undefined && (t.l === "one" || t.s === "1") && isWord(toks[i + 1], "out") && isWord(toks[i + 2], "of")) {
    const w = isWord(toks[i + 3], "every") ? i + 4 : i + 3;
    const bottom = numerator(toks[w]);
    if (bottom !== undefined && bottom > 1) [value, end, ratio] = [1 / bottom, w + 1, true];
  }
  // "in 17 out of 20 claims": a proportion of cases (in-out-of.ts).
  const cases = value === undefined && n !== undefined ? inOutOf(toks, i, n) : undefined;
  if (cases !== undefined) [value, end, ratio] = [cases.value, cases.end, true];
  if (value === undefined) return undefined;
  // "More than two thirds of people", "nearly a quarter of": the hedge is the share's as it is an amount's.
  const q = qualifierBefore(toks, i);
  // "a quarter of a million homes", "a third of a billion": a fraction of a scale is an amount, labelled as a count.
  const scale = isWord(toks[end], "of") && (isWord(toks[end + 1], "a") || isWord(toks[end + 1], "an")) ? SCALE_WORDS.get(toks[end + 2]?.l ?? "") : undefined;
  if (scale !== undefined && scale >= 1000 && isWord(toks[end + 2])) {
    // "a quarter of a million pounds": the currency word after the scale makes it money.
    const currency = isWord(toks[end + 3]) ? CURRENCY_WORDS.get(toks[end + 3]?.l ?? "") : undefined;
    const stop = end + (currency === undefined ? 3 : 4);
    const amount = wholeFigure(toks, q?.start ?? i, stop, { value: value * scale, label: "", kind: "count", factor: 1 });
    amount.core = i;
    if (q !== undefined) amount.qualifier = q.text;
    if (currency !== undefined) amount.currency = currency;
    return { raw: amount, next: stop };
  }
  // "more than a quarter of a century": a span of years, not a share (century-part.ts).
  const years = centuryPart(toks, q?.start ?? i, end, value);
  if (years !== undefined) {
    years.core = i;
    if (q !== undefined) years.qualifier = q.text;
    return { raw: years, next: years.e };
  }
  // What it is a share of: the noun phrase after "of (the)", or after the ratio ("one in five boys").
  // Past a restating bracket only its "of" names the whole ("A quarter (24%) said no" is labelled by its percent).
  const after = pastRestating(toks, end);
  const k = after > end && !isWord(toks[after], "of") ? toks.length : pastDeterminers(toks, isWord(toks[after], "of") ? after + 1 : after);
  // "One in 20 admitted to driving home drunk": no group after the whole, the verb says what the share did.
  let label = ratio && after === end ? ratioDeed(toks, end) : "";
  // "one in eight of those aged 18-24", "a third of those surveyed": a share of the people "those" picks out, as a
  // percent's is (share-of-those.ts); the noun phrase reader found no noun after the pronoun ('aged', or none).
  if (isWord(toks[after], "of")) label = shareOfThose(toks, after + 1);
  // "a third of the industry's most important positions": a share of what the owner has.
  const owned = pastOwner(toks, k, forwardNP(toks, k));
  // A title run over its "of" keeps its head, within the card's six words.
  const npEnd = pastTitle(toks, owned);
  if (label === "" && npEnd > k) label = partDoing(toks, q?.start ?? i, k, npEnd, isWord(toks[after], "of") || ratio || t.l === "half") || phrase(toks, k, Math.min(npEnd, k + (npEnd > owned ? 6 : 4)));
  else if (label === "" && ratio && after === end && describedGroup(toks, k)) label = phrase(toks, k, k + 2);
  else if (label === "" && toks[k]?.kind === NUM) {
    // "a third of 10-11 year olds": the group is named by its numbers and the noun after them.
    let w = k;
    while (w < toks.length && w - k < 4 && !isWord(toks[w])) w++;
    const end = forwardNP(toks, w);
    if (end > w) label = `${text.slice(toks[k]?.start ?? 0, toks[w - 1]?.end ?? 0)} ${phrase(toks, w, Math.min(end, w + 3))}`;
  }
  const raw = wholeFigure(toks, q?.start ?? i, end, {
    value: shareValue(value),
    label,
    kind: "percent",
    type: "other",
    // Less often the story than a count: tied on the tune half of the gold with 0.75 and 1, and lower is the prudent side.
    factor: 0.5,
    drop: label === "",
    from: toks[q?.start ?? i]?.start ?? t.start,
    to: toks[end - 1]?.end ?? t.end,
  });
  raw.core = i;
  if (q !== undefined) raw.qualifier = q.text;
  if (lowest !== undefined && shareValue(lowest) < shareValue(value)) [raw.value, raw.valueMax] = [shareValue(lowest), raw.value];
  return { raw, next: end };
}

/**
 * "A third of the world's adults now own a smartphone": the part of the whole from `k` to `end` that did it
 * (base-doing.ts); "cancel two-thirds of the loans": the part done to (share-object.ts); "" when the share at `s` is no
 * partitive ("the required two-thirds majority", "sits three-quarters full"), its whole a pronoun's ("a third of what
 * he is getting") or a tally's occasions ("109 in 211 games").
 */
function partDoing(toks: readonly Tok[], s: number, k: number, end: number, partitive: boolean): string {
  if (!partitive || toks[k]?.pos === "PRON" || toks[k]?.pos === "DET" || OCCASIONS.has(toks[end - 1]?.l ?? "")) return "";
  return baseDoing(toks, s, k, end) || shareObject(toks, s, k, end, "");
}

/**
 * A share's value as the gold writes it, to three places (0.333); a ratio smaller than that keeps three figures
 * ("five in 100,000" 0.00005), where three places made it 0, a value the card printed beside "five in 100,000".
 */
const shareValue = (v: number): number => (v >= 0.0005 ? Math.round(v * 1000) / 1000 : Number(v.toPrecision(3)));

/** What a tally is counted over ("six in seven games", "three in nine minutes"): goals or wins, no share of a group. */
const OCCASIONS = new Set(["games", "matches", "meetings", "appearances", "starts", "outings", "fixtures", "races", "innings", "attempts"]);

/**
 * Whether "six in ten" starting at i, its whole ending before k, is a share of a group, as "one in five" always is:
 * before a group ("six in ten voters") or a verb the share did ("nine in 10 said"); not a tally said in words over
 * games or minutes ("has eight in 16 meetings", "Bournemouth's three in nine were devastating", "won four in five,").
 */
function groupRatio(toks: readonly Tok[], i: number, k: number): boolean {
  const before = toks[i - 1];
  if (before !== undefined && (/['’]s$/.test(before.s) || TALLY_VERBS.has(before.l))) return false;
  // "Rovers' three in nine": a plural owner's apostrophe, glued to its word.
  const owner = toks[i - 2];
  if ((before?.s === "'" || before?.s === "’") && owner !== undefined && owner.l.endsWith("s") && adjacent(owner, before)) return false;
  const next = toks[k];
  if (!isWord(next) || OCCASIONS.has(next.l) || DURATIONS.has(next.l) || PERIOD_NOUNS.has(next.l)) return false;
  return next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADJ" || next.pos === "NOUN" || next.pos === "PROPN" || PEOPLE.has(next.l);
}

/** Verbs whose object "six in seven" is a tally, not a share: "has six in seven", "scored three in 18". */
const TALLY_VERBS = new Set(["has", "have", "had", "got", "scored", "netted", "won", "lost", "kept", "made", "took"]);

/** How far a bracket that restates a share as a percent may run: "(73 per cent)", "(about 24.5%)". */
const RESTATING_REACH = 5;

/** Words a restating bracket may hold besides its percent: "(about 24.5%)", "(73 per cent)". */
const HEDGES_IN_BRACKET = new Set(["per", "about", "around", "some", "nearly", "almost", "just", "over", "under"]);

/**
 * The token after a bracket at j that holds a percent ("three quarters (73 per cent) of voters"), or j when there is
 * none: such a bracket restates the fraction before it ("the last three quarters (to June)" restates nothing).
 */
function pastRestating(toks: readonly Tok[], j: number): number {
  if (toks[j]?.s !== "(") return j;
  let percent = false;
  for (let k = j + 1; k < toks.length && k - j <= RESTATING_REACH; k++) {
    const t = toks[k]!;
    if (t.s === ")") return percent ? k + 1 : j;
    if (t.s === "%" || t.s.endsWith("%") || t.l === "cent" || t.l === "percent") percent = true;
    else if (t.kind !== NUM && !(isWord(t) && HEDGES_IN_BRACKET.has(t.l))) return j;
  }
  return j;
}

/**
 * "nearly half of Obama's State of the Union addresses": a title's capitalised words run over its "of (the)", so the
 * noun phrase ends at the title's head ("addresses"), not at "State".
 */
function pastTitle(toks: readonly Tok[], end: number): number {
  const last = toks[end - 1];
  if (last === undefined || !isCapitalised(last) || !isWord(toks[end], "of")) return end;
  const k = isWord(toks[end + 1], "the") ? end + 2 : end + 1;
  const next = toks[k];
  return next !== undefined && isCapitalised(next) ? Math.max(forwardNP(toks, k), end) : end;
}
