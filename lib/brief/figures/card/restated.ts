import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { labelClass, wordClasses } from "#brief/figures/language/lexicon.ts";

// One small count or span said twice under two names for one thing: "two teens … the two teenagers", "the two countries
// … the two nations", "a one-year contract … a one-year deal", "The four sisters … The four Vinceni girls". Labels
// share no word, so sameFact's overlap misses them, and below DISTINCTIVE an equal amount alone proves nothing.

// Words that name the same thing wherever a story uses them. Kept to strict synonyms: "prizes" and "trophies", "games"
// and "matches" are as often two winners' or two runs' tallies as one.
const SYNONYMS = wordClasses({
  teen: "teens teenagers",
  nation: "countries nations",
  firm: "firms companies",
  aircraft: "planes jets aircraft",
  contract: "contract deal",
  term: "prison jail sentence",
  ban: "ban bans suspension suspensions",
  journey: "journey trip",
});

// Young people and kin, where one word may name a part of another's group ("sons" of "children", "sisters" of
// "girls").
const FAMILY = wordClasses({ young: "children kids sons daughters boys girls sisters brothers siblings teens teenagers" });

// Within the family, a son is never a daughter: two kin words of different sex are two groups.
const KIN = wordClasses({ male: "sons boys brothers", female: "daughters girls sisters" });

/** What a count that points back opens with: an article, a demonstrative, "all", or an owner ("her two sons"). */
const POINTS_BACK = /(?:^|[^\p{L}'’])(?:the|these|those|all|my|your|his|her|its|our|their)(?: (?:final|last|remaining))? $/iu;

/** What a span or count said as a second one opens with: "a new two-year deal", "another three-year ban". */
const ANOTHER = /(?:^|[^\p{L}'’])(?:new|another|second|fresh|further) $/iu;

/** A figure with where its display stands in its sentence (a card candidate's `position`). */
export interface PlacedFigure {
  figure: KeyFigure;
  sentenceText: string;
  position?: number;
  /** Where the display's words end in its sentence: a turned bound shows other words than it has (negated-cap.ts). */
  end?: number;
}

/** `f`'s number opens a phrase that points back at a group ("the two young cats", "all four workers"). */
export function pointsBack(f: PlacedFigure): boolean {
  return opensWith(f, POINTS_BACK);
}

/** `f`'s number opens a phrase that says it is another ("signed a new two-year deal" after "a two-year contract"). */
const another = (f: PlacedFigure): boolean => opensWith(f, ANOTHER);

/** Whether the words right before `f`'s display (its last 24 characters) end as `words` says. */
function opensWith(f: PlacedFigure, words: RegExp): boolean {
  return f.position !== undefined && words.test(f.sentenceText.slice(Math.max(0, f.position - 24), f.position));
}

/**
 * How many sentences apart a count said again under a synonym may be without pointing back: over the dev cards every
 * such pair of teens/teenagers, firms/companies within five was one group (gaps 1 to 5).
 */
const NEAR_SENTENCES = 5;

/** `f`'s display opens its sentence, a quote mark or bracket aside ("Two nations refused …"). */
const opensSentence = (f: PlacedFigure): boolean => f.position !== undefined && /^[\s"'‘“(\[]*$/u.test(f.sentenceText.slice(0, f.position));

/** What, said right after a count's noun, sets its group apart: "two teenagers from another school". */
const APART = /^[^.;:!?]{0,30}\b(?:another|other|different|separate|rival)\b/iu;

/** `f`'s group is said to be another in the words after it ("two teenagers from another school", "in a separate case"). */
export const setApart = (f: PlacedFigure): boolean => f.position !== undefined && APART.test(f.sentenceText.slice(f.end ?? f.position + f.figure.display.length));

/** A plain amount: no range, no change, so two equal ones may be one. */
const plain = (f: KeyFigure): boolean => f.valueMax === undefined && f.change === undefined;

/**
 * `a` and `b`, equal amounts of one unit and type in two sentences (sameFact asks of no others), are one group or span
 * under two names: plain amounts with labels of one synonym class, the later not said as another ("a new two-year deal"). A span ("a three-year contract" / "a three-year deal") needs no more. A count needs the
 * later one to point back at a group already counted ("two firms … the two companies") or, under a synonym, to stand
 * within NEAR_SENTENCES and not open its sentence ("investigating two firms … probing two companies"; "Two countries
 * signed … Two nations refused" are two groups), and may with a pointing word be of the family class too, no son told from a daughter
 * ("The four sisters … The four Vinceni girls", "a mother of two … her two sons"; "three sons and three daughters").
 */
export function restated(a: PlacedFigure, b: PlacedFigure): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (!plain(fa) || !plain(fb)) return false;
  // "a two-year contract with Leeds … a new two-year deal with Chelsea": the later one says it is a second.
  if (another(fa.sentence > fb.sentence ? a : b)) return false;
  const synonyms = labelClass(SYNONYMS, fa.label) !== undefined && labelClass(SYNONYMS, fa.label) === labelClass(SYNONYMS, fb.label);
  if (fa.type === "duration") return synonyms;
  if (fa.type !== "count") return false;
  const later = fa.sentence > fb.sentence ? a : b;
  // "threatened two teens … pulled a gun on two teenagers": near, a synonym needs no pointing word; a count that opens
  // its sentence brings on a group of its own ("Two countries signed … Two nations refused").
  if (synonyms && Math.abs(fa.sentence - fb.sentence) <= NEAR_SENTENCES && !opensSentence(later) && !setApart(later)) return true;
  if (!pointsBack(later)) return false;
  if (synonyms) return true;
  if (labelClass(FAMILY, fa.label) === undefined || labelClass(FAMILY, fb.label) === undefined) return false;
  const ka = labelClass(KIN, fa.label);
  const kb = labelClass(KIN, fb.label);
  return ka === undefined || kb === undefined || ka === kb;
}
