import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// '"… because our flat is four blocks away"': a count of street units followed by "away" or "from" is how far off
// something is, said in the units a walker counts; labelled by its noun alone ('four — blocks') it read as a count
// of blocks (card audit 56, sample AX's made-up shape 1). The label keeps the word that makes it a distance:
// 'blocks away', 'doors from station'.

/** Units a walk or ride is counted in: a count of these followed by "away" or "from" is a distance. */
const STEPS = new Set(["block", "blocks", "door", "doors", "street", "streets", "stop", "stops", "junction", "junctions", "exit", "exits"]);

/** Determiners before the place a distance is counted from: "from the station", "from our house". */
const PLACE_DETERMINERS = new Set(["the", "our", "my", "his", "her", "their", "its", "your"]);

/** Labels a count of street units said as how far off ("four blocks away", "three doors from the station"). */
export function countedDistance(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.percent || r.unit !== undefined || r.valueMax !== undefined) return;
  const noun = toks[r.e];
  const next = toks[r.e + 1];
  if (!isWord(noun) || !STEPS.has(noun.l) || r.label !== noun.l || !isWord(next)) return;
  if (next.l === "away") {
    r.label = `${noun.l} away`;
    return;
  }
  // "three doors from the station": the place it is counted from, after a determiner; "made six stops from Leeds"
  // (no determiner) is as often the stops a ride made on its way, so it is left.
  const place = toks[r.e + 3];
  if (next.l === "from" && isWord(toks[r.e + 2]) && PLACE_DETERMINERS.has(toks[r.e + 2]!.l) && isWord(place) && place.pos === "NOUN") r.label = `${noun.l} from ${place.l}`;
}
