import type { Raw } from "#brief/figures/card/figure.ts";
import { weightChange } from "#brief/figures/label/measures/weight-change.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "She shed 0.6 of a kilo in the sauna before the weigh-in.": a decimal part "of a" unit is a measure in that unit, as
// "0.3 of a litre" is read (the noun after the number, a unit, makes it one). "kilo" and "pound" are no such nouns in
// the lexicon (a pound is money as often), so the number was a count labelled by the word ('0.6 — kilo shed', card-
// audit-49's made-up shape 11). A part in words reads the same ("She shed three-quarters of a kilo", mutation sweep
// 43's K16: it was 'other — kilo'). Only a part below one, "of a" and the singular: "a pound" after "0.4 of" is
// a weight, where "a million pounds" is money; the label is what weight-change.ts reads of the verb, else 'weight'.

/** Singular weight units the lexicon leaves out, and the unit the card shows. */
const UNITS: ReadonlyMap<string, string> = new Map([["kilo", "kg"], ["pound", "lb"]]);

/** Reads "0.N of a kilo/pound" as a weight in kg or lb, labelled by the change the verb before it says. */
export function partOfUnit(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency !== undefined || r.percent || r.unit !== undefined || r.value >= 1) return;
  if (!isWord(toks[r.e], "of") || !isWord(toks[r.e + 1], "a")) return;
  const unit = UNITS.get(toks[r.e + 2]?.l ?? "");
  if (unit === undefined || !isWord(toks[r.e + 2])) return;
  // "Sterling dropped 0.7 of a pound against the euro": a pound "against" a currency is money's rate, no weight.
  if (unit === "lb" && isWord(toks[r.e + 3], "against")) return;
  // A pound is money as often as weight ("The butcher charged 0.9 of a pound for each sausage", "The cost rose by
  // 0.3 of a pound per litre" read lb): only a verb of a body's weight ('lost', 'gained', 'weighed') makes it one.
  const change = weightChange(toks, r, unit);
  if (unit === "lb" && change === "" && !/^weigh/.test(toks[r.s - 1]?.l ?? "")) return;
  r.kind = "measure";
  r.type = "measure";
  r.unit = unit;
  r.label = change || "weight";
}
