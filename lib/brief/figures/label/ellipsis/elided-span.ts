import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "jailed for 12 years, his brother for eight", "rose to 81 days from 53": a bare number after a duration is another
// span of it and takes its unit (carry-count.ts). But a bare number after a duration is more often something else the
// sentence counts, and taking the unit made it a nonsense span: "In the past two weeks, … forcing more than 2,000 to
// flee" (2,000 weeks), "sold out 10 weeks before the festival but … all 130,000 … had been sold", "a good meal or two"
// (two days). These are the shapes that say the number is no second span; without the unit it is read as any bare
// number is. (An age, "his brother Wayne, then 33" once 33 years of sentence or "a girl under 16" 16 months in prison,
// is typed one where it is read, aside-age.ts and age-bound.ts, and never reaches this.) Nor is a running score
// ("made it two").

/** How many times the span said with its unit an elided second may be: "81 days from 53", "33 years, 22 of them";
 * a thousand weeks after "two weeks" is a count of something else. */
const SCALE = 20;

/** Words after a bare number that give it a role of its own: a relative ("30 who had gone missing"), "three more". */
const OWN_ROLE_AFTER = new Set(["who", "whom", "more"]);

/** Whether a bare number (no noun of its own) after the duration `span` is another span of it, taking its unit. */
export function elidedSpan(toks: readonly Tok[], span: Raw, r: Raw): boolean {
  // "two weeks … more than 2,000": far past the span said with the unit, it counts something else.
  if (r.value > SCALE * Math.max(span.value, span.valueMax ?? 0, 1)) return false;
  const next = toks[r.e];
  // "forcing 20 to flee": the subject of an infinitive; "30 who had gone missing", "three more".
  if (isWord(next, "to") && toks[r.e + 1]?.pos === "VERB") return false;
  if (isWord(next) && OWN_ROLE_AFTER.has(next.l)) return false;
  return !namedBefore(toks, r) && !runningScore(toks, r);
}

/** The verb of a running score: "made it two", "makes it three", "making it four". */
const SCORE_MAKERS = new Set(["made", "make", "makes", "making"]);

/**
 * "Pereira put them in front in 12 minutes and Okafor made it two with a header": "made it N" in a match report is the
 * score the goal brought, a tally, no second span of the match minute before it ('two — minutes' was a duration, and
 * junk, by the unit of "12 minutes" or a later "eight minutes later").
 */
function runningScore(toks: readonly Tok[], r: Raw): boolean {
  return isWord(toks[r.s - 1], "it") && SCORE_MAKERS.has(toks[r.s - 2]?.l ?? "");
}

/**
 * "the four, Bjorn Ulvaeus, …", "the other six … were sentenced": a number after "the" stands for things or people
 * named (a span is "the last five", "the next 60"); "a good meal or two": a number offered as another of a word that is
 * no period counts that word's thing.
 */
function namedBefore(toks: readonly Tok[], r: Raw): boolean {
  const before = toks[r.s - 1];
  if (isWord(before, "the") || (isWord(before, "other") && isWord(toks[r.s - 2], "the"))) return true;
  const noun = toks[r.s - 2];
  // (Not "and": "spent six months in jail and four in hospital" is a second span after a place's noun.)
  return isWord(before, "or") && isWord(noun) && !DURATIONS.has(noun.l);
}
