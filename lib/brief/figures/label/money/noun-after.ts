import type { Raw } from "#brief/figures/card/figure.ts";
import { MONEY_VERBS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { bracketPrice, difference, sessionPrice } from "#brief/figures/label/money/money-price.ts";
import { bracketHead } from "#brief/figures/label/money/bracket-head.ts";
import { transferFee } from "#brief/figures/label/money/transfer-fee.ts";
import { pluralOwned } from "#brief/figures/label/money/plural-owner.ts";
import { endAtName } from "#brief/figures/label/durations/duration-name.ts";
import { FEWER } from "#brief/figures/label/money/takings.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// What the words right after an amount say it is: a difference, a session's price, a bracketed price or head, a
// transfer fee, the noun it opens ("£28m fee"), or what it is counted in ("$2bn in damages"). A step of
// label-money.ts, kept apart so the chain there reads in one sitting; it runs after the worth step and before a payer's cost.

/** Labels `r` by the words after it (or, for a price in brackets or a session, around it); true when the money step ends here. */
export function nounAfter(toks: readonly Tok[], r: Raw): boolean {
  // "ended the day down at $8.08": where a market's session left the price, not the day.
  // "£1,000 cheaper than last year's list": a difference, not the comparative after it nor what it is compared with.
  // "(Scribe Books, £12.99)": a book's price after its publisher; "a five-year (£20m) deal": the head after the bracket.
  const diff = difference(toks, r.e) ?? sessionPrice(toks, r.s) ?? bracketPrice(toks, r.s, r.e) ?? bracketHead(toks, r.s, r.e);
  if (diff !== undefined) {
    r.label = diff;
    return true;
  }
  const np = forwardNP(toks, r.e);
  const fee = transferFee(toks, r.e, np);
  if (fee !== undefined) {
    r.label = fee;
    return true;
  }
  if (np > r.e) {
    // "the £28m fee United paid Southampton": a name that ends the thing priced, before a verb that moves money, is
    // who paid, no kind of fee ("domestic TV deal" goes on past its name; "£60m man Di Maria came on" is the player).
    const name = MONEY_VERBS.has(toks[np]?.l ?? "") ? endAtName(toks, r.e, np) : np;
    // "a $1.7bn donors' aid package": the package, not its owners.
    const owned = pluralOwned(toks, np);
    r.label = owned === undefined ? phrase(toks, r.e, toks.slice(name, np).every((t) => isCapitalised(t)) ? name : np) : phrase(toks, np + 1, owned);
    return true;
  }
  // "at least £110m in profit", "$2bn in damages": what the money is counted in.
  // ("$300 million in what is billed as the richest bout": "in what" opens a clause, no unit the money is counted in;
  // "has earned $33.2m in fewer cinemas": a comparative of how many opens where it was made, as it does after "took"
  // (takings.ts), and the verb names the money.)
  if (isWord(toks[r.e], "in") && isWord(toks[r.e + 1]) && !isCapitalised(toks[r.e + 1] as Tok) && !WH_WORDS.has(toks[r.e + 1]!.l) && !FEWER.has(toks[r.e + 1]!.l)) {
    const end = forwardNP(toks, r.e + 1);
    if (end > r.e + 1) {
      r.label = phrase(toks, r.e + 1, end);
      return true;
    }
  }
  return false;
}

/** Words that open a clause after a preposition ("in what is billed as …"), naming no thing of their own. */
const WH_WORDS = new Set(["what", "which", "whatever", "whichever", "whom"]);
