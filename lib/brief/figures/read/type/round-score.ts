import { isWord, NUM, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "On Friday Smith shot a 68 to tie the course record": read as a count, a golf round's score took the words before it
// ('68 — Smith shot', blind sample BF's shape 15). Two readings of the grammar, not of golf's nouns: an indefinite
// article right before a bare number that heads its phrase ("a 68 to tie", "muster a 75", "a 51 to win the frame",
// "from a 12 to an 18") names one result, never a count (a count above one takes no "a" without a word between: "a
// further 60"); and a round's score is what a verb of playing a round ("shot a", "carded", "fired a") or a round's modifier
// ("a closing 66", "a final-round 70") takes, with no noun after it ("carded 60 birdies", "shot 70 wild boar" count).

/** Verbs a round is played for a score by: "shot a 68", "carded a superb 64", "fired a 69". */
const ROUND_VERBS = new Set(["shot", "shoot", "shoots", "shooting", "carded", "card", "cards", "carding", "fired", "fire", "fires", "firing"]);
/**
 * The round's verbs that take a bare score with no article ("carded 71"): not "shot" or "fired", whose bare number is
 * as often the people hit ("gunmen shot 70 outside the mosque").
 */
const BARE_SCORE_VERBS = new Set(["carded", "card", "cards", "carding"]);

/** A round's modifier between the article and its score: "a closing 66", "an opening 70", "a final-round 68". */
const ROUND_MODIFIER = /^(?:closing|opening|[a-z]+-round)$/;

/** What stands before a round's modifier: a determiner or an owner ("Brown's closing 65"). */
const OWNERS = /^(?:a|an|the|his|her|their|[a-z]+'s?|[a-z]+s')$/;

/** A round of 18 holes is scored in this range; a 9-hole half or a wild card's 100 is not read here. */
const ROUND_LOW = 55;
const ROUND_HIGH = 95;

/**
 * True when the bare integer at `ci` (its phrase ends at `end`) is one result, typed a score, not a count: right after
 * "a"/"an", or a round's score after a round's verb or modifier (with at most two words between them: "shot a
 * career-high 82"). Only when the number heads its phrase: no noun, number, or word glued to it after it ("an 84 inch
 * television", "a 20 to 30 per cent rise", "a 1,000-strong crowd").
 */
export function roundScore(toks: readonly Tok[], ci: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 2) return false;
  const prev = toks[ci - 1];
  const article = isWord(prev, "a") || isWord(prev, "an");
  const round = value >= ROUND_LOW && value <= ROUND_HIGH;
  if (!article && !round) return false;
  // Words before tags: a tag read tags the whole sentence (pos.ts), so most numbers of a round's size leave here.
  if (!article && !toks.slice(Math.max(0, ci - 4), ci).some((t) => ROUND_VERBS.has(t.l) || ROUND_MODIFIER.test(t.l))) return false;
  if (!headsPhrase(toks, end)) return false;
  if (article) return true;
  // A round's verb right before the score ("fired 69"), or before "a" and up to two modifiers ("carded a superb 64").
  for (let k = ci - 1; k >= ci - 4 && k >= 0; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (ROUND_VERBS.has(t.l)) return k === ci - 1 ? BARE_SCORE_VERBS.has(t.l) : isWord(toks[k + 1], "a") || isWord(toks[k + 1], "an");
    // "a closing 66", "Brown's closing 65", "his opening 70": the modifier after an article or an owner.
    if (ROUND_MODIFIER.test(t.l) && OWNERS.test(toks[k - 1]?.l ?? "")) return true;
    if (t.l === "a" || t.l === "an") continue;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "ADV") return false;
  }
  return false;
}

/**
 * Whether nothing after the number at `end` makes it an amount of something (a noun, a number, a unit, a range's end):
 * the sentence ends, a stop or a comma, or a word that opens the next phrase or clause.
 */
function headsPhrase(toks: readonly Tok[], end: number): boolean {
  const next = toks[end];
  if (next === undefined) return true;
  const after = toks[end + 1];
  // "a 3 -- 1 defeat", "a 20 to 30 per cent rise": a range or a match's score goes on past the number.
  if (after?.kind === NUM && (next.kind === PUNCT || isWord(next, "to") || isWord(next, "or") || isWord(next, "and"))) return false;
  if (next.kind === PUNCT) return next.s !== "-" && next.s !== "%";
  // Only a word that opens what follows the phrase: "a 68 to tie", "a 100 like him", "a closing 66 lifted him", "an 82
  // at"; a rate's "per" the tagger calls a preposition ("a 71 per-cent knockout rate", "a 60 per head") is no such word.
  return next.kind === WORD && !next.l.startsWith("per") && CLAUSE_TAGS.has(next.pos ?? "");
}

/** Tags of a word that ends a number's phrase rather than naming what it counts. */
const CLAUSE_TAGS = new Set(["ADP", "PART", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "DET"]);
