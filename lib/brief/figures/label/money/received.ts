import { moneyVerbBefore } from "#brief/figures/label/money/money-verb.ts";
import { AIMS, BE_FORMS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Judges Moretti and Clements will each receive $20,000", "they believe they can get £150,000 elsewhere", "Keefe
// pocketed $10": money a receiving verb takes is the sum received. With no noun of its own the amount fell back on the
// nearest noun phrase, the receiver ('$20,000 — Burt Clements', card audit 33's pattern 2: money by its payee), which
// says who gets it, not what it is. The lexicon's MONEY_NOUNS leave "get" out, as it prices as often as it receives
// ("got it for £5"), so these verbs are read only here, right before the amount (or a rate, rate-label.ts).

/** Verbs whose object is money taken in, beyond the lexicon's "receive": "get £50 a week", "pocketed $25,000". */
export const RECEIVING: ReadonlyMap<string, string> = new Map(
  ["get", "gets", "getting", "got", "gotten", "pocket", "pockets", "pocketed", "pocketing", "receive", "receives", "receiving", "received"].map((w) => [w, "sum received"]),
);

/** Participles that receive money after a passive auxiliary: "pensioners will be handed £200", "are given £50". */
const PASSIVE_GIVEN = new Set(["given", "handed"]);

/** Words between a receiving verb and its amount that size the amount up, not name what it is. */
const SIZING = new Set(["between", "just", "only", "each", "also", "an", "extra", "additional"]);

/** Words before "to" that ask for money, beyond AIMS' wanting and trying: "asked to receive £40,000". */
const ASKS = new Set(["hope", "hopes", "ask", "asks", "asked", "asking"]);

/**
 * Whether the receiving verb before `s` is an infinitive hoped or asked for ("had hoped to get £900m", "wants to get
 * £5m"): the money was sought, not received.
 */
function sought(toks: readonly Tok[], s: number): boolean {
  for (let v = s - 1; v >= 0 && s - v <= 3; v--) {
    if (!RECEIVING.has(toks[v]?.l ?? "")) continue;
    const w = isWord(toks[v - 1], "to") ? (toks[v - 2]?.l ?? "") : "";
    return AIMS.has(w) || ASKS.has(w);
  }
  return false;
}

/**
 * "sum received" when a receiving verb (or a passive "be given") takes the amount starting at `s`, ending before `e`;
 * "sum sought" when the verb is hoped or asked for, "discount" for money "off"; undefined otherwise, and when "in"
 * after it says what the money came in ("gets £411 in disability payments", "got $3m in gifts"), which a noun reader
 * names better or the fallback leaves for what it is.
 */
export function receivedMoney(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (isWord(toks[e], "in")) return undefined;
  // "receive between £4,000 and £5,000 less", "get just £50": over a range's "between" and a word that sizes it up.
  while (isWord(toks[s - 1]) && SIZING.has(toks[s - 1]?.l ?? "")) s--;
  const verb = moneyVerbBefore(toks, s, RECEIVING);
  // "get £5 off every purchase": money off a price is a discount, not a sum anyone is handed.
  if (verb !== undefined && isWord(toks[e], "off")) return "discount";
  if (verb !== undefined) return sought(toks, s) ? "sum sought" : verb;
  const v = toks[s - 1];
  // "are given £50": the passive's subject got it (a form of "be", not the perfect "has given £45,000", which the giver
  // did); "given £50 by the council" is given-from.ts' (read before this).
  return isWord(v) && PASSIVE_GIVEN.has(v.l) && BE_FORMS.has(toks[s - 2]?.l ?? "") ? "sum received" : undefined;
}
