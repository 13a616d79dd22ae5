import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The Lantern Makers by Ruth Pellow (Marsh & Tolley £14.99).": a review's credit in brackets names who publishes or
// sells the thing reviewed and its price. The nearest noun phrase before the amount is the credit's last name, so the
// price read '£14.99 — Tolley' (card audit 57, AY's made-up shape 3): a name is who sells it, never what the money is.
// The bracket holds the name's capitalised words (joined by "&", "and" or a comma) and the amount, which closes it.

/** The longest a credit's name may be, in tokens: "Hodder & Stoughton", "Faber and Faber, ". */
const CREDIT_REACH = 6;

/** Marks and words that join a credit's names, or set its price apart: "Marsh & Tolley", "Faber and Faber, £9.99". */
const JOINERS = new Set(["&", "and", ","]);

/** Whether every word of `label` is one of the credit's tokens between `open` and `s`. */
function labelInCredit(toks: readonly Tok[], open: number, s: number, label: string): boolean {
  for (const word of label.split(" ")) {
    let found = false;
    for (let k = open + 1; k < s && !found; k++) found = toks[k]!.s === word;
    if (!found) return false;
  }
  return true;
}

/** Relabels a price that closes a bracketed credit "(Name & Name £N)", labelled by the name, as a price. */
export function creditPrice(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || r.label === "" || toks[r.e]?.s !== ")") return;
  let open = r.s - 1;
  let names = 0;
  for (; open >= 0 && r.s - open <= CREDIT_REACH && toks[open]?.s !== "("; open--) {
    const t = toks[open]!;
    if (JOINERS.has(t.l)) continue;
    if (!isWord(t) || !isCapitalised(t)) return;
    names++;
  }
  if (toks[open]?.s !== "(" || names === 0 || !labelInCredit(toks, open, r.s, r.label)) return;
  r.label = "price";
}
