import type { Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, DETERMINERS, DOWN_VERBS, UP_VERBS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The bureau's gauge of household borrowing fell to 51.7 in late August from 53.4 in July": a gauge's reading, the
// level it moved to and the one it moved from, is the gauge's, named whole ('bureau's gauge of household borrowing'),
// a reading, not a count; the subject search stopped at the "-ing" noun and named nothing (no candidate) or, with
// another noun, only the owner's gauge ('bureau's gauge'; card audit 51, sample AS's made-up shape 20).

/** Nouns of a gauge whose readings are levels, not counts. */
const GAUGES = new Set(["gauge", "index", "barometer", "indicator", "measure", "reading", "tracker"]);

/** Prepositions whose object a gauge may be, the subject before them: "Support for the measure", "votes on the index". */
const OBJECT_OF = new Set(["for", "of", "on", "against", "with", "about", "behind", "to", "over"]);

/** How far back from the verb the gauge's phrase may start. */
const REACH = 9;

/** The verb "fell to N", "rose to N", "stood at N" or "from M" after such a verb governs; its index, or -1. */
function levelVerb(toks: readonly Tok[], s: number): number {
  const prep = toks[s - 1];
  if (!isWord(prep) || !/^(?:to|at|from)$/.test(prep.l)) return -1;
  for (let v = s - 2; v >= 0 && s - v <= REACH; v--) {
    const t = toks[v];
    if (!isWord(t)) return -1;
    if (UP_VERBS.has(t.l) || DOWN_VERBS.has(t.l) || t.l === "stood") return v;
  }
  return -1;
}

/** Labels a bare number that is a level of a gauge the verb's subject names, by the whole subject, typed other. */
export function gaugeLevel(toks: readonly Tok[], r: Raw): void {
  // A noun of its own ("fell to 6,000 points") says what the number is.
  if (r.currency !== undefined || r.percent || r.unit !== undefined || r.glued !== undefined || r.words || r.ordinal || (r.noun ?? "") !== "") return;
  const v = levelVerb(toks, r.s);
  if (v < 0) return;
  let start = v;
  let gauge = false;
  while (start > 0 && v - start < REACH && isWord(toks[start - 1]) && !DETERMINERS.has(toks[start - 1]!.l)) {
    start--;
    // The gauge heads the subject, its "of" after it or the verb ("gauge of household borrowing", "body mass index"),
    // not a word describing another head ("Sales at gauge maker Smiths rose to 3,000": sales).
    if (GAUGES.has(toks[start]!.l) && (start === v - 1 || isWord(toks[start + 1], "of"))) gauge = true;
  }
  if (!gauge || start === v) return;
  // "Support for the measure fell to 40": the gauge is a preposition's object, the subject something before it.
  // Only a noun's preposition after an article: "after her body mass index dropped to 15" opens a clause on its subject.
  if (ARTICLES.has(toks[start - 1]?.l ?? "") && OBJECT_OF.has(toks[start - 2]?.l ?? "")) return;
  r.label = phrase(toks, start, v);
  r.type = "other";
}
