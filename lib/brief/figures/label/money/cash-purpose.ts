import type { Raw } from "#brief/figures/card/figure.ts";
import { purposeLabel } from "#brief/figures/label/money/purpose-label.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "She paid the builder £4,000 in cash to finish the roof.": "in cash" says how the money was handed over, not what
// it was; the purpose after it does, as it does with no "in cash" ('payment to finish the roof'). The card said
// '£4,000 — cash' (card-audit-49's made-up shape 7). Only "in cash" right after the amount with "to" or "for" after
// it: "found £12,000 in cash in the boot" has no purpose, and 'cash' is what was found; "on" is left out, as "a deal:
// $100 in cash on the spot" read 'on the spot' (an idiom of when, no purpose) on the dev cards.

/** The prepositions of a purpose purpose-label.ts reads after "in cash". */
const PURPOSE_WORDS = new Set(["to", "for"]);

/** Relabels money labelled 'cash' from its "in cash" by the purpose after that phrase, when one is read. */
export function cashPurpose(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || r.label !== "cash") return;
  if (!isWord(toks[r.e], "in") || !isWord(toks[r.e + 1], "cash") || !PURPOSE_WORDS.has(toks[r.e + 2]?.l ?? "")) return;
  // The purpose read as if the amount ended after "in cash"; nothing but the label is taken from it.
  const past: Raw = { ...r, e: r.e + 2, label: "" };
  // Only a purpose read through a verb of paying or giving ('payment to …', 'offer to …'): a bare 'to …' or 'for …'
  // has none, and there the cash is what was seized, stolen or found ("Police seized £40,000 in cash to be used as
  // evidence" gave 'to be used', "stole $2 million in cash for the second time" 'for the second time').
  if (purposeLabel(toks, past) && !PURPOSE_WORDS.has(past.label.split(" ")[0] ?? "")) r.label = past.label;
}
