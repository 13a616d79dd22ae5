import { ADVERBS, AUXILIARIES, RAISING, DETERMINERS, DOWN_VERBS, ED_ADJECTIVES, GLUED_UNITS, LINK_WORDS, MEASURE_NOUNS, UP_VERBS, YEAR_DIGITS } from "#brief/figures/language/lexicon.ts";
import { changeBeforeTime, clockEnd, timePointEnd, windowEnd } from "#brief/figures/language/time-adverbial.ts";
import { adjacent, CUR, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { purposeEnd } from "#brief/figures/language/purpose-clause.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { gapBetween, pairEnd } from "#brief/figures/language/gap-between.ts";
import { placeEndsSubject } from "#brief/figures/language/place-subject.ts";
import { participleComplement, participleSubject } from "#brief/figures/language/participle-subject.ts";
import { describedWord, relativeBefore } from "#brief/figures/language/relative-subject.ts";

// The subject of a verb or of the link words before a number: what a figure is said of.

/** Forms of "be" that make a future with "to" and a verb: "is to rise", "are to fall". */
const BE_TO = new Set(["is", "are", "was", "were"]);

/** Subject of the verb at v, over auxiliaries: "laptops" in "lost laptops has leapt". */
export function verbSubject(toks: readonly Tok[], v: number): [number, number] | undefined {
  let k = v;
  // "the market is likely to grow", "sales are expected to rise": over the raising phrase to its subject.
  // "Sick pay for new workers is to rise": a be-to future's "is to" too.
  if (isWord(toks[k - 1], "to") && (RAISING.has(toks[k - 2]?.l ?? "") || BE_TO.has(toks[k - 2]?.l ?? ""))) k -= 2;
  // Over auxiliaries and adverbs: "revenue has nearly tripled".
  while (k > 0 && toks[k - 1]?.kind === WORD && (AUXILIARIES.has(toks[k - 1]?.l ?? "") || toks[k - 1]?.pos === "ADV")) {
    // "Purchases from abroad hit a record": a place adverb after a preposition is that preposition's object, the end
    // of the subject, not an adverb of the verb; the subject is the noun the phrase describes (the reader stopped at
    // the preposition and named nothing: '£20.6bn — new record'; place-subject.ts).
    if (placeEndsSubject(toks, k)) return backNP(toks, k - 2);
    k--;
  }
  // "Visitors from overseas rose to a high of 3 million": the same end of a subject, whatever the tagger calls the
  // place adverb ("overseas" is an adjective to it, so the loop above never met it and no subject was named).
  if (placeEndsSubject(toks, k)) return backNP(toks, k - 2);
  // "the services sector, which accounts for nearly three-quarters of the economy, grew 1.0%": over the relative
  // clause between commas to the noun it describes.
  if (toks[k - 1]?.s === ",") {
    for (let o = k - 3; o > 0 && k - o <= RELATIVE_REACH; o--) {
      if (toks[o]?.s === "," || toks[o]?.s === ";") {
        // "Shares in Solidere, the Lebanese company founded by …, fell 15%": over an appositive too, to the noun it renames.
        // ("Adjusted for seasonal changes, the overall rate is 11.7%, up 0.3 points": an aside with a verb of its own is a clause.)
        const clause = toks.slice(o + 1, k - 1).some((t) => t.pos === "AUX");
        const appositive = (isWord(toks[o + 1], "the") || isWord(toks[o + 1], "a")) && (toks[o - 1]?.pos === "NOUN" || toks[o - 1]?.pos === "PROPN") && !clause;
        // "Reliance Energy, headed by Anil, jumped 7%": a participle with its agent opens a reduced relative, as "which" does.
        const reduced = toks[o + 1]?.pos === "VERB" && isWord(toks[o + 2], "by");
        if (isWord(toks[o + 1], "which") || isWord(toks[o + 1], "who") || appositive || reduced) return backNP(toks, o);
        break;
      }
    }
  }
  // "on revenue which fell 5%": the noun a restrictive relative describes (relative-subject.ts).
  const rel = relativeBefore(toks, k, v);
  if (rel >= 0) {
    const described = backNP(toks, rel) ?? describedWord(toks, rel);
    if (described) return overTimePoint(toks, described);
  }
  // "Sales last year rose to £30m": what rose, not the year. "Reports of people targeted increased": a participle
  // closing the subject (participle-subject.ts); "Attacks on shops reported to the council jumped": one with its
  // complement, whose noun is no subject.
  const np = participleComplement(toks, k) ?? backNP(toks, k) ?? participleSubject(toks, k);
  return np && overTimePoint(toks, np);
}

/**
 * np, or the noun phrase before a time point, a counted window or a purpose that closes it: "The death toll this week" →
 * "The death toll", "His odds of relapse within five years" → "odds of relapse" (a chance keeps what it is a chance of),
 * "the cost of the scheme to modernise its fleet" → "cost of the scheme" (so does a cost).
 */
function overTimePoint(toks: readonly Tok[], np: [number, number]): [number, number] {
  const point = timePointEnd(toks, np) ?? clockEnd(toks, np);
  if (point !== undefined) return backNP(toks, point) ?? np;
  const window = windowEnd(toks, np) ?? purposeEnd(toks, np);
  if (window === undefined) return np;
  let before = backNP(toks, window);
  if (before === undefined) return np;
  // "The number of Australians visiting Bali over the past two months": the place is the participle's, the people are
  // what was counted.
  const participle = toks[before[0] - 1];
  if (participle?.pos === "VERB" && participle.l.endsWith("ing")) before = backNP(toks, before[0] - 1) ?? before;
  return OF_HEADS.has(toks[before[1] - 1]?.l ?? "") && isWord(toks[before[1]], "of") ? [before[0], window] : before;
}

/** Nouns an amount may be a chance or cost of, which name nothing without what follows their "of": "odds of relapse". */
const OF_HEADS = new Set(["odds", "chance", "chances", "risk", "risks", "likelihood", "probability", "cost", "costs", "price", "bill"]);

/** How long a relative clause between commas may be for a verb to reach back over it to its subject. */
const RELATIVE_REACH = 25;

/** Prepositions of a year said of a subject: "requirements for 2005", "profits in 2004". */
const YEAR_OF = new Set(["for", "in", "during", "of"]);
/** Copulas that set a subject's amount: "requirements for 2005 to be", "profits in 2004 were". */
export const COPULA: ReadonlySet<string> = new Set(["be", "is", "are", "was", "were"]);

// "record" before these is the noun an amount is; anywhere else before a number it is a modifier.
const RECORD_NOUN_AFTER = new Set(["is", "was", "were", "are", "stands", "stood", "remains", "remained", "of"]);

/**
 * Subject of the verb or link chain before k: "death toll" in "the death toll rose to 300". "record" is skipped as
 * a modifier ("a record 13.3%", "a record low of 3.24 million", "extended the Gunners' record to 16 wins", where the
 * count's own noun names it) except before a copula or "of", where it is the noun the amount is ("The current Hour
 * record is 52.491km", "a world record of 4.91m").
 */
export function subjectBefore(toks: readonly Tok[], k: number): string {
  let j = k;
  let links = 0;
  while (j > 0 && links < 3) {
    const t = toks[j - 1];
    // "requirements for 2005 to be 387,500 tonnes", "profits in 2004 were": a year said of the subject is no break in it.
    // Only before a copula: "from 77 per cent in 2009 to 72 per cent" names no subject.
    const copula = toks.slice(j, k).some((x) => COPULA.has(x.l));
    if (t !== undefined && t.kind === NUM && copula && YEAR_DIGITS.test(t.s) && isWord(toks[j - 2]) && YEAR_OF.has(toks[j - 2]?.l ?? "") && toks[j - 3]?.pos === "NOUN") {
      j -= 2;
      continue;
    }
    if (!t || t.kind !== WORD) break;
    // "Output fell 12km to 9 km": the unit of an amount before ends the search as a bare number does.
    if (amountUnit(toks, j - 1)) return "";
    // "Visitors from overseas rose to 3 million": a place adverb after a preposition closes the subject; no link word.
    if (placeEndsSubject(toks, j)) break;
    // An adjective between the link words is skipped ("is very high at"), but one before "of" is the noun the amount
    // is: "a personal best of 6.50m"; so is a pair's second end: "the gap between rich and poor grew to"
    // (gap-between.ts).
    // "The margin was very wide at 12%": an adverb on an adjective just passed over is of it, no link of its own (the
    // links ran out before the copula, and the adverb's phrase named it: '— wide').
    if (t.pos === "ADV" && links > 0 && toks[j]?.pos === "ADJ" && !LINK_WORDS.has(toks[j]?.l ?? "")) {
      j--;
      continue;
    }
    if (LINK_WORDS.has(t.l) || UP_VERBS.has(t.l) || DOWN_VERBS.has(t.l) || AUXILIARIES.has(t.l) || ADVERBS.has(t.l) || t.l === "by" || t.l === "a" || t.l === "an" || t.l === "the" || (t.l === "record" && !RECORD_NOUN_AFTER.has(toks[j]?.l ?? "")) || (t.pos === "ADJ" && links > 0 && !ofHead(toks, j - 1) && !pairEnd(toks, j - 1))) {
      j--;
      links++;
      continue;
    }
    break;
  }
  if (j === k) return "";
  // "Visitors from overseas rose to 3 million", "… rose to a record 3 million": a subject closed by a place adverb
  // after a preposition, before its verb (which the tagger may call a noun: "overseas rose"), is what rose
  // (place-subject.ts).
  // (No noun phrase there, "a child living at home is £26,000", reads on as before.)
  const placed = placeEndsSubject(toks, j) ? j - 2 : placeEndsSubject(toks, j - 1) ? j - 3 : -1;
  const closed = placed >= 0 ? backNP(toks, placed) : undefined;
  if (closed !== undefined) return phrase(toks, closed[0], closed[1]);
  // "the minimum monthly salary, which is currently $94": the clause's subject is what "which" stands for. A thing
  // "which cost £299" keeps "cost", which says more of the amount than the thing it priced.
  // A bare count stays unnamed: "The bill, which is 35 on the list" is a place, not 35 bills.
  if (isWord(toks[j - 1], "which") && toks[j - 2]?.s === "," && withUnit(toks, k) && !toks.slice(j, k).some((t) => t.l.startsWith("cost"))) j -= 2;
  // "the difference between what Sweden sold and bought was £2.4bn": the difference, both its ends (gap-between.ts).
  const gap = gapBetween(toks, j);
  if (gap !== undefined) return gap;
  // "in recovering the $2.6m": a participle before the amount is its verb, not its subject.
  const v = toks[j - 1];
  if (v && v.kind === WORD && (v.l.endsWith("ing") || (v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l)))) return "";
  let np = backNP(toks, j);
  if (!np) return "";
  // "The death toll this week climbed to 30": what climbed, not the week (time-adverbial.ts).
  np = overTimePoint(toks, np);
  // "rose for the second consecutive year to 21 million": what rose, not the year.
  const change = changeBeforeTime(toks, np);
  const subject = change === undefined ? np : verbSubject(toks, change);
  return subject ? phrase(toks, subject[0], subject[1]) : "";
}

