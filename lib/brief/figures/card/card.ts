import type { Sentence } from "#news/sentences.ts";
import { type Candidate, type CardSignals, cardCandidates } from "#brief/figures/card/candidates.ts";
import { figureLimit, type FigureOptions, type KeyFigure } from "#brief/figures/card/figure.ts";
import { earlierLevel, sameFact, saysAgainOf, vaguerThan } from "#brief/figures/card/same-fact.ts";
import { exactFor } from "#brief/figures/card/exact-for-vague.ts";
import { CARD_WEIGHTS, type CardWeights, DEEP_SENTENCES } from "#brief/figures/card/weights.ts";
import { untimed } from "#brief/figures/label/durations/label-duration.ts";
import { kindHead } from "#brief/figures/label/counts/kind-of.ts";

// The card: every candidate figure scored by its signals, the best five picked, the same fact kept once.

/** A candidate's score: the product of what each signal is worth under the weights (see CardWeights). */
export function cardScore(s: CardSignals, sentences: number, w: CardWeights): number {
  const lead = sentences <= 1 ? 1 : 1 - s.sentence / sentences;
  return (
    w.kind[s.kind] * s.factor * (1 - w.salience + w.salience * s.salience) * (1 + w.lead * lead) * (s.fallback ? w.fallback : 1) *
    (s.period ? w.duration * (s.span ? w.span : 1) : s.term ? w.term : 1) * w.repeat ** Math.min(2, s.repeats) * (s.moved ? w.moved : 1) *
    (s.about ? w.about : 1) * (s.sentence >= DEEP_SENTENCES ? w.deep : 1) * (s.other ? w.other : 1)
  );
}

/**
 * A candidate as the pick weighs it. It holds the candidate rather than a copy of its fields: copying each candidate
 * into a new object with a spread was half the pick's time.
 */
interface Scored {
  c: Candidate;
  score: number;
  /** The label as the repeat penalty compares it, lowercased once rather than on every pass of the pick. */
  key: string;
}

/**
 * The key figures of an article: every number that counts something, labelled from its sentence, ranked by
 * what it counts (casualties, money, people before incidental counts and measures) times the salience of its
 * sentence, the same fact said twice kept once. Dates, times, years, ages, scores, phone numbers and
 * identifiers ("Boeing 737", "Covid-19") are never figures. Deterministic; never throws on any text.
 */
export function findFigures(sentences: readonly Sentence[], options: FigureOptions = {}): KeyFigure[] {
  return pickFigures(cardCandidates(sentences, options), sentences.length, figureLimit(options.limit), options.weights ?? CARD_WEIGHTS);
}

/**
 * The card from an article's candidates (cardCandidates), best first: what findFigures does once the article is
 * read, so the fitting script reads each article once and re-ranks it under every trial of weights.
 */
