import type { Candidate } from "#brief/figures/card/candidates.ts";
import { nearDuplicate, vagueReach, vaguerThan } from "#brief/figures/card/same-fact.ts";

// A vague amount picked for the card ("Hundreds of people joined the march on Dam Square", a caption's) whose fact the
// story states exactly elsewhere ("About 400 people joined the march on Dam Square") gives its slot to the exact one:
// the card's swap (vaguerThan) only met the exact figure when it ranked into the card by itself, so a caption's vague
// wording held the slot while the body's number was listed and off (card-audit-53's seen row N1). Only a sentence that
// says the same as the vague one's: reaching any exact count of the same noun anywhere in the story swapped a boat's
// "hundreds of migrants" for a year's "more than 900 migrants" died, and "hundreds of foreigners" fighting in Yemen for
// "around 100" in Somalia, on the dev cards. Not in the vague one's own sentence either: there the two are parts of a
// list ("hundreds … in Yemen, around 100 in Somalia").

/** The index of the best-ranked unpicked candidate that states exactly what the picked vague `pick` says; else -1. */
export function exactFor(pick: { c: Candidate }, scored: readonly { c: Candidate }[], taken: readonly boolean[]): number {
  // Most picks are not vague: asked once, before any scan.
  if (vagueReach(pick.c.figure) === undefined) return -1;
  for (let k = 0; k < scored.length; k++) {
    const c = scored[k]!.c;
    if (!taken[k] && c.figure.sentence !== pick.c.figure.sentence && vaguerThan(pick.c.figure, c.figure) && nearDuplicate(pick.c, c)) return k;
  }
  return -1;
}
