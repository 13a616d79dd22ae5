import { motionParticiple } from "#brief/figures/label/measures/length-motion.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "He can cycle 52 km in an hour": a distance a motion covered in one unit of time is the distance covered in that
// time, and the time belongs in its label ('52 km' had no label at all: the base form "cycle" named no motion; the
// 36th round's fault list).

/** Base and present forms of the verbs of motion, and the noun the motion is: "can cycle 52km" → ride. */
export const MOTION_FORMS: ReadonlyMap<string, string> = new Map([
  ["cycle", "ride"], ["cycles", "ride"], ["cycling", "ride"], ["ride", "ride"], ["rides", "ride"], ["riding", "ride"],
  ["runs", "run"], ["running", "run"], ["walk", "walk"], ["walks", "walk"], ["walking", "walk"],
  ["swim", "swim"], ["swims", "swim"], ["swimming", "swim"], ["drive", "drive"], ["drives", "drive"],
  ["driving", "drive"], ["hike", "hike"], ["hikes", "hike"], ["hiking", "hike"],
]);

/** Words that say one unit of time: "in an hour", "in one minute". */
const ONE = new Set(["a", "an", "one"]);

/** Singular units of time a distance is covered "in a/an/one" of. */
const ONE_UNIT = new Set(["second", "minute", "hour", "day", "week"]);

/**
 * " in an hour" when the words from k say a distance was covered in one unit of time ("in an hour", "in a day", "in
 * one minute"), else "": appended to a distance's label, as it says what the distance is (not a rate: "52 km an hour"
 * is a speed, read elsewhere).
 */
export function inOneUnit(toks: readonly Tok[], k: number): string {
  const one = toks[k + 1];
  const unit = toks[k + 2];
  if (!isWord(toks[k], "in") || !isWord(one) || !ONE.has(one.l) || !isWord(unit)) return "";
  return ONE_UNIT.has(unit.l) ? ` in ${one.l} ${unit.l}` : "";
}

/**
 * A glued distance's label after the motion verb at v, whose noun is `motion` ("ride"): the distance covered in one
 * unit of time when one follows at k ("cycle 52 km in an hour" → distance cycled in an hour), else the noun.
 */
export function distanceIn(toks: readonly Tok[], v: number, k: number, motion: string): string {
  const window = inOneUnit(toks, k);
  const moved = window === "" ? "" : motionParticiple(toks[v]?.l ?? "");
  return moved === "" ? motion : `distance ${moved}${window}`;
}
