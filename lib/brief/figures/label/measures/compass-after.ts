import { CONJUNCTIONS, MONTHS, PREPOSITIONS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "a town some 80 miles east of Lima": a compass point after a length says where the length runs from, so it is no
// word of the length's noun. The tagger calls "east", "west", "southeast" and "southwest" adjectives, which the noun
// reading runs on over ('80 — miles east', card audit 52's made-up shape 2), and "north" or "northwest" adverbs, which
// end it (so those read 'distance'). Cut at the compass point, every direction reads alike, and a named place "of"
// it is what the distance is from.

/** The compass points, run together or hyphenated as papers write them. */
export const COMPASS = new Set([
  "north", "south", "east", "west",
  "northeast", "northwest", "southeast", "southwest",
  "north-east", "north-west", "south-east", "south-west",
]);

/**
 * Units a distance is said in: before a compass point ("80 miles east", "12km north-west") and before where from ("about
 * 80 miles off the Libyan coast", "within 200 metres of", measured-thing.ts). One list for both: the two had drifted
 * apart (a singular "1 mile off the coast" read the boat, "400 yds east of" read 'east').
 */
export const DISTANCE_UNITS: ReadonlySet<string> = new Set([
  "miles", "mile", "kilometres", "kilometers", "kilometre", "kilometer", "km", "metres", "meters", "m", "yards", "yds", "feet", "ft", "nautical",
]);

/**
 * Where a count's noun phrase e..end ends once a compass point after its length unit is cut off; `end` itself else. The
 * unit is the phrase's word before it or, glued to the number ("35km southwest"), the token before the phrase.
 */
export function beforeCompass(toks: readonly Tok[], e: number, end: number): number {
  const last = toks[end - 1];
  if (end <= e || !isWord(last) || !COMPASS.has(last.l)) return end;
  return DISTANCE_UNITS.has(toks[end - 2]?.l ?? "") ? end - 1 : end;
}

/** How many words a place's name "of" a compass point may run to ("south of New York City"). */
const NAME_WORDS = 4;

/** Small words inside a place's name, between capitalised ones: "Rio de Janeiro", "Castel del Monte". */
const NAME_JOINS = new Set(["de", "da", "do", "dos", "del", "la", "le", "los", "las", "el", "di", "du", "des", "van", "von", "upon"]);

/**
 * Whether the token at j, past the name's first word at `first`, is a word of the place's name: capitalised, or a
 * joining word a capitalised one follows. A day or a month is no place's, nor, in a headline's capitals, a small word
 * ("80 Miles East Of Kharkiv On Monday").
 */
function nameWord(toks: readonly Tok[], j: number, first: number): boolean {
  const t = toks[j];
  if (t === undefined) return false;
  // "Rio de la Plata": a joining word runs on to a capitalised one, over another joining word.
  if (NAME_JOINS.has(t.s)) return toks[j + 1] !== undefined && (isCapitalised(toks[j + 1]!) || NAME_JOINS.has(toks[j + 1]!.s));
  if (WEEKDAYS.has(t.l) || MONTHS.has(t.l) || (j > first && (PREPOSITIONS.has(t.l) || CONJUNCTIONS.has(t.l)))) return false;
  return isCapitalised(t);
}

/**
 * The place a compass point at k measures from: "80 miles east of Lima" → "Lima", the capitalised words right after
 * "of"; "" when none follow ("east of the river" names no place one can be said to be that far from on a card).
 */
export function compassPlace(toks: readonly Tok[], k: number): string {
  if (!COMPASS.has(toks[k]?.l ?? "") || !isWord(toks[k + 1], "of")) return "";
  let j = k + 2;
  while (j - k - 2 < NAME_WORDS && nameWord(toks, j, k + 2)) j++;
  const words = toks.slice(k + 2, j).map((t) => t.s);
  // "east of Lima's old port": the place is the thing the name owns, which the name alone misreads; "distance" says less.
  // "south of Junction 4", "east of Exit 12": a numbered road's point, which the name without its number misreads; a
  // name cut short ("west of San Juan de los Morros" stops at "de") names another place.
  const cut = toks[j]?.kind === NUM || NAME_JOINS.has(toks[j]?.s ?? "") || nameWord(toks, j, k + 2);
  return words.some((w) => /['’]s$/.test(w)) || cut ? "" : words.join(" ");
}
