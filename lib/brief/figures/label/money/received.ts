import { moneyVerbBefore } from "#brief/figures/label/money/money-verb.ts";
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

/** Participles that receive money after a passive auxiliary: "pensioners will be handed £200", "are given £50 a week". */
const PASSIVE_GIVEN = new Set(["given", "handed"]);

/** A passive's auxiliary: "are given £50" (not the perfect "has given £45,000", which the giver did). */
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Words between a receiving verb and its amount that size the amount up, not name what it is. */
const SIZING = new Set(["between", "just", "only", "each", "also", "an", "extra", "additional"]);

/**
 * "sum received" when a receiving verb (or a passive "be given") takes the amount starting at `s`, ending before `e`;
 * undefined otherwise, and when "in" after it says what the money came in ("gets £411 in disability payments", "got $3m
 * in gifts"), which a noun reader names better or the fallback leaves for what it is.
 */
export function receivedMoney(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (isWord(toks[e], "in")) return undefined;
  // "receive between £4,000 and £5,000 less", "get just £50": over a range's "between" and a word that sizes it up.
  while (isWord(toks[s - 1]) && SIZING.has(toks[s - 1]?.l ?? "")) s--;
  const verb = moneyVerbBefore(toks, s, RECEIVING);
  if (verb !== undefined) return verb;
  const v = toks[s - 1];
  // "are given £50": the passive's subject got it; "given £50 by the council" is given-from.ts' (read before this).
  return isWord(v) && PASSIVE_GIVEN.has(v.l) && BE.has(toks[s - 2]?.l ?? "") ? "sum received" : undefined;
}
