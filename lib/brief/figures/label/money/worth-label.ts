import type { Raw } from "#brief/figures/card/figure.ts";
import { worthOwner } from "#brief/figures/language/worth.ts";
import { personWorth } from "#brief/figures/label/money/person-worth.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// What an amount is the worth or value of: "the deal is said to be worth billions of dollars" → deal, "in a deal
// valued at $6.75bn" → deal, and a person's worth is their fortune. A step of label-money.ts, kept apart so the chain
// there reads in one sitting; it runs after the rate step and before the nouns said after the amount.

/** Labels `r` by what is worth it or valued at it, `described` being where its article and judging word start; true when the money step ends here. */
export function worthLabel(toks: readonly Tok[], r: Raw, described: number): boolean {
  // "the deal is said to be worth billions of dollars", "the find could be worth billions of pounds": the thing.
  // "in a deal valued at $6.75bn", "the damage is estimated at £5m": what is valued is named as what is worth it, not
  // the buyer said before it.
  const valued = isWord(toks[r.s - 1], "at") && VALUED.has(toks[r.s - 2]?.l ?? "");
  // "Durst, who … is worth up to $100 million", "the hotelier worth £25m": what a person is worth is their fortune.
  const worth = isWord(toks[described - 1], "worth");
  if (worth && personWorth(toks, described - 1)) {
    r.label = "fortune";
    return true;
  }
  const owner = worth ? worthOwner(toks, described - 1) : valued ? worthOwner(toks, r.s - 2) : "";
  if (owner !== "") {
    r.label = worth && countedBefore(toks, described - 1) ? `value of ${owner}` : owner;
    return true;
  }
  return false;
}

/**
 * "owns 300 shops worth £900 million", "seized 40 bags worth £2m": what counted things are worth together is their
 * value; the bare noun ('£900 million — shops', beside '300 — shops') reads as another amount of the same things. The
 * noun phrase right before "worth" at `w` follows a number, in digits or words.
 */
function countedBefore(toks: readonly Tok[], w: number): boolean {
  const np = backNP(toks, w, false);
  if (np === undefined) return false;
  const before = toks[np[0] - 1];
  return before?.kind === NUM || (isWord(before) && CARDINAL_WORDS.has(before.l));
}

/** Participles that put a value on a thing: "valued at", "priced at", "estimated at", "costed at". */
const VALUED = new Set(["valued", "priced", "estimated", "costed"]);
