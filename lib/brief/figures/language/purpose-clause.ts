import { DETERMINERS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the total cost of the scheme to modernise its fleet will be $25m", "The plan to replace its computers will cost
// $8m": an infinitive after a noun says what the noun is for, and its object, closing the subject, is no subject of the
// amount; as one it labelled the cost by what the scheme was to change ('$25m — fleet', card audit 31 shape 4). What
// the amount is of is the noun phrase before the "to".

/**
 * Where the subject before a purpose's object np ("scheme to modernise its fleet") ends: the index of the "to"; undefined
 * when np is no object of a verb after "to" that follows a noun, or no verb follows np.
 */
export function purposeEnd(toks: readonly Tok[], np: readonly [number, number]): number | undefined {
  // Only a subject's: its verb follows ("… its fleet will be $25m"), not a "to" or a preposition ("plans to raise income
  // tax to 50%": the tax is what reaches the rate).
  const verb = toks[np[1]]?.pos;
  if (verb !== "AUX" && verb !== "VERB") return undefined;
  let v = np[0] - 1;
  while (v > 0 && (DETERMINERS.has(toks[v]?.l ?? "") || POSSESSIVES.has(toks[v]?.l ?? ""))) v--;
  const to = v - 1;
  const noun = toks[to - 1]?.pos;
  return toks[v]?.pos === "VERB" && isWord(toks[to], "to") && (noun === "NOUN" || noun === "PROPN") ? to : undefined;
}
