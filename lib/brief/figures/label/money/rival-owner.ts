import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Last month, rival Nordvik posted an annual profit of $5.3bn", "Its main competitor, Brennan, made $11.2bn", "a
// profit of £1.1bn at its bigger competitor Dunmore": money a named rival holds is the rival's, in a story about
// another firm. Its label said only what it is ('$5.3bn — annual profit'), so the card gave the story's firm two
// profits (card-audit-46's made-up shape 3). The owner is kept: "rival Nordvik's annual profit".

/** Words that name a rival of the story's subject. */
const RIVALS = new Set(["rival", "rivals", "competitor", "competitors"]);

/**
 * Nouns that may stand between the rival word and its name, saying what kind of rival it is: "rival bidder Hopworth",
 * "rival suitor Tallin", "rival lender Brook" (card-audit-53's made-up shape 2: the rival's own borrowing was read as
 * the subject's, '£610m — borrowing to finance an offer').
 */
const RIVAL_ROLES = new Set(["bidder", "suitor", "buyer", "bank", "lender", "firm", "group", "company", "exchange", "carrier", "airline", "retailer", "chain", "operator", "network", "broadcaster", "club", "party"]);

/** How many tokens may stand between the rival's name and the amount it holds, or the amount and "at" its name. */
const REACH = 8;

/** The capitalised name right after k (past one comma): [from, to), or undefined. */
function nameAfter(toks: readonly Tok[], k: number): [number, number] | undefined {
  const from = toks[k]?.s === "," ? k + 1 : k;
  let to = from;
  while (isWord(toks[to]) && isCapitalised(toks[to]!)) to++;
  return to > from ? [from, to] : undefined;
}

/** The token after a rival word at k and its kind of rival, if one is said ("bidder" of "rival bidder Hopworth"). */
const pastRole = (toks: readonly Tok[], k: number): number => (isWord(toks[k + 1]) && RIVAL_ROLES.has(toks[k + 1]!.s) ? k + 2 : k + 1);

/**
 * "rival Nordvik" for a rival word at k and the name after it; "rival bidder Hopworth" is said "rival Hopworth" too,
 * the kind of rival left out for the label's length (it was cut short: 'rival bidder Hopworth's borrowing to finance').
 */
function rivalName(toks: readonly Tok[], k: number): string | undefined {
  if (!RIVALS.has(toks[k]?.l ?? "")) return undefined;
  const name = nameAfter(toks, pastRole(toks, k));
  if (name === undefined) return undefined;
  const words = toks.slice(name[0], name[1]).map((t) => t.s.replace(/['’]s?$/, ""));
  return `${toks[k]!.l} ${words.join(" ")}`;
}

/** Whether tokens (from, to) hold a clause break or another name: then the rival is not what holds the amount. */
function apart(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t === undefined || t.s === ";" || t.s === "." || isWord(t, "and") || isWord(t, "but") || isWord(t, "while")) return true;
    if (isWord(t) && isCapitalised(t)) return true;
  }
  return false;
}

/**
 * Whether the rival word at k opens its clause, past its article and describing words ("Its main competitor",
 * ", rival Nordvik"): the subject that holds the money. After a verb it is an object ("is to buy rival May Department
 * Stores for $11bn": the buyer's price, not the rival's money).
 */
function opensClause(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (isWord(toks[j]) && (DETERMINERS.has(toks[j]!.l) || toks[j]!.pos === "ADJ") && k - j < 4) j--;
  return j < 0 || toks[j]?.s === "," || toks[j]?.s === ";";
}

/** Prefixes the money label of `r` with the named rival who holds it, when its clause says so. */
export function rivalOwned(toks: readonly Tok[], r: Raw): void {
  if (r.label === "" || r.currency === undefined) return;
  // After: "… £1.1bn at its bigger competitor Dunmore".
  for (let k = r.e; k < toks.length && k - r.e < REACH; k++) {
    if (!isWord(toks[k], "at")) continue;
    let j = k + 1;
    while (j - k < 4 && isWord(toks[j]) && !RIVALS.has(toks[j]!.l) && !isCapitalised(toks[j]!)) j++;
    const rival = rivalName(toks, j);
    if (rival !== undefined && !apart(toks, r.e, k)) r.label = `${rival}'s ${r.label}`;
    return;
  }
  // Before: "rival Nordvik posted …", "Its main competitor, Brennan, made …": the rival names the clause's subject.
  for (let k = r.s - 1; k >= 0 && r.s - k < REACH + 3; k--) {
    if (!RIVALS.has(toks[k]?.l ?? "")) continue;
    const name = nameAfter(toks, pastRole(toks, k));
    if (name === undefined) return;
    const past = toks[name[1]]?.s === "," ? name[1] + 1 : name[1];
    const rival = rivalName(toks, k);
    if (rival !== undefined && opensClause(toks, k) && !apart(toks, past, r.s)) r.label = `${rival}'s ${r.label}`;
    return;
  }
}
