import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { moneyVerbNoun } from "#brief/figures/label/money/money-verb.ts";
import { adjacent, isCapitalised, isWord, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// Money the nearest-phrase fallback would label by a party to it: a place, a body or a shop said "at", "in", "with",
// "from" or "on" ("bought Kenwood … in Weybridge, Surrey, for £20,000" → 'Surrey', "signed a deal with the World Bank
// to borrow $2bn" → 'World Bank', "earmarked up to £2million in the Budget" → 'Budget'). A party says where or with
// whom the money moved, never what it is; the clause's verb that moves it does (purchase price, borrowing, sum
// earmarked), as the money rules name it when the verb stands nearer. Read over the whole clause, as the places and
// names said between put the verb past the other rules' reach.

/** Prepositions that put a party to money after them: where it was paid, or with whom, never what it is. */
const PARTY_PREPOSITIONS = new Set(["at", "in", "with", "from", "on"]);

/** Verbs that move money with no noun in the money verb lists. */
const CLAUSE_VERBS: ReadonlyMap<string, string> = new Map([
  ["earmarked", "sum earmarked"], ["earmark", "sum earmarked"], ["earmarks", "sum earmarked"], ["earmarking", "sum earmarked"],
  ["borrows", "borrowing"], ["borrowing", "borrowing"],
]);

/** How far back a clause's money verb may be: "bought Kenwood, then a 22-bedroom home, in Weybridge, Surrey, for". */
const CLAUSE_REACH = 20;

/** How far from the amount the party may stand ("in the Erie County jail with his bail set at"). */
const PARTY_REACH = 12;

/** Whether the fallback's label names a party: a capitalised phrase near the amount said after a party's preposition. */
function namesParty(toks: readonly Tok[], r: Raw, label: string): boolean {
  const first = label.split(" ")[0];
  for (let i = Math.max(0, r.s - PARTY_REACH); i < toks.length && i <= r.e + 4; i++) {
    const t = toks[i];
    if (t === undefined || t.s !== first || !isCapitalised(t)) continue;
    // "in Weybridge, Surrey": a place's county or country after its town and a comma is said after the same "in".
    let k = i - 1;
    while (toks[k]?.s === "," && isWord(toks[k - 1]) && isCapitalised(toks[k - 1]!)) k -= 2;
    const before = isWord(toks[k]) && DETERMINERS.has(toks[k]!.l) ? toks[k - 1] : toks[k];
    if (isWord(before) && PARTY_PREPOSITIONS.has(before.l)) return true;
  }
  return false;
}

/**
 * The kind of money the clause's verb says an amount is (purchase price, borrowing, earnings), read back from it over
 * the places and names said between; undefined at the clause's start or with no verb that moves money.
 */
function clauseMoney(toks: readonly Tok[], s: number): string | undefined {
  for (let v = s - 1; v >= 0 && s - v <= CLAUSE_REACH; v--) {
    const t = toks[v];
    // A comma, or a hyphen inside a word ("a 22-bedroom home"), goes on with the clause; other punctuation ends it.
    const inWord = t?.s === "-" && adjacent(toks[v - 1], t) && adjacent(t, toks[v + 1]);
    if (t === undefined || (t.kind === PUNCT && t.s !== "," && !inWord) || (t.kind === WORD && (CONJUNCTIONS.has(t.l) || t.l === "said"))) return undefined;
    // "a fine home", "legal costs": a word of money that is no verb here moves nothing.
    if (t.kind !== WORD || t.pos !== "VERB") continue;
    const noun = moneyVerbNoun(t.l) ?? CLAUSE_VERBS.get(t.l);
    if (noun !== undefined) return noun;
  }
  return undefined;
}

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

/** The money's kind for a fallback label `label` that names a party to it, or undefined to keep the label. */
export function moneyOverParty(toks: readonly Tok[], r: Raw, label: string): string | undefined {
  if (r.currency === undefined || label === "" || !namesParty(toks, r, label)) return undefined;
  return fixedFor(toks, r.s) ?? clauseMoney(toks, r.s);
}
