import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { clauseMoney, clauseMoneyNoun, PRICED_NOUNS } from "#brief/figures/label/money/clause-money.ts";
import { namesParty, partySubject } from "#brief/figures/label/money/money-party.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Money the nearest-phrase fallback would label by a party to it: a place, a body or a shop said "at", "in", "with",
// "from" or "on" ("bought Kenwood … in Weybridge, Surrey, for £20,000" → 'Surrey', "signed a deal with the World Bank
// to borrow $2bn" → 'World Bank', "earmarked up to £2million in the Budget" → 'Budget'). A party says where or with
// whom the money moved, never what it is; the clause's verb that moves it does (purchase price, borrowing, sum
// earmarked), as the money rules name it when the verb stands nearer. Read over the whole clause, as the places and
// names said between put the verb past the other rules' reach.

/** Verbs that fix an amount for the noun before them: "his bail set at $1,000", "the fee was fixed at £5m". */
const FIXING_VERBS = new Set(["set", "fixed"]);

/** The common noun an amount is "set at" or "fixed at" for ("his bail set at $1,000" → bail), or undefined. */
function fixedFor(toks: readonly Tok[], s: number): string | undefined {
  if (!isWord(toks[s - 1], "at")) return undefined;
  const v = isWord(toks[s - 2]) && FIXING_VERBS.has(toks[s - 2]!.l) ? s - 2 : isWord(toks[s - 3]) && FIXING_VERBS.has(toks[s - 3]!.l) && AUXILIARIES.has(toks[s - 2]?.l ?? "") ? s - 3 : -1;
  const noun = toks[v - 1];
  // "his bail set at": the tagger may read the noun after a possessive as a verb.
  const owned = isWord(toks[v - 2]) && (DETERMINERS.has(toks[v - 2]!.l) || toks[v - 2]!.pos === "PRON");
  return v > 0 && isWord(noun) && (noun.pos === "NOUN" || owned) && !isCapitalised(noun) ? noun.l : undefined;
}

/**
 * "the lowest prize for the singles champion, lagging behind the Australian Open (£1.56 m)": an amount bracketed right
 * after a name, in a sentence that named the money before it, is that money at the name ("prize at Australian Open");
 * undefined when the bracket follows no name or the sentence names no such money ("a suit by Stella McCartney
 * (£1,600)").
 */
function bracketedAt(toks: readonly Tok[], r: Raw, label: string): string | undefined {
  const name = toks[r.s - 2];
  if (toks[r.s - 1]?.s !== "(" || name === undefined || !isCapitalised(name) || !label.endsWith(name.s)) return undefined;
  for (let k = r.s - 3; k >= 0; k--) if (PRICED_NOUNS.has(toks[k]!.l) && toks[k]!.pos === "NOUN") return `${toks[k]!.l} at ${label}`;
  return undefined;
}

/** The money's kind for a fallback label `label` that names a party to it, or undefined to keep the label. */
export function moneyOverParty(toks: readonly Tok[], r: Raw, label: string): string | undefined {
  if (r.currency === undefined || label === "") return undefined;
  const bracketed = bracketedAt(toks, r, label);
  if (bracketed !== undefined) return bracketed;
  const moved = clauseMoney(toks, r.s);
  if (namesParty(toks, r, label)) return fixedFor(toks, r.s) ?? moved?.noun ?? clauseMoneyNoun(toks, r.s);
  return moved !== undefined && partySubject(toks, label, moved.at) ? moved.noun : undefined;
}
