import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// An earthquake's magnitude: "a magnitude 7.8 quake", "the magnitude-7.8 earthquake", "a 7.8-magnitude quake", "a 7.8
// magnitude tremor". A measure on a scale, named by what it measures; without this the number before a singular noun
// reads as a model number ("the 777 plane") and the card drops it.

/** The highest magnitude a quake has had: a larger number by the word is no magnitude ("the magnitude of 200 deaths"). */
const MAX_MAGNITUDE = 10;

/** How much more a magnitude weighs than another measure (CARD_WEIGHTS.kind: measure 0.35, people 0.7). */
const NEWS_FACTOR = 2;

/** Labels `r` as a magnitude when "magnitude" stands right before it (past a hyphen) or right after it; else false. */
export function magnitude(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.ordinal || r.value <= 0 || r.value > MAX_MAGNITUDE) return false;
  const k = toks[r.s - 1]?.s === "-" ? r.s - 2 : r.s - 1;
  const before = isWord(toks[k], "magnitude");
  const glued = r.compound === "magnitude";
  const after = !glued && isWord(toks[r.e], "magnitude");
  if (!before && !glued && !after) return false;
  const at = after ? r.e + 1 : r.e;
  const end = forwardNP(toks, at);
  let what = end > at ? phrase(toks, at, end) : "";
  // "an aftershock of magnitude 6.6": what it measures comes before "of".
  const of = before && what === "" && isWord(toks[k - 1], "of") ? backNP(toks, k - 1, false) : undefined;
  if (of !== undefined) what = phrase(toks, of[0], of[1]);
  r.kind = "measure";
  r.type = "measure";
  r.unit = "magnitude";
  // A quake's magnitude is its news, as its toll is: it ranks with head counts, not with incidental measures.
  r.factor *= NEWS_FACTOR;
  r.label = what === "" ? "magnitude" : `${what} magnitude`;
  // Cleared, not deleted: a delete makes the Raw a slow dictionary-mode object for every rule after (rawOf, figure.ts).
  r.compound = undefined;
  // The scale's word joins the display: "magnitude-7.8", "7.8 magnitude".
  if (before) r.s = k;
  if (after) r.e = at;
  return true;
}
