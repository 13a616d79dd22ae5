import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { nameSubject } from "#brief/figures/label/ranks/name-subject.ts";
import { occupiedBy, placeHolder } from "#brief/figures/label/ranks/rank-holder.ts";
import { putThing } from "#brief/figures/label/ranks/rank-put.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "in 15th place", "into third place in the Premier League", "the sextant from 1731 (59th position)": a rank labelled by
// "place", "position" or "spot" alone says it is a rank, not whose or in what (card audit 16's sample J: "60th — place",
// "59th — position", "42nd — position"). The words around it name that: the ranking it is in, the thing a bracket
// ranks, or the subject said to be in it.

/** Nouns that are a rank's unit, saying nothing of what is ranked. */
export const PLACES = new Set(["place", "position", "spot"]);

/** Verbs whose subject is in the place: "Spurs are in seventh place", "Leeds sit in 15th place", "finished in fourth place". */
export const STANDING = new Set(["is", "are", "was", "were", "sit", "sits", "sat", "lie", "lies", "lay", "stand", "stands", "remain", "remains", "finished", "finish", "finishes", "languish", "languishes", "languished"]);

/** Verbs whose subject moves "to" or "into" a place: "Chelsea dropped to fourth place", "Arsenal moved into third place". */
export const MOVED = new Set(["climbed", "climbs", "moved", "moves", "rose", "rises", "jumped", "jumps", "went", "goes", "dropped", "drops", "slipped", "slips", "fell", "falls", "slumped", "slumps"]);

/** Particles a verb of moving takes before its "to": "moved up to", "slipped down to", "climbed back to". */
export const PARTICLES = new Set(["up", "down", "back"]);

/** Verbs whose subject takes the place that is their object: "Hamilton took third place", "Button claimed sixth place". */
const TOOK = new Set(["took", "takes", "claimed", "claims", "secured", "secures", "clinched", "clinches", "grabbed", "grabs", "sealed", "seals", "won", "wins"]);

/** Verbs that stand a subject in a place with "up": "Franz Ferdinand, who …, ended up in 15th place". */
const UP = new Set(["end", "ends", "ended", "wind", "winds", "wound", "finished"]);

/**
 * "-ing" forms of standing, whose subject is the noun right before them ("left … Irina Shevchenko trailing in sixth
 * spot", "with Leeds lying in 15th place"), as came-place.ts reads "with Hamilton finishing second".
 */
const STANDING_ING = new Set(["trailing", "lying", "sitting", "standing", "languishing", "finishing", "remaining"]);

