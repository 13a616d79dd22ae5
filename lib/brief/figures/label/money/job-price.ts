import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "we did it for 20,000 dollars", "they made it for £500", "she will do them for $40 each": an amount after "for" whose
// verb has only a pronoun for its object is what the job cost. No verb that moves money names it and the pronoun names
// nothing, so the readings after the "for" branch took a noun of the next phrase ("20,000 dollars — day" of "…, and in
// a day or two": card audit 16, sample J).

/** Object pronouns that stand for the thing done: "did it", "made them". */
const DONE = new Set(["it", "them", "this", "that"]);

/** "cost" when the "for" at `f` follows a verb and an object pronoun ("did it for"), else undefined. */
export function jobPrice(toks: readonly Tok[], f: number): string | undefined {
  const object = toks[f - 1];
  const verb = toks[f - 2];
  // ("did" may be tagged an auxiliary.)
  if (!isWord(object) || !DONE.has(object.l) || !isWord(verb) || !(verb.pos === "VERB" || verb.pos === "AUX")) return undefined;
  return "cost";
}
