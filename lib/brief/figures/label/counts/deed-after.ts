import { AUXILIARIES, CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "three times lost in the final", "twice came close": a count of times said before its verb names what happened so
// often by the verb and a short complement after it, not by the verb alone ('times lost', 'times came'), since the
// verb alone says too little of what was done ("lost" a final, "came" close).

/** Tags a complement keeps: an adjective or adverb of the verb ("close"), a preposition and its noun. */
const KEPT = new Set(["ADJ", "ADV", "ADP", "NOUN", "PROPN"]);

/**
 * The verb at k and up to four words after it, through the first noun of its complement ("lost in the final"); it ends
 * before a word where `stop` holds (a phrase of when or where: "to strike on Friday", only-doing.ts).
 */
export function deedAfter(toks: readonly Tok[], k: number, stop: (j: number) => boolean = () => false): string {
  const words = [toks[k]!.l];
  for (let j = k + 1; j < k + 5; j++) {
    const t = toks[j];
    if (!isWord(t) || CONJUNCTIONS.has(t.l) || AUXILIARIES.has(t.l) || t.l === "to") break;
    if (t.pos === "DET") continue;
    if (!KEPT.has(t.pos ?? "") || stop(j)) break;
    words.push(t.pos === "PROPN" ? t.s : t.l);
    if ((t.pos === "NOUN" || t.pos === "PROPN") && toks[j + 1]?.pos !== "NOUN" && toks[j + 1]?.pos !== "PROPN") break;
  }
  return words.join(" ");
}
