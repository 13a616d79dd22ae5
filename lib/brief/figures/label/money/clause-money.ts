import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { moneyVerbNoun } from "#brief/figures/label/money/money-verb.ts";
import { adjacent, isWord, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// The kind of money a clause's verb, or a noun of money the clause said first, says an amount is, read back from the
// amount over the places and names said between (party-money.ts asks it when the nearest phrase names a party): apart
// because where a clause ends and which verbs move money are one concept, the parties another.

/** Verbs that move money with no noun in the money verb lists. */
const CLAUSE_VERBS: ReadonlyMap<string, string> = new Map([
  ["earmarked", "sum earmarked"], ["earmark", "sum earmarked"], ["earmarks", "sum earmarked"], ["earmarking", "sum earmarked"],
  ["borrows", "borrowing"], ["borrowing", "borrowing"],
  // "The Avengers garnered $1.5 billion": what a film or a show gathers in is its takings.
  ["garnered", "takings"], ["garners", "takings"], ["grossing", "box office takings"], ["grosses", "box office takings"],
]);

/** How far back a clause's money verb may be: "bought Kenwood, then a 22-bedroom home, in Weybridge, Surrey, for". */
const CLAUSE_REACH = 20;

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
export function clauseMoney(toks: readonly Tok[], s: number): { noun: string; at: number } | undefined {
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

/** Nouns of money a sentence may name before a list of parties with their amounts in brackets. */
export const PRICED_NOUNS = new Set([
  "prize", "prizes", "price", "prices", "fee", "fees", "fare", "fares", "salary", "salaries", "wage", "wages", "bonus",
  "cost", "costs", "rent", "rents",
]);

/**
 * "crude prices have rebounded in Asia, rising to $42.30 a barrel": with no verb that moves money, a noun of money said
 * earlier in the clause is what the amount is (prices); undefined at the clause's start.
 */
export function clauseMoneyNoun(toks: readonly Tok[], s: number): string | undefined {
  for (let v = s - 1; v >= 0 && s - v <= CLAUSE_REACH; v--) {
    const t = toks[v];
    if (t === undefined || endsClause(toks, v)) return undefined;
    if (t.kind === WORD && t.pos === "NOUN" && PRICED_NOUNS.has(t.l)) return t.l;
  }
  return undefined;
}
