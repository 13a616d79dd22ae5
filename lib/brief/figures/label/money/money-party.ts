import { BE_FORMS, DETERMINERS, PEOPLE, PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Whether the nearest-phrase fallback's label for money names a party to it, not what it is: a place, a body or a
// shop said "at", "in", "with", "from" or "on" near the amount, or the payer, earner or borrower before the clause's
// money verb (party-money.ts then labels the money by that verb).

/** Prepositions that put a party to money after them: where it was paid, or with whom, never what it is. */
const PARTY_PREPOSITIONS = new Set(["at", "in", "with", "from", "on"]);

/** How far from the amount the party may stand ("in the Erie County jail with his bail set at"). */
export const PARTY_REACH = 12;

/** Whether the fallback's label names a party: a capitalised phrase near the amount said after a party's preposition. */
export function namesParty(toks: readonly Tok[], r: Raw, label: string): boolean {
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

// "Kenya borrowed $2bn", "The champion takes home £1.5m": the subject of a verb that moves money is its payer, earner
// or borrower; only the subject of a verb of price is the thing the money is ("A haircut costs £12", "the fossil is
// expected to fetch $1.8m", "shares lost 40p").
const THING_VERBS = new Set([
  "cost", "costs", "costing", "fetch", "fetches", "fetched", "fetching", "sell", "sells", "sold", "selling", "priced",
  "lose", "loses", "lost", "losing", "make", "makes", "made", "making", "generated", "raise", "raises", "raised", "raising",
]);

/** Common nouns of a party that pays, earns or borrows, beside the lexicon's people: "The champion takes home £1.5m". */
const PARTY_NOUNS = new Set(["champion", "winner", "family", "club", "firm", "company", "council", "councils", "government"]);

/**
 * Whether the fallback's label is a party said before the clause's money verb at `verb`, as its subject: a name
 * ("Kenya", "The Avengers") or a person ("a family of four"); not a thing ("Sales of the book … brought in"), nor the
 * subject of a passive ("The total amount to be repaid"), which is the money itself.
 */
export function partySubject(toks: readonly Tok[], label: string, verb: number): boolean {
  if (THING_VERBS.has(toks[verb]!.l) || BE_FORMS.has(toks[verb - 1]?.l ?? "")) return false;
  const words = label.toLowerCase().split(" ");
  const person = words.some((w) => PEOPLE.has(w) || PERSON_NOUNS.has(w) || PARTY_NOUNS.has(w));
  // A capital opening the sentence marks no name, and the tagger takes any such word for one: a name is said by
  // itself ("Kenya borrowed"), a thing with its "of" ("Sales of the book … brought in").
  const named = (i: number): boolean => isCapitalised(toks[i]!) && (i > 0 || !isWord(toks[i + 1], "of"));
  for (let i = verb - 1; i >= 0 && verb - i <= PARTY_REACH; i--) if (toks[i]?.l === words[0]) return person || named(i);
  return false;
}
