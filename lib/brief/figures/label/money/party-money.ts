import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, BE_FORMS, CONJUNCTIONS, DETERMINERS, PEOPLE, PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
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
  // "The Avengers garnered $1.5 billion": what a film or a show gathers in is its takings.
  ["garnered", "takings"], ["garners", "takings"], ["grossing", "box office takings"], ["grosses", "box office takings"],
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

/** Whether token v ends the clause read back from an amount: punctuation but a comma, a conjunction, "said". */
function endsClause(toks: readonly Tok[], v: number): boolean {
  const t = toks[v]!;
  // A comma, or a hyphen inside a word ("a 22-bedroom home"), goes on with the clause.
  const inWord = t.s === "-" && adjacent(toks[v - 1], t) && adjacent(t, toks[v + 1]);
  return (t.kind === PUNCT && t.s !== "," && !inWord) || (t.kind === WORD && (CONJUNCTIONS.has(t.l) || t.l === "said"));
}

/**
 * The kind of money the clause's verb says an amount is (purchase price, borrowing, earnings), read back from it over
 * the places and names said between, with where the verb stands; undefined at the clause's start or with no verb that
 * moves money.
 */
function clauseMoney(toks: readonly Tok[], s: number): { noun: string; at: number } | undefined {
  for (let v = s - 1; v >= 0 && s - v <= CLAUSE_REACH; v--) {
    const t = toks[v];
    if (t === undefined || endsClause(toks, v)) return undefined;
    // "a fine home", "legal costs": a word of money that is no verb here moves nothing.
    if (t.kind !== WORD || t.pos !== "VERB") continue;
    // "The champion takes home £1.5m": money taken home is pay or a prize, earned; any other take is left to
    // takings.ts, which tells takings from money taken from someone, a theft or a cut ("took £20 off the price").
    if (moneyVerbNoun(t.l) === "takings") {
      if (isWord(toks[v + 1], "home")) return { noun: "earnings", at: v };
      continue;
    }
    const noun = moneyVerbNoun(t.l) ?? CLAUSE_VERBS.get(t.l);
    if (noun !== undefined) return { noun, at: v };
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
function partySubject(toks: readonly Tok[], label: string, verb: number): boolean {
  if (THING_VERBS.has(toks[verb]!.l) || BE_FORMS.has(toks[verb - 1]?.l ?? "")) return false;
  const words = label.toLowerCase().split(" ");
  const person = words.some((w) => PEOPLE.has(w) || PERSON_NOUNS.has(w) || PARTY_NOUNS.has(w));
  // A capital opening the sentence marks no name, and the tagger takes any such word for one: a name is said by
  // itself ("Kenya borrowed"), a thing with its "of" ("Sales of the book … brought in").
  const named = (i: number): boolean => isCapitalised(toks[i]!) && (i > 0 || !isWord(toks[i + 1], "of"));
  for (let i = verb - 1; i >= 0 && verb - i <= PARTY_REACH; i--) if (toks[i]?.l === words[0]) return person || named(i);
  return false;
}

/** Nouns of money a sentence may name before a list of parties with their amounts in brackets. */
const PRICED_NOUNS = new Set([
  "prize", "prizes", "price", "prices", "fee", "fees", "fare", "fares", "salary", "salaries", "wage", "wages", "bonus",
  "cost", "costs", "rent", "rents",
]);

/**
 * "crude prices have rebounded in Asia, rising to $42.30 a barrel": with no verb that moves money, a noun of money said
 * earlier in the clause is what the amount is (prices); undefined at the clause's start.
 */
function clauseMoneyNoun(toks: readonly Tok[], s: number): string | undefined {
  for (let v = s - 1; v >= 0 && s - v <= CLAUSE_REACH; v--) {
    const t = toks[v];
    if (t === undefined || endsClause(toks, v)) return undefined;
    if (t.kind === WORD && t.pos === "NOUN" && PRICED_NOUNS.has(t.l)) return t.l;
  }
  return undefined;
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

// "Parking charges and fines made councils in England a record £667million": the subject reading takes the first
// object of a verb of gain for the clause's subject ('councils'); that object is who gained the money, its earnings.
/** Verbs whose first object gains the amount after it, with the noun of what was gained. */
const GAIN_VERBS: ReadonlyMap<string, string> = new Map([
  ["made", "earnings"], ["make", "earnings"], ["makes", "earnings"], ["making", "earnings"],
  ["earned", "earnings"], ["earn", "earnings"], ["earns", "earnings"], ["earning", "earnings"],
  ["netted", "earnings"], ["won", "winnings"], ["win", "winnings"], ["wins", "winnings"],
  ["saved", "savings"], ["save", "savings"], ["saves", "savings"], ["saving", "savings"],
]);

/**
 * What a subject label `subject` gained, when it is a gain verb's first object before the amount at `s` ("made
 * councils … £667million" → earnings for councils); undefined for a subject that is no such object.
 */
export function gainedBy(toks: readonly Tok[], s: number, subject: string): string | undefined {
  const first = subject.split(" ")[0]?.toLowerCase();
  for (let i = s - 1; i > 0 && s - i <= PARTY_REACH; i--) {
    if (toks[i]?.l !== first) continue;
    const v = isWord(toks[i - 1]) && DETERMINERS.has(toks[i - 1]!.l) ? i - 2 : i - 1;
    const verb = toks[v];
    const noun = isWord(verb) && verb.pos === "VERB" ? GAIN_VERBS.get(verb.l) : undefined;
    return noun === undefined ? undefined : `${noun} for ${subject}`;
  }
  return undefined;
}
