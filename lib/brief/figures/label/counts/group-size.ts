import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "were lined up in groups of 50", "sold in batches of 100", "in squads of 25": the number is how many each group
// holds, not a count of groups, so it is labelled by the group's size ("group size"), never by the group noun alone.

/** Nouns for a set of people or things whose size "in … of N" gives, by their singular. */
const GROUPS: ReadonlyMap<string, string> = new Map([
  ["groups", "group"], ["teams", "team"], ["batches", "batch"], ["squads", "squad"], ["units", "unit"], ["packs", "pack"],
  ["waves", "wave"], ["bands", "band"], ["gangs", "gang"], ["crews", "crew"], ["cells", "cell"], ["platoons", "platoon"],
  ["shifts", "shift"], ["sets", "set"], ["rows", "row"], ["boxes", "box"], ["bundles", "bundle"], ["cohorts", "cohort"],
]);

/**
 * Households whose "a … of N" counts the people in one: "a car carrying a family of four plunged into the water" was
 * 'four — plunged into the water', "only a family of two agreed to leave" 'two — agreed to leave their', and after "an
 * average 10-day holiday" 'four — days of holiday' (cnndm-dev: 6 of its 13 bare "family of N"s were read so).
 */
const HOUSEHOLDS = new Set(["family", "household"]);

/**
 * The label of a bare count said as the size of groups ("in groups of 50" → "group size", "a family of four" →
 * "family members"), with the group noun as its head; undefined unless "in"/"into", a plural group noun and "of"
 * stand right before the digits, or "a"/"the", a household and "of" before digits or a word.
 */
export function groupSize(toks: readonly Tok[], r: Raw): { label: string; head: string } | undefined {
  const noun = toks[r.s - 2];
  if (!isWord(toks[r.s - 1], "of") || !isWord(noun)) return undefined;
  if (HOUSEHOLDS.has(noun.l) && (isWord(toks[r.s - 3], "a") || isWord(toks[r.s - 3], "the"))) return { label: `${noun.l} members`, head: "members" };
  const one = GROUPS.get(noun.l);
  // ("in groups of two", a number word, is how a thing is done, no figure.)
  if (one === undefined || r.words || !(isWord(toks[r.s - 3], "in") || isWord(toks[r.s - 3], "into"))) return undefined;
  return { label: `${one} size`, head: noun.l };
}
