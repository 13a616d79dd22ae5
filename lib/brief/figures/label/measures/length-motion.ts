import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A length labelled by the motion that covered it ("ran 26 miles" → miles run), for label-duration.ts.

/** Units of length a motion covers. */
export const LENGTHS = new Set(["miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "feet", "yards"]);

/** Verbs of motion, and the participle a length after them is labelled by: "ran 26 miles" → miles run. */
const MOTIONS: ReadonlyMap<string, string> = new Map([
  ["ran", "run"], ["run", "run"], ["runs", "run"], ["running", "run"],
  ["walked", "walked"], ["walk", "walked"], ["walks", "walked"], ["walking", "walked"],
  ["swam", "swum"], ["swim", "swum"], ["swims", "swum"], ["swimming", "swum"],
  ["travelled", "travelled"], ["traveled", "travelled"], ["travel", "travelled"], ["travelling", "travelled"], ["traveling", "travelled"],
  ["drove", "driven"], ["drive", "driven"], ["driving", "driven"], ["driven", "driven"],
  ["flew", "flown"], ["fly", "flown"], ["flying", "flown"], ["flown", "flown"],
  ["cycled", "cycled"], ["cycle", "cycled"], ["cycling", "cycled"], ["rode", "ridden"], ["ride", "ridden"], ["riding", "ridden"],
  ["hiked", "hiked"], ["hike", "hiked"], ["hiking", "hiked"], ["sailed", "sailed"], ["sailing", "sailed"],
  ["moved", "moved"], ["moving", "moved"], ["covered", "covered"], ["covering", "covered"], ["trekked", "trekked"],
]);

/** The participle a length after the motion verb `l` is labelled by ("cycle" → cycled), else "". */
export const motionParticiple = (l: string): string => MOTIONS.get(l) ?? "";

/**
 * "ran 26 miles", "walked for two miles", "stalled after moving about 10 meters", "continued driving another 100 feet":
 * the motion that covered a length, as its participle; "" when no motion verb stands right before it.
 */
export function motion(toks: readonly Tok[], r: Raw): string {
  let v = r.s - 1;
  if (isWord(toks[v]) && (toks[v]!.l === "for" || toks[v]!.l === "another" || toks[v]!.l === "over")) v--;
  // "travel in excess of 21.39 miles per hour" is a speed; "one of his runs over three miles" has no verb, whatever
  // the tagger says of a word after an owner.
  const verb = toks[v];
  const rate = isWord(toks[r.e + 1], "per") || isWord(toks[r.e + 1], "an") || isWord(toks[r.e + 1], "a");
  const owned = DETERMINERS.has(toks[v - 1]?.l ?? "");
  return isWord(verb) && verb.pos === "VERB" && !rate && !owned ? (MOTIONS.get(verb.l) ?? "") : "";
}
