import type { Raw } from "#brief/figures/card/figure.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { UP_VERBS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A body's weight said by the change or the birth that gives it: "has since dropped seven stone", "put on six stone",
// "lost two kilos" → weight lost or gained; "was born at a healthy 3.1 kilograms" → birth weight. The label was the
// unit alone ('seven — stone'), which says what the number is in, not what it is; a length lost ("has lost 40 metres")
// is no weight. (A weight "of" a thing is labelled by the thing before this reads it: "dropped 200 kilos of cargo".)

/** Units a body's weight is said in. */
// Grams too: a small animal's weight ("The foal has regained 400 grammes"; card audit 38, sample AF, read '— swan').
const WEIGHTS = new Set(["stone", "st", "pounds", "lb", "lbs", "kilos", "kilo", "kg", "kgs", "kilograms", "kilogrammes", "grams", "grammes", "g"]);

/** Verbs that gain or lose weight, and which: "put" and "piled" only with their "on" ("put on six stone"). */
const CHANGES: ReadonlyMap<string, string> = new Map([
  ["gained", "gained"], ["gain", "gained"], ["gains", "gained"], ["gaining", "gained"],
  ["regained", "regained"], ["regain", "regained"], ["regains", "regained"], ["regaining", "regained"],
  ["lost", "lost"], ["lose", "lost"], ["loses", "lost"], ["losing", "lost"],
  ["shed", "lost"], ["sheds", "lost"], ["shedding", "lost"],
  ["dropped", "lost"], ["drop", "lost"], ["drops", "lost"], ["dropping", "lost"],
]);

/** Verbs whose "on" gains weight: "put on", "piled on", "packed on". */
const PUT_ON = new Set(["put", "puts", "putting", "piled", "piling", "packed", "packing"]);

/** Verbs of swelling a body's weight "to" a level, besides the rising verbs of the lexicon ("ballooned to 31 stone"). */
const SWELLED = new Set(["ballooned", "balloon", "balloons", "ballooning"]);

/** Rising verbs that say a growth, not a peak: "the piglet has grown to 187lbs" is its weight now. */
const GROWN = new Set(["grew", "grow", "grows", "grown", "growing"]);

/** The verbs after a weight's "to" that leave it still to come off: "another 6st to go", "3 stone to lose". */
const STILL = new Set(["go", "lose", "shed"]);

/**
 * A body's weight as a level: "peak weight" for one a swelling or rising verb took it "to" ("ballooned to 31 stone",
 * was '31 — stone shed': card audit 62, sample BD), "weight still to lose" for one with "to go" or "to lose" after it
 * ("with another 6st to go", was '— weight': card audit 63, sample BE); else "".
 */
export function weightLevel(toks: readonly Tok[], r: Raw, unit: string): string {
  if (!WEIGHTS.has(unit.toLowerCase())) return "";
  if (isWord(toks[r.e], "to") && STILL.has(toks[r.e + 1]?.l ?? "")) return "weight still to lose";
  const v = pastDescribed(toks, r.s) - 1;
  const swell = toks[v - 1]?.l ?? "";
  return isWord(toks[v], "to") && (SWELLED.has(swell) || (UP_VERBS.has(swell) && !GROWN.has(swell))) ? "peak weight" : "";
}

/**
 * "weight lost", "weight gained" or "birth weight" for the measure `r` in `unit`, from the verb right before it (over
 * an article and a describing word: "lost a whopping 10 stone"), or its level (weightLevel); "" when none says a
 * body's weight.
 */
export function weightChange(toks: readonly Tok[], r: Raw, unit: string): string {
  if (!WEIGHTS.has(unit.toLowerCase())) return "";
  const level = weightLevel(toks, r, unit);
  if (level !== "") return level;
  const v = pastDescribed(toks, r.s) - 1;
  const verb = toks[v];
  if (!isWord(verb)) return "";
  if (verb.l === "on") return PUT_ON.has(toks[v - 1]?.l ?? "") ? "weight gained" : "";
  // "was born at a healthy eight pounds": the weight said at birth.
  if (verb.l === "at") return isWord(toks[v - 1], "born") ? "birth weight" : "";
  const change = CHANGES.get(verb.l);
  return change === undefined ? "" : `weight ${change}`;
}
