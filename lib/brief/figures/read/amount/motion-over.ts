import type { Raw } from "#brief/figures/card/figure.ts";
import { MEASURE_NOUNS, PEOPLE, RANKING_RUNGS } from "#brief/figures/language/lexicon.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Leaping over three cars is hardly a big deal": after a verb of leaping across, "over" (or "under") is the preposition
// of what was crossed, not the hedge "more than"; the card printed 'over three — cars' (blind sample BB's made-up shape 9, a
// value error). The same verbs are verbs of change ("Shares jumped over 30%", "climbed over 20 places", "climbed over
// 8,000 metres"), "flew" carries people ("flew over 200 villagers to safety") and a climber's tally is hedged ("has
// climbed over 100 mountains"), where "over" still hedges: so only a bare count under ten (what one leap crosses; a
// hedge is said of a round number) of a plural thing that is no unit, no rung of a ranking and no people is crossed.

/** Each form of a verb of leaping across, by the participle the label says it with ("cars leapt over"). */
const CROSSED: ReadonlyMap<string, string> = new Map(
  [
    ["leapt", "leap leaps leapt leaped leaping"],
    ["jumped", "jump jumps jumped jumping"],
    ["vaulted", "vault vaults vaulted vaulting"],
    ["hurdled", "hurdle hurdles hurdled hurdling"],
    ["climbed", "climb climbs climbed climbing"],
    ["stepped", "step steps stepped stepping"],
    ["flown", "fly flies flew flown flying"],
  ].flatMap(([participle, forms]) => forms!.split(" ").map((f): [string, string] => [f, participle!])),
);

/** A count under ten, as one leap crosses: a digit or its word. */
const UNDER_TEN = /^(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)$/;

/**
 * The participle of the verb of leaping across before the "over" (or "under") at `over` when the number at `num` counts a plural
 * thing crossed ("Leaping over three cars"), else undefined: then "over" is a preposition, no hedge.
 */
export function crossedOver(toks: readonly Tok[], over: number, num: number): string | undefined {
  const verb = toks[over - 1];
  const participle = isWord(verb) ? CROSSED.get(verb.l) : undefined;
  if (participle === undefined) return undefined;
  if (!UNDER_TEN.test(toks[num]?.l ?? "")) return undefined;
  const noun = toks[num + 1];
  if (!isWord(noun) || !isPlural(noun.l) || MEASURE_NOUNS.has(noun.l) || RANKING_RUNGS.has(noun.l) || PEOPLE.has(noun.l)) return undefined;
  return participle;
}

/** Labels a count crossed after a verb of leaping across by what was crossed and the verb: 'cars leapt over'. */
export function crossedLabel(toks: readonly Tok[], r: Raw): void {
  if (!isWord(toks[r.s - 1], "over")) return;
  const participle = crossedOver(toks, r.s - 1, r.s);
  if (participle !== undefined) r.label = `${toks[r.s + 1]!.l} ${participle} over`;
}
