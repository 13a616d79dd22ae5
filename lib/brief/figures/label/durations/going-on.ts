import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The cover-up went on for over 12 years", "the talks dragged on for three days": a phrasal verb of lasting says what
// the time was of, its subject, as "lasted" does (label-duration.ts' `length` → years of the cover-up); read as "on"
// alone it was no verb, and the time was labelled by its unit alone ('over 12 — years', card audit 37).

/** Verbs whose "on" makes them last: "went on", "dragged on", "carried on", "rumbled on". */
const GOING = new Set([
  "go", "goes", "going", "went", "gone", "drag", "drags", "dragging", "dragged", "carry", "carries", "carrying", "carried",
  "rumble", "rumbles", "rumbling", "rumbled",
]);

/** The verb of a phrasal "went on" whose "on" is at `k`, else `k`: where a verb of lasting stands. */
export const goingOn = (toks: readonly Tok[], k: number): number => (isWord(toks[k], "on") && GOING.has(toks[k - 1]?.l ?? "") ? k - 1 : k);