export function pickFigures(candidates: readonly Candidate[], sentences: number, limit: number, w: CardWeights): KeyFigure[] {
  // No candidates, no card (what the pick below gives too). Answered here because `candidates.map` of an empty list is
  // an array of another kind to V8 than one of objects: the first article without a number sent the optimized pick
  // back to the interpreter in the bench's timed passes, to be compiled again (about 150 ms of compiler time each).
  if (candidates.length === 0) return [];
  const scored: Scored[] = candidates.map((c) => ({ c, score: cardScore(c.signals, sentences, w), key: repeatKey(c.figure.label) }));
  // "the militia released 312 captives … Those freed included 85 children": a total scores at least what its part does
  // (a headline's "children" lifted the part over it; part-whole.ts), and ties keep it first, as said first. Last to
  // first: a total comes before its part, so a part of a part lifts its total before that total lifts its own.
  for (let k = scored.length - 1; k >= 0; k--) {
    const s = scored[k]!;
    const whole = s.c.whole === undefined ? undefined : scored[s.c.whole];
    if (whole !== undefined && whole.score < s.score) whole.score = s.score;
  }
  scored.sort(bestFirst);
  if (preferParsed(scored)) scored.sort(bestFirst);
  // Greedy pick: each figure whose label is already on the card counts for less, so four race times or four
  // "rise in X sales" percentages do not crowd out everything else; ties keep the sorted order.
  const out: Scored[] = [];
  // What each card figure was found to say again: "his seven children were discovered dead" said again by "seven of the
  // eight victims" is the toll, and a later "The seven children" says the same as the first, so the toll too.
  const said: Scored[][] = [];
  const uses = new Map<string, number>();
  const taken = new Array<boolean>(scored.length).fill(false);
  while (out.length < limit) {
    let best = -1;
    let bestScore = -1;
    for (let k = 0; k < scored.length; k++) {
      const s = scored[k];
      if (taken[k] || s === undefined) continue;
      const repeats = uses.get(s.key) ?? 0;
      const effective = s.score * REPEAT_PENALTY ** (repeats === 0 ? 0 : sameSeries(s, out, w.apart, repeats));
      if (effective > bestScore) {
        best = k;
        bestScore = effective;
      }
    }
    const vague = scored[best];
    if (vague === undefined) break;
    taken[best] = true;
    // "Hundreds of people joined the march" in a caption, "About 400 people joined the march" deep in the story: the
    // exact one takes the vague one's slot even when it ranks too low to be picked itself (exact-for-vague.ts).
    const exact = exactFor(vague, scored, taken);
    if (exact >= 0) taken[exact] = true;
    const pick = exact >= 0 ? scored[exact]! : vague;
    const same = out.findIndex(
      (f, k) => sameFact(f.c, pick.c) || vaguerThan(f.c.figure, pick.c.figure) || vaguerThan(pick.c.figure, f.c.figure) || said[k]!.some((x) => saysAgainOf(f.c, x.c, pick.c)),
    );
    if (same >= 0) {
      // A change beside the level it implies is the news and says the level too, and an exact amount says all a vague
      // one of the same thing does: each takes the other's place on the card whichever scored higher ("£3.8bn" last
      // year, then "up 18% to £4.5bn", keeps the £4.5bn; "thousands of jobs" beside "45,000 jobs" keeps the 45,000).
      const level = out[same]!;
      const better = earlierLevel(pick.c.figure, level.c.figure) || vaguerThan(level.c.figure, pick.c.figure);
      if (better && !out.some((f, k) => k !== same && sameFact(f.c, pick.c))) {
        uses.set(level.key, uses.get(level.key)! - 1);
        uses.set(pick.key, (uses.get(pick.key) ?? 0) + 1);
        out[same] = pick;
      } else said[same]!.push(pick);
      continue;
    }
    out.push(pick);
    said.push([]);
    uses.set(pick.key, (uses.get(pick.key) ?? 0) + 1);
  }
  return out.map((s) => (s.c.placed === undefined ? s.c.figure : { ...s.c.figure, label: s.c.placed }));
}

const REPEAT_PENALTY = 0.6;

/**
 * How many figures on the card a candidate repeats the label of, as the repeat penalty counts them (`repeats` of them
 * share its key). Two tolls under one label whose values lie `apart` times or more from each other are two facts, not a
 * series: "at least 3,200 — people died" last year beside "almost 22,000 — people died" since 2000 (an earlier
 * disaster's toll). Only tolls: a series of prices, goals or points spans such factors too, and freeing those crowded
 * the cards (docs/figures-history.md, the thirty-fourth round). Scans the card (five figures) only for such a toll.
 */
function sameSeries(s: Scored, out: readonly Scored[], apart: number, repeats: number): number {
  if (s.c.signals.kind !== "casualties") return repeats;
  let n = 0;
  for (const f of out) if (f.key === s.key && !farApart(f.c.figure.value, s.c.figure.value, apart)) n++;
  return n;
}

/** Whether two positive values lie `apart` times or more from each other (a toll of none is in every series). */
const farApart = (a: number, b: number, apart: number): boolean => a > 0 && b > 0 && Math.max(a, b) >= apart * Math.min(a, b);

/**
 * What the repeat penalty compares a label by: lowercased, and a time point ("three — years later") as its unit, so
 * that three of them crowd the card no more than three "years" did before time points said when (label-duration.ts);
 * a count of kinds or containers as its kind noun ("113 species of shark" and "70 species" are two "species", kind-of.ts).
 */
export const repeatKey = (label: string): string => untimed(kindHead(label).toLowerCase());

const bestFirst = (a: Scored, b: Scored): number => b.score - a.score || a.c.figure.sentence - b.c.figure.sentence || a.c.position - b.c.position;

/**
 * The same fact said twice is shown with the label read from the parse, not the one taken from the nearest noun
 * phrase: the best parsed candidate of the same fact trades scores with a fallback one that scored higher ("550 —
 * people" of "their ship carrying 550 people" in place of "approximately 550 — migrant boat" of "a migrant boat
 * carrying approximately 550"). Scores are traded, not raised, so no fact climbs the card by being said twice.
 * Whether any moved, for the caller to sort again. `scored` is best first.
 */
function preferParsed(scored: Scored[]): boolean {
  let moved = false;
  for (const a of scored) {
    if (!a.c.signals.fallback) continue;
    const b = scored.find((x) => !x.c.signals.fallback && x.score < a.score && sameFact(x.c, a.c));
    if (b === undefined) continue;
    [a.score, b.score] = [b.score, a.score];
    moved = true;
  }
  return moved;
}
