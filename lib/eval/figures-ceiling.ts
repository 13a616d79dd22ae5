import { everyNumber } from "#brief/figures/card/every.ts";
import { JUNK_TYPES } from "#eval/figures-gold.ts";
import { type HighlightNumber, holdsFact, holdsValue } from "#eval/figures-highlights.ts";
import type { CardFigure } from "#eval/figures-score.ts";
import type { Sentence } from "#news/sentences.ts";

// How much of highlight recall a card could reach at all: the issue asks 95% of the numbers the highlights quote, and a
// card holds five figures, none of them a year, date, time, age, score or identifier (the gold's junk).

/** The highlight numbers of a set of articles by what a card could do about them (each number counted once an article). */
export interface CeilingTally {
  numbers: number;
  /** The card holds it by value, and as the same fact; by value and not as the fact is a coincidence ("one goal" held by an unrelated "one"). */
  card: number;
  cardFact: number;
  /** Some candidate holds it (a ranking could put it on the card): by value, as the same fact. */
  candidate: number;
  candidateFact: number;
  /** The best `limit` candidates for the article's highlights (an oracle ranking) hold it: by value; the best for the facts. */
  oracle: number;
  oracleFact: number;
  /** No candidate holds it by value: read only as a year, date, time, age, score or identifier; read with another type; not read. */
  junkOnly: number;
  excluded: number;
  notRead: number;
}

export const emptyCeiling = (): CeilingTally => ({ numbers: 0, card: 0, cardFact: 0, candidate: 0, candidateFact: 0, oracle: 0, oracleFact: 0, junkOnly: 0, excluded: 0, notRead: 0 });

/**
 * The most bits `limit` of the masks cover together: exhaustive over the masks no other mask contains (few: a mask is
 * the highlight numbers one candidate holds), so the oracle is exact, not greedy.
 */
export function bestCover(masks: readonly number[], limit: number): number {
  const unique = [...new Set(masks.filter((m) => m !== 0))];
  const useful = unique.filter((m) => !unique.some((o) => o !== m && (o & m) === m));
  const bits = (m: number) => {
    let n = 0;
    for (let x = m; x !== 0; x &= x - 1) n++;
    return n;
  };
  let best = 0;
  const search = (from: number, left: number, union: number) => {
    best = Math.max(best, bits(union));
    if (left <= 0) return;
    for (let i = from; i < useful.length; i++) search(i + 1, left - 1, union | (useful[i] ?? 0));
  };
  search(0, limit, 0);
  return best;
}

/** What an article's highlights can do about its figures: the candidates, the card made of them, and its sentences. */
export interface CeilingArticle {
  highlights: readonly string[];
  sentences: readonly Sentence[];
  candidates: readonly CardFigure[];
  card: readonly CardFigure[];
}

/**
 * Adds to `into` the distinct values of `places` (one article's highlight numbers: all of them, or the countable ones)
 * by what a card of `limit` figures could do about them. A value is held as the same fact at any of its places.
 * A mask has 32 bits: past 32 distinct numbers an article, a number a candidate holds still counts as a candidate's
 * (not as unread), but the oracle does not count it.
 */
export function addCeiling(a: CeilingArticle, places: readonly HighlightNumber[], limit: number, into: CeilingTally): void {
  const values = [...new Set(places.map((o) => o.value))];
  const fact = (f: CardFigure, v: number) => places.some((o) => o.value === v && holdsFact(f, o, a.highlights[o.highlight] ?? ""));
  let read: ReturnType<typeof everyNumber> | undefined;
  const valueMasks = a.candidates.map(() => 0);
  const factMasks = a.candidates.map(() => 0);
  values.forEach((v, bit) => {
    into.numbers++;
    if (a.card.some((f) => holdsValue(f, v))) into.card++;
    if (a.card.some((f) => fact(f, v))) into.cardFact++;
    let byValue = false;
    let byFact = false;
    a.candidates.forEach((f, i) => {
      if (!holdsValue(f, v)) return;
      byValue = true;
      const sameFact = fact(f, v);
      if (sameFact) byFact = true;
      if (bit >= 32) return;
      valueMasks[i]! |= 1 << bit;
      if (sameFact) factMasks[i]! |= 1 << bit;
    });
    if (byValue) into.candidate++;
    if (byFact) into.candidateFact++;
    if (byValue) return;
    read ??= everyNumber(a.sentences);
    const types = read.filter((n) => holdsValue(n, v)).map((n) => n.type);
    if (types.length === 0) into.notRead++;
    else if (types.every((t) => t !== undefined && JUNK_TYPES.has(t))) into.junkOnly++;
    else into.excluded++;
  });
  into.oracle += bestCover(valueMasks, limit);
  into.oracleFact += bestCover(factMasks, limit);
}
