import type { Raw } from "#brief/figures/figure.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

// "were lined up in groups of 50", "sold in batches of 100", "in squads of 25": the number is how many each group
// holds, not a count of groups, so it is labelled by the group's size ("group size"), never by the group noun alone.

/** Nouns for a set of people or things whose size "in … of N" gives, by their singular. */
const GROUPS: ReadonlyMap<string, string> = new Map([
  ["groups", "group"], ["teams", "team"], ["batches", "batch"], ["squads", "squad"], ["units", "unit"], ["packs", "pack"],
  ["waves", "wave"], ["bands", "band"], ["gangs", "gang"], ["crews", "crew"], ["cells", "cell"], ["platoons", "platoon"],
  ["shifts", "shift"], ["sets", "set"], ["rows", "row"], ["boxes", "box"], ["bundles", "bundle"], ["cohorts", "cohort"],
]);

/**
 * The label of a bare count said as the size of groups ("in groups of 50" → "group size"), with the group noun as
 * its head; undefined unless "in"/"into", a plural group noun and "of" stand right before the number.
 */
export function groupSize(toks: readonly Tok[], r: Raw): { label: string; head: string } | undefined {
  const noun = toks[r.s - 2];
  const one = GROUPS.get(noun?.l ?? "");
  if (one === undefined || !isWord(toks[r.s - 1], "of") || !(isWord(toks[r.s - 3], "in") || isWord(toks[r.s - 3], "into"))) return undefined;
  return { label: `${one} size`, head: noun?.l ?? one };
}
