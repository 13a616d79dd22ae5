import type { Raw } from "#brief/figures/card/figure.ts";
import { type Tok, WORD } from "#brief/figures/language/tokens.ts";

// A currency conversion introduced by words: "1.5bn euros, that's over £1bn", "150 million rupiah, or $14,200"; or
// set off by commas alone after a local sum, "2,000 Egyptian pounds, more than $250, …" (card audit 40: the dollars
// took 'Egyptian pounds' as their label and led the card beside the sum they convert).

/**
 * Rough US dollars a unit, only to tell a conversion from a second amount: rates drift over the years an archive
 * spans (the pound was $2 in 2007, $1.25 in 2020), so an amount passes when it is within CONVERSION_TOLERANCE of
 * what these rates give. A currency missing here is never judged a worded conversion.
 */
const USD_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ["USD", 1], ["GBP", 1.4], ["EUR", 1.15], ["CHF", 1], ["AUD", 0.75], ["NZD", 0.68], ["CAD", 0.78], ["SGD", 0.73],
  ["HKD", 0.128], ["JPY", 0.009], ["CNY", 0.15], ["INR", 0.015], ["IDR", 0.00007], ["KRW", 0.00085], ["RUB", 0.02],
  ["BRL", 0.3], ["ZAR", 0.08], ["SEK", 0.11], ["SAR", 0.27], ["AED", 0.27], ["MXN", 0.06], ["ILS", 0.28],
  ["EGP", 0.13], ["LBP", 0.00066], ["KES", 0.011], ["PKR", 0.0095], ["PHP", 0.022], ["NGN", 0.006],
]);

/** How far an amount may stray from the rough rate and still be read as the same money. */
const CONVERSION_TOLERANCE = 2.5;

/** The words between two amounts that say the second is the first in other money (the comma before is optional). */
const CONVERSION_WORDS = /^,? ?(?:that's|that is|or|equivalent to|the equivalent of|worth)(?: (?:about|around|roughly|some|approximately|nearly|almost|just))?$/;

/**
 * Whether `r` restates the amount `before` in another currency with words between them: "1.5bn euros, that's over
 * £1bn", "150 million rupiah, or $14,200", "…, equivalent to about $2m". Only a different currency at a value the
 * rough rates allow: "$5m, or 10% of revenue" and "up to $1,000, or $2,500 for …" are second figures.
 */
export function wordedConversion(toks: readonly Tok[], before: Raw | undefined, r: Raw): boolean {
  if (before === undefined || before.drop || before.currency === undefined || r.currency === undefined || before.currency === r.currency) return false;
  if (r.s - before.e > 4) return false;
  const words: string[] = [];
  for (let k = before.e; k < r.s; k++) {
    const t = toks[k];
    if (t === undefined || (t.kind !== WORD && t.s !== ",")) return false;
    words.push(t.l);
  }
  // ", more than $250,": an apposition of the amount alone, closed by a comma or the sentence's end.
  const apposed = words.length === 1 && words[0] === "," && /^[,.;)]?$/.test(toks[r.e]?.s ?? "");
  if (!apposed && !CONVERSION_WORDS.test(words.join(" ").replace(/^, /, ","))) return false;
  const a = USD_PER_UNIT.get(before.currency);
  const b = USD_PER_UNIT.get(r.currency);
  if (a === undefined || b === undefined || before.value <= 0 || r.value <= 0) return false;
  const ratio = (before.value * a) / (r.value * b);
  return ratio <= CONVERSION_TOLERANCE && ratio >= 1 / CONVERSION_TOLERANCE;
}
