import { ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, PEOPLE, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { readCore } from "#brief/figures/read/amount/read-core.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "N out of M" after a number: a rating or bare ratio ("five out of five stars", "three out of four") is no figure; before
// what it counts ("13 out of 13 plays", "four out of five key issues", "Eight out of 10 voters") it is a count of that
// noun, as the gold reads "four out of five key issues", with the whole kept in its display.

/** Ratings said "out of": "five out of five stars", "nine out of 10 points". */
const RATINGS = new Set(["stars", "points", "marks"]);

/**
 * The "out of M" right after a number ending at j: where it ends, and whether a counted noun follows it; undefined when
 * no "out of" follows.
 */
export function readOutOf(toks: readonly Tok[], j: number): { next: number; counted: boolean } | undefined {
  if (!isWord(toks[j], "out") || !isWord(toks[j + 1], "of")) return undefined;
  // "10 out of every 100,000 women": "every" says the whole is a rate's base, the same whole.
  const at = isWord(toks[j + 2], "every") ? j + 3 : j + 2;
  const second = readCore(toks, at);
  return second === undefined ? { next: j + 2, counted: false } : { next: second.end, counted: countedAfterWhole(toks, second.end) };
}

/**
 * A word of a name that can stand before a counted plural: capitalised and not itself a plural ("Peru", "Premier"),
 * or an acronym ("US", "EU"); "eight out of 10 Cats" is a title, "Americans" the people counted (not read here).
 */
const NAME_WORD = /^(?:[A-Z][a-z-]*[^s\W]|[A-Z]{2,})$/;

/**
 * Whether the words from k name what the part and whole count: within three lower-case words, a plural noun or people
 * ("key issues", "people"), before any function word or adverb; no rating ("stars", "out of 10 as well").
 */
function countedAfterWhole(toks: readonly Tok[], k: number): boolean {
  for (let n = k; n < k + 3; n++) {
    const t = toks[n];
    // "Twenty out of 60 Peru provinces": a place's or body's name before the plural says whose they are.
    if (isWord(t) && NAME_WORD.test(t.s)) continue;
    if (!isWord(t) || t.s !== t.l || RATINGS.has(t.l) || [PREPOSITIONS, CONJUNCTIONS, DETERMINERS, PRONOUNS, AUXILIARIES, ADVERBS].some((words) => words.has(t.l))) return false;
    if (PEOPLE.has(t.l) || /^[a-z][a-z-]*[^s']s$/.test(t.l)) return true;
  }
  return false;
}
