// Counts joined by "and" (or listed after a verb with commas) share the verb one of them carries ("five men and two
// women were detained", "killing five women and one man"): one concept, used by both passes of sentence.ts.
import type { Raw } from "#brief/figures/card/figure.ts";
import { CASUALTY_WORDS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/**
 * "killing five women and one man", "arrested three men and one woman": a "one" joined by "and" to a count its verb
 * governs shares that verb ("man killed", "woman arrested"), as two counts do (shareCoordinatedVerb), so it is kept as
 * a toll or an arrest; readSentence drops a "one" whose label names neither before that pass could run.
 */
export function oneAfterCount(toks: readonly Tok[], before: Raw | undefined, r: Raw): void {
  if (before === undefined || before.drop || before.fold === undefined || before.noun === undefined || r.noun === undefined) return;
  if (before.e + before.noun.split(" ").length !== r.s - 1 || !isWord(toks[r.s - 1], "and")) return;
  // Labelling dropped the "one" as a count of one that says nothing; with the verb it says who died or was held.
  r.drop = false;
  r.label = `${r.noun} ${before.fold}`;
  r.fold = before.fold;
  r.kind = CASUALTY_WORDS.has(before.fold) ? "casualties" : "people";
}

/**
 * "Five men and two women were detained", "arrested three men and two women": two counts joined by "and" share the
 * verb one of them carries ("men detained", "women arrested"); counts with a verb between them ("killed two men and
 * wounded three", "18 people have died and five …") are two clauses, not joined.
 */
export function shareCoordinatedVerb(toks: readonly Tok[], raws: readonly Raw[]): void {
  for (let n = 0; n + 1 < raws.length; n++) {
    const a = raws[n]!;
    const b = raws[n + 1]!;
    if (a.drop || b.drop || a.noun === undefined || b.noun === undefined || (a.fold === undefined) === (b.fold === undefined)) continue;
    // Only the first count's noun stands before "and": "18 people have died and five people are being treated" is
    // two clauses, each with its own verb.
    const k = a.e + a.noun.split(" ").length;
    // "killed 142 students, three security officers and two guards": a list's comma joins its counts as "and" does,
    // the verb before the first said of them all; only forward (a verb after a comma starts a clause of its own).
    const comma = toks[k]?.s === "," && a.fold !== undefined;
    if (!(isWord(toks[k], "and") || comma) || k + 1 !== b.s) continue;
    const [from, to] = a.fold === undefined ? [b, a] : [a, b];
    if (to.label !== to.noun || from.fold === undefined) continue;
    to.label = `${to.noun} ${from.fold}`;
    to.fold = from.fold;
    if (to.kind !== "measure") to.kind = from.kind;
  }
}