/**
 * Whether the adjective at a, before "of", is the noun an amount is ("a personal best of 6.50m", "a season's best of"):
 * after a determiner, an owner or another adjective, and no quantifier ("most of the £24million", "short of the 87.1").
 */
function ofHead(toks: readonly Tok[], a: number): boolean {
  const before = toks[a - 1];
  if (!isWord(toks[a + 1], "of") || QUANTIFIERS.has(toks[a]?.l ?? "") || !isWord(before)) return false;
  return DETERMINERS.has(before.l) || before.l.endsWith("'s") || before.pos === "ADJ";
}

/** Adjectives that take a part of what follows "of", never the noun an amount is. */
const QUANTIFIERS = new Set(["most", "all", "much", "many", "some", "half", "rest", "none", "few", "several", "part", "short", "full", "worth", "total", "maximum", "minimum", "average"]);

/** Whether the amount at k (past its qualifier) carries its unit: a currency sign, a percent, a glued unit or a measure noun. */
function withUnit(toks: readonly Tok[], k: number): boolean {
  let a = k;
  while (a < k + 3 && toks[a]?.kind === WORD) a++;
  if (toks[a]?.kind === CUR) return true;
  let n = a;
  while (toks[n]?.kind === NUM) n++;
  const after = toks[n];
  return after !== undefined && n > a && (after.s === "%" || (after.kind === WORD && (adjacent(toks[n - 1], after) || after.l === "percent" || after.l === "per" || MEASURE_NOUNS.has(after.l))));
}

/** Whether the word at j is the abbreviated unit of the number before it ("12km", "12 km"): no noun that names a figure. */
export function amountUnit(toks: readonly Tok[], j: number): boolean {
  return GLUED_UNITS.has(toks[j]?.l ?? "") && toks[j - 1]?.kind === NUM;
}
