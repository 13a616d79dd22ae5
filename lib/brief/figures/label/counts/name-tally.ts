import type { Raw } from "#brief/figures/card/figure.ts";
import { VERBS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isNamePossessive, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Root's 180 put England in control", "Jones's 45 helped Wales to victory", "Smith's 142 carried Australia": a count in
// digits right after a name's possessive with a verb right after it is the name's own tally (an innings, a score, a
// haul), the subject of that verb; the verb is what the tally did, not what it counts. It was labelled by the verb
// phrase ('put England', the tagger calling "put" a noun; 'helped Wales to victory'; 'carried Australia'), or, small,
// dropped. It is labelled by the possessive, as "Root's 180 came off 250 balls" was ('root's', lowercase as that
// fallback gives it), which possessed-part.ts may then name by a whole the name owns ("Tesco's stores") or as an
// innings (inningsOf).
// ("Boeing's 787 Dreamliner", "Porsche's 911 sports cars": a name or a noun after the digits, read as before.)

/**
 * Whether the word after the count is a verb: tagged one, or a past form the tagger may call a noun ("put", "carried");
 * not any "-en" ("children").
 */
function verbAfter(t: Tok | undefined): boolean {
  if (!isWord(t) || isCapitalised(t)) return false;
  return t.pos === "VERB" || t.pos === "AUX" || (t.pos === "NOUN" && (VERBS.has(t.l) || t.l.endsWith("ed")));
}

/** Labels a bare count in digits between a name's possessive and a verb by the possessive ("Root's"); whether it did. */
export function nameTally(toks: readonly Tok[], r: Raw): boolean {
  const owner = toks[r.s - 1];
  if (!isNamePossessive(owner) || toks[r.core]?.kind !== NUM || r.e !== r.core + 1) return false;
  if (r.valueMax !== undefined || r.currency !== undefined || r.percent || r.ordinal || r.glued !== undefined) return false;
  if (!verbAfter(toks[r.e])) return false;
  r.label = owner!.l;
  return true;
}

/**
 * Words that say a story is about cricket, unambiguous in any sentence (innings-runs.ts' list reads "declared" or
 * "stand" only after a batting verb): "Test" and "Ashes" only capitalised.
 */
const CRICKET = /\b(?:innings|wickets?|batsman|batsmen|bowler|lbw|crease|stumps|half-century|fours|sixes|Test|Ashes)\b/;

/** The most runs an innings is read as (Lara's 400 not out is the Test record), as innings-runs.ts reads it. */
const MOST_RUNS = 400;

/**
 * "Root faced 250 balls and hit 20 fours. Root's 180 was his best": a name's tally in digits, in a sentence that says
 * cricket or after one, is the batsman's innings, runs ('Root's balls' took the balls he faced for a whole he owned).
 */
export function inningsOf(r: Raw, texts: readonly (string | undefined)[]): boolean {
  if (r.words || !Number.isInteger(r.value) || r.value > MOST_RUNS) return false;
  return texts.some((t) => t !== undefined && CRICKET.test(t));
}
