import { SPEECH_VERBS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { PLAYER_ROLES } from "#brief/figures/label/money/transfer-fee.ts";

// What a person is worth is their fortune: "Durst, who prosecutors have said is worth up to $100 million" and "Chen
// Lihua who is reported to worth £4.1 billion" gave 'worth', "the hotelier worth £25m" 'hotelier', "Weinstein founded
// Miramax with his brother Bob in 1979 and is worth an estimated $200 million" 'worth'. A person is told by "who", by a
// noun of the wealthy, or by a sentence opening on a name that a pronoun "he"/"his"/"she"/"her" takes up before the
// "and" of its worth. A thing, a firm or a deal worth money ("the deal is worth", "Facebook, which is worth") is not,
// nor a player, whose worth is a club's price ("the striker, who is worth £50m").

/** Words between a person and the "worth" of their fortune: "is reported to be worth", "was estimated to have been". */
const BEFORE_WORTH = new Set(["be", "is", "was", "are", "were", "been", "being", "to", "have", "has", "had", "now", "reportedly", "reported", "believed", "said", "thought", "estimated", "understood", "could", "would", "may", "might", "will"]);

/** Nouns of people said to be worth a fortune: "the hotelier worth £25m", "an undefeated professional worth $420 million". */
const WEALTHY = new Set(["hotelier", "tycoon", "billionaire", "millionaire", "multi-millionaire", "multimillionaire", "businessman", "businesswoman", "entrepreneur", "magnate", "mogul", "heiress", "heir", "developer", "financier", "banker", "philanthropist", "professional"]);

/** Pronouns that say the sentence's subject is a person. */
const PERSONAL = new Set(["he", "his", "him", "she", "her"]);

/** How many words of who says so may stand between "who" and the worth: "who prosecutors have said is worth". */
const SAYER_WORDS = 3;

/** Whether the "worth" at w is a person's fortune. */
export function personWorth(toks: readonly Tok[], w: number): boolean {
  let k = w;
  while (k > 0 && BEFORE_WORTH.has(toks[k - 1]?.l ?? "")) k--;
  const before = toks[k - 1];
  if (!isWord(before)) return false;
  if (WEALTHY.has(before.l)) return true;
  // "the striker, who is worth £50m": what a player is worth is what a club would pay, no fortune.
  if (before.l === "who") return !playerBefore(toks, k - 1);
  // "who prosecutors have said is worth": a sayer between "who" and what is said ("who Villa believe is worth" is a
  // club's valuation of a player, not said of a fortune).
  if (toks.slice(k, w).some((t) => SPEECH_VERBS.has(t.l))) {
    for (let j = k - 1; j >= 0 && k - j <= SAYER_WORDS && isWord(toks[j]); j--) if (toks[j]!.l === "who") return true;
  }
  // "Weinstein founded Miramax with his brother Bob in 1979 and is worth": a named subject a pronoun makes a person.
  return before.l === "and" && isCapitalised(toks[0] as Tok) && toks[0]?.pos === "PROPN" && toks.slice(1, k - 1).some((t) => PERSONAL.has(t.l));
}

/** Whether a player's position stands right before the "who" at `who`, a comma between or not: "the striker, who". */
function playerBefore(toks: readonly Tok[], who: number): boolean {
  const at = toks[who - 1]?.s === "," ? who - 2 : who - 1;
  return PLAYER_ROLES.has(toks[at]?.l ?? "");
}
