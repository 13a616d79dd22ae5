import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// Verbs that say what a measure is: a length a fall covers ("dropped her from 6 feet above ground" is the height of
// the drop, "plunged 200 feet" the fall; the unit alone, "6 — feet", said neither: card audit 11), a weight weighed.

/** Verbs of falling or letting fall, and their noun. */
const FALLS: ReadonlyMap<string, string> = new Map([
  ["fell", "fall"], ["fallen", "fall"], ["falling", "fall"], ["falls", "fall"], ["fall", "fall"],
  ["plunged", "fall"], ["plunging", "fall"], ["plummeted", "fall"], ["plummeting", "fall"], ["tumbled", "fall"],
  ["dropped", "drop"], ["dropping", "drop"], ["drops", "drop"], ["drop", "drop"],
  ["jumped", "jump"], ["jumping", "jump"], ["jumps", "jump"], ["jump", "jump"], ["leapt", "jump"], ["leaped", "jump"],
  ["thrown", "fall"], ["threw", "fall"], ["hurled", "fall"], ["flung", "fall"],
]);

/** Lengths a fall is measured in. */
const HEIGHTS = new Set(["feet", "ft", "foot", "metres", "meters", "m", "yards", "storeys", "stories", "floors"]);

/** How far back from "from" the falling verb may stand, over its object ("dropped the little girl from"). */
const OBJECT_REACH = 4;

/**
 * What a length is of when a fall covers it (`s` the number's first token, `unit` its unit): "fell 30 feet" → fall,
 * "dropped her from 6 feet" → height of drop; "" when no verb of falling governs it, or it is one end of a change
 * ("the level dropped from 30 feet to 20 feet").
 */
export function fallOf(toks: readonly Tok[], s: number, unit: string, after: number): string {
  if (!HEIGHTS.has(unit) || (isWord(toks[after], "to") && toks[after + 1]?.kind === NUM)) return "";
  const direct = FALLS.get(toks[s - 1]?.l ?? "");
  if (direct !== undefined) return direct;
  if (!isWord(toks[s - 1], "from")) return "";
  for (let v = s - 2; v >= 0 && s - 1 - v <= OBJECT_REACH; v--) {
    const t = toks[v];
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    const noun = FALLS.get(t.l);
    if (noun !== undefined) return `height of ${noun}`;
  }
  return "";
}

/** How far back a measure's weighing verb may stand: "weighs in at a little more than 10 stone". */
const WEIGH_REACH = 6;

/** A weighing verb ("weighs", "weighed in at") or "the scales" just before the measure at `s`, within its clause. */
export function weighed(toks: readonly Tok[], s: number): boolean {
  for (let v = s - 1; v >= 0 && s - v <= WEIGH_REACH; v--) {
    const t = toks[v];
    if (t === undefined || (t.kind === PUNCT && t.s !== "-") || t.kind === NUM) return false;
    if (/^(?:weigh|weighs|weighed|weighing|scales)$/.test(t.l)) return true;
  }
  return false;
}
