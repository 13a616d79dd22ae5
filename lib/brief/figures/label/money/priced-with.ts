import { CARDINAL_WORDS } from "#news/numbers.ts";
import { PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "the menu boasted a fish wrap with sweet potato fries for just £5", "a room with a view for £90": the price after
// "for" is of the thing the "with" hangs on, not of what comes with it; the nearest noun before "for" is the side
// dish, and the card read 'sweet potato fries'. The thing is one a/an names (a thing on offer); a capitalised word in
// what comes "with" ("a deal with Chelsea") is a party, which other rules read.

/** How many sides "and" or a comma may join after "with": "with salsa and sweet potato fries". */
const SIDES = 4;

/** The first of the sides "and" or commas join that end at `end` ("salsa" of "salsa and sweet potato fries"). */
function firstSide(toks: readonly Tok[], end: number): [number, number] | undefined {
  let side = counted(toks, backNP(toks, end, false));
  for (let n = 0; side !== undefined && n < SIDES; n++) {
    const joint = toks[side[0] - 1];
    if (joint?.s !== "," && !isWord(joint, "and")) break;
    side = counted(toks, backNP(toks, side[0] - 1, false));
  }
  return side;
}

/**
 * A side with its count: "60 journeys, 14 night rides and 6 guest trips" (a plan's parts, card audit 51's sample AS,
 * made-up shape 17: the plan's price read '£47.25 — guest trips').
 */
function counted(toks: readonly Tok[], side: [number, number] | undefined): [number, number] | undefined {
  return side !== undefined && toks[side[0] - 1]?.kind === NUM ? [side[0] - 1, side[1]] : side;
}

/**
 * The thing priced at the "for" at `f` when "a/an <thing> with <side>" stands right before it: "fish wrap" for "a
 * fish wrap with sweet potato fries for"; undefined otherwise.
 */
export function pricedWith(toks: readonly Tok[], f: number): string | undefined {
  const side = firstSide(toks, f);
  if (side === undefined || !isWord(toks[side[0] - 1], "with")) return undefined;
  if (toks.slice(side[0], f).some((t) => isCapitalised(t))) return undefined;
  const w = side[0] - 1;
  const compound = compoundHeaded(toks, w);
  const thing = backNP(toks, w, false) ?? compound;
  if (thing === undefined || thing[1] !== w || (toks[w - 1]?.pos !== "NOUN" && thing !== compound)) return undefined;
  const from = pastDeterminers(toks, thing[0]);
  if (!offered(toks, from) || from >= w) return undefined;
  return holder(toks, from) ?? phrase(toks, from, w);
}

/**
 * "a 30-day pass with …", "a two-night break with …": a word after a number's compound is the noun it describes,
 * whatever the tagger calls it ('pass', 'break' verbs); the phrase [compound, w) or undefined. In digits the compound
 * is three tokens ("30", "-", "day"), in words one ("two-night").
 */
function compoundHeaded(toks: readonly Tok[], w: number): [number, number] | undefined {
  if (!isWord(toks[w - 1]) || !isWord(toks[w - 2])) return undefined;
  if (toks[w - 3]?.s === "-" && toks[w - 4]?.kind === NUM) return [w - 4, w];
  const [first, rest] = toks[w - 2]!.l.split("-");
  return rest !== undefined && CARDINAL_WORDS.has(first ?? "") ? [w - 2, w] : undefined;
}

/** Whether the noun phrase from `from` is one a/an names: a thing on offer. */
const offered = (toks: readonly Tok[], from: number): boolean => isWord(toks[from - 1], "a") || isWord(toks[from - 1], "an");

/** What a thing on offer may be served in or on: "a burger in a brioche bun", "a hot dog on a pretzel roll". */
const SERVED = new Set(["in", "on"]);

/**
 * "a burger in a brioche bun with skinny fries for £4": the thing "with" hangs on is what holds the dish, and the dish
 * before its "in/on" is what is priced (AG informed: the card read '£4 — brioche bun'); not a period ("a night in a
 * suite with a view": the suite), undefined when no such dish stands before the thing at `from`.
 */
function holder(toks: readonly Tok[], from: number): string | undefined {
  const article = from - 1;
  if (!isWord(toks[article - 1]) || !SERVED.has(toks[article - 1]!.l)) return undefined;
  const dish = backNP(toks, article - 1, false);
  if (dish === undefined || dish[1] !== article - 1 || toks[article - 2]?.pos !== "NOUN") return undefined;
  const start = pastDeterminers(toks, dish[0]);
  if (!offered(toks, start) || start >= article - 1 || PERIOD_NOUNS.has(toks[article - 2]!.l)) return trimmed(toks, article - 1);
  return phrase(toks, start, article - 1);
}

/**
 * "boasted beef burger with tomato, gherkins and red onion in a brioche bun": the dish has trimmings of its own before
 * its "in", and is named bare as what the verb offers (AG informed, its wording: the card still read 'brioche bun');
 * the dish before the trimmings' "with" ending at `end`, else undefined.
 */
function trimmed(toks: readonly Tok[], end: number): string | undefined {
  const first = firstSide(toks, end);
  if (first === undefined || !isWord(toks[first[0] - 1], "with")) return undefined;
  const w = first[0] - 1;
  const dish = backNP(toks, w, false);
  if (dish === undefined || dish[1] !== w || toks[w - 1]?.pos !== "NOUN" || PERIOD_NOUNS.has(toks[w - 1]!.l)) return undefined;
  const start = pastDeterminers(toks, dish[0]);
  // Named with a/an, or bare right after the verb that offers it ("boasted beef burger").
  if (start >= w || !(offered(toks, start) || toks[start - 1]?.pos === "VERB")) return undefined;
  return phrase(toks, start, w);
}
