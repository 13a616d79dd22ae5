import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { NUMBERED } from "#brief/figures/label/ranks/number-place.ts";

// "Eastfield's No 7 sprints to the flag", "United's No 10 celebrates his goal", "wore Arsenal's No 7 shirt": a club's
// "No N" is the player who wears the number, an identifier, not a place (a 'No 7 — sprints' rank was junk on card
// audit 57's sample). "Britain's No 1 player", "United's No 2 goalkeeper" rank (first choice) and stay: a "No N" names
// one, so the noun after it is singular, and a word in "-s" there is a verb the tagger took for a plural noun.

/** True when the word after an owned "No N" (at `k`, just after the number) makes the number a shirt's, not a place. */
export function shirtNumber(toks: readonly Tok[], k: number): boolean {
  const next = toks[k];
  if (!isWord(next)) return false;
  if (NUMBERED.has(next.l)) return true;
  // "runs", "heads", "goes"; not "boss", "bonus", "tennis" (no plural, no verb).
  return next.l.endsWith("s") && !/(?:ss|us|is)$/.test(next.l);
}
