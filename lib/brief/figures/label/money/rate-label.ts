import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, RATE_PERIODS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { rateOf, ratePrice } from "#brief/figures/label/money/money-rate.ts";
import { moneyVerbBefore, rateVerb } from "#brief/figures/label/money/money-verb.ts";
import { receivedMoney } from "#brief/figures/label/money/received.ts";
import { extraFor } from "#brief/figures/label/money/extra-for.ts";
import { payerCost } from "#brief/figures/label/money/money-price.ts";
import { rateNounBefore } from "#brief/figures/label/ellipsis/rate-anaphor.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "£102.80 a week", "$15 an hour", "£5 per head", "£100 every year": money said with a period is a rate, and its period
// is what tells it from a total. A step of label-money.ts, kept apart so the chain there reads in one sitting; what
// the rate is of comes from money-rate.ts, money-verb.ts and rate-anaphor.ts, tried in the order below.

/** The end of the period said right after `r` ("a year", "per square meter"), or undefined when none is. */
export function ratePeriodEnd(toks: readonly Tok[], r: Raw): number | undefined {
  const per = toks[r.e];
  // "compared with $1.13bn a year earlier" is a time, not a rate.
  const when = toks[r.e + 2]?.l ?? "";
  const perWhat = isWord(per, "per") && isWord(toks[r.e + 1]) && !DETERMINERS.has(toks[r.e + 1]?.l ?? "");
  if (perWhat || (isWord(per) && (per.l === "a" || per.l === "an" || per.l === "every") && RATE_PERIODS.has(toks[r.e + 1]?.l ?? "") && toks[r.e + 1]?.kind === WORD && when !== "earlier" && when !== "ago" && when !== "before" && when !== "later")) {
    // "per square meter": the period is the noun phrase after "per".
    return perWhat && !RATE_PERIODS.has(toks[r.e + 1]?.l ?? "") ? Math.max(forwardNP(toks, r.e + 1), r.e + 2) : r.e + 2;
  }
  return undefined;
}

/** Labels `r` as a rate ("earnings a year", "price per night") when a period follows it; true when the money step ends here. */
export function rateLabel(toks: readonly Tok[], r: Raw): boolean {
  const periodEnd = ratePeriodEnd(toks, r);
  const per = toks[r.e];
  if (periodEnd !== undefined && per !== undefined) {
    const period = phrase(toks, r.e, periodEnd);
    // "earns £50,000 a year": the period alone says nothing; the verb that moves the money says what it is.
    // "an extra £310 a week – … – for each carer who works nights": what it is extra for (extra-for.ts).
    const extra = extraFor(toks, r.s, periodEnd, period);
    if (extra !== undefined) {
      r.label = extra;
      return true;
    }
    const verb = moneyVerbBefore(toks, r.s);
    let what = verb ?? rateOf(toks, r, periodEnd);
    // "costs taxpayers more than £300,000 a year", "would save £6m a year": the money verb further back, over its
    // object and the amount's hedge, says what the rate is when nothing else does.
    if (what === "") what = rateVerb(toks, r.s) ?? payerCost(toks, r.s) ?? "";
    // "nurses receive £4,000 a year", "carers getting just £50 a week": a sum received, not the receiver (received.ts);
    // after what the period names ("receives £18,000 a year in benefits" → benefits a year).
    if (what === "") what = receivedMoney(toks, r.s, periodEnd) ?? "";
    // "starts at £98 per night", "bookable from £83 per night", "live like Bilbo for just under $300 a night": a price.
    if (what === "") what = ratePrice(toks, r.s);
    // "on an £11,000-a-week salary and is looking to increase that to £43,000 a week": the pay (or price) said before it.
    if (what === "") what = rateNounBefore(toks, r.s);
    // "turns over millions of pounds every year": "every" makes a rate only of an amount the sentence names; alone, the
    // amount is read as any other.
    if (what !== "" || per.l !== "every") {
      r.label = what === "" ? period : `${what} ${period}`;
      return true;
    }
  }
  return false;
}