/** Relabels a rank whose label is its unit alone, where the sentence names what it ranks or where. */
export function rankPlace(toks: readonly Tok[], r: Raw): void {
  const unit = toks[r.e];
  if (r.kind !== "rank" || !isWord(unit) || !PLACES.has(unit.l) || r.label.toLowerCase() !== unit.l) return;
  // "seventh place in the table", "third place in the Western Conference": the ranking it is in.
  if (isWord(toks[r.e + 1], "in") && isWord(toks[r.e + 2], "the")) {
    const end = forwardNP(toks, r.e + 3);
    // "into second place in the Top Ten Essentials list": a name the phrase reader cut at its number word is no ranking.
    const cut = isWord(toks[end]) && isCapitalised(toks[end]!) && isCapitalised(toks[end - 1]!);
    if (end > r.e + 3 && !cut) {
      r.label = `${unit.l} in the ${phrase(toks, r.e + 3, end)}`;
      return;
    }
  }
  // "Fourth and fifth place at the Randstad Awards", "its third place at last June's European elections": the named
  // event it is in ("at the end of the season" is no event).
  const event = isWord(toks[r.e + 1], "at") ? eventAt(toks, r.e + 2) : undefined;
  if (event !== undefined) {
    r.label = `${unit.l} at ${event}`;
    return;
  }
  // "Liverpool trail fourth spot, currently occupied by Manchester City": who holds it, not who chases it.
  const occupant = occupiedBy(toks, r.e + 1);
  if (occupant !== undefined) {
    r.label = `${unit.l} of ${occupant}`;
    return;
  }
  // "the marine chronometer from 1761 (42nd position)": the thing before the bracket, past the year it is from.
  if (toks[r.s - 1]?.s === "(" && toks[r.e + 1]?.s === ")") {
    let k = r.s - 1;
    if (toks[k - 1]?.kind === NUM && (isWord(toks[k - 2], "from") || isWord(toks[k - 2], "of"))) k -= 2;
    const np = backNP(toks, k, false);
    if (np !== undefined) r.label = `${unit.l} of ${phrase(toks, np[0], np[1])}`;
    return;
  }
  // "Steve Bruce's side are in 15th place": the subject of the verb that stands it there.
  // "Hamilton took third place", "Arsenal secured fourth place": the subject that took it.
  if (TOOK.has(toks[r.s - 1]?.l ?? "")) {
    const subject = subjectWords(toks, r.s - 1);
    if (subject !== undefined) r.label = `${unit.l} of ${subject}`;
    return;
  }
  let v = isWord(toks[r.s - 1], "in") ? r.s - 2 : -1;
  // "Chelsea dropped to fourth place", "Arsenal moved into third place": the subject a verb of moving took there;
  // "Leeds moved up to 15th place": over the verb's particle.
  const m = PARTICLES.has(toks[r.s - 2]?.l ?? "") && isWord(toks[r.s - 1], "to") ? r.s - 3 : r.s - 2;
  if ((isWord(toks[r.s - 1], "to") || isWord(toks[r.s - 1], "into")) && MOVED.has(toks[m]?.l ?? "")) {
    const subject = subjectWords(toks, m);
    if (subject !== undefined) r.label = `${unit.l} of ${subject}`;
    return;
  }
  // "ended up in 15th place": the verb before its "up".
  if (v > 0 && isWord(toks[v], "up") && UP.has(toks[v - 1]?.l ?? "")) v--;
  // "the abacus, which the magazine … put in 60th place": the thing put holds it (rank-put.ts).
  const put = v > 0 ? putThing(toks, v) : undefined;
  if (put !== undefined) {
    r.label = `${unit.l} of ${spanWords(toks, put)}`;
    return;
  }
  // ("Leeds are languishing in 15th place": after an auxiliary, the subject of the clause, read below.)
  if (v > 0 && isWord(toks[v]) && STANDING_ING.has(toks[v]!.l) && !AUXILIARIES.has(toks[v - 1]?.l ?? "")) {
    // "favourite Russian Irina Shevchenko trailing": the name ending the noun phrase (rank-holder.ts), else the phrase.
    const np = backNP(toks, v, false);
    const holder = placeHolder(toks, v, true) ?? (np === undefined ? undefined : spanWords(toks, np));
    if (holder !== undefined) r.label = `${unit.l} of ${holder}`;
    return;
  }
  const standing = STANDING.has(toks[v]?.l ?? "") || STANDING_ING.has(toks[v]?.l ?? "");
  if (v < 0 || !isWord(toks[v]) || !(standing || (UP.has(toks[v]!.l) && isWord(toks[v + 1], "up")))) {
    // "Manchester United in fourth place", "helped UKIP into third place": a name before it (rank-holder.ts).
    const holder = placeHolder(toks, r.s - 1);
    if (holder !== undefined) r.label = `${unit.l} of ${holder}`;
    return;
  }
  const subject = subjectWords(toks, v);
  if (subject !== undefined) r.label = `${unit.l} of ${subject}`;
}

/** When words before an event's name: "last June's", "this year's", "Sunday's". */
const WHEN = new Set(["last", "this", "next"]);

/** The named event a place is "at" from `k` ("the Randstad Awards", "last June's European elections"), or undefined. */
function eventAt(toks: readonly Tok[], k: number): string | undefined {
  let n = k;
  if (isWord(toks[n], "the")) n++;
  else {
    if (WHEN.has(toks[n]?.l ?? "")) n++;
    // "June's" may come as one token or as "June" "'s".
    if (isWord(toks[n + 1], "'s")) n += 2;
    else if (isWord(toks[n]) && toks[n]!.l.endsWith("'s")) n++;
    else return undefined;
  }
  if (toks[n]?.pos !== "PROPN") return undefined;
  const end = forwardNP(toks, n);
  return isWord(toks[k], "the") ? `the ${phrase(toks, n, end)}` : phrase(toks, k, end);
}

/** The subject of the verb at v as a label says it, a name keeping its capital; undefined when there is none. */
function subjectWords(toks: readonly Tok[], v: number): string | undefined {
  // "Spurs climbed": a club's name the tagger took for a verb is still its subject (name-subject.ts).
  const subject = verbSubject(toks, v);
  return subject === undefined ? nameSubject(toks, v) : spanWords(toks, subject);
}

/** A noun phrase's words as a label says them, a name keeping its capital. */
export function spanWords(toks: readonly Tok[], [a, b]: readonly [number, number]): string {
  // "Steve Bruce's side" opening the sentence: a name before a name keeps its capital (phrase lowercases a first word).
  const name = isCapitalised(toks[a]!) && (toks[a]!.pos === "PROPN" || (toks[a + 1] !== undefined && isCapitalised(toks[a + 1]!)));
  const words = phrase(toks, a, b);
  return name && words.startsWith(toks[a]!.l) ? toks[a]!.s + words.slice(toks[a]!.l.length) : words;
}
