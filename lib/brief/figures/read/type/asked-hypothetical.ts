import type { Raw } from "#brief/figures/card/figure.ts";
import { POSSESSIVES, QUOTE_MARKS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// 'She asked the minister: "Would you clean someone's car for £3?"', "Could anyone live on £50 a week?": an amount
// inside a yes-no question that opens with a modal and a person asks about a case put, not one the story reports; on a
// card it was junk ('£3 — someone's car', card-audit-33 pattern 13, and sample Y's quoted joke). A question that
// presumes its amount ("Why did you vote for £30billion of cuts?") reports it, and keeps it; so does one asked of a
// group the story names ("Will they get the £2m they were promised?", "Can we afford £3bn for the line?") or of an
// amount it already knows ("Will you ever see the £40,000 back?").

/** Modals that put a case: "Would you …?", "Could anyone …?". */
const MODALS = new Set(["would", "could", "should", "will", "can", "wouldn't", "couldn't", "won't", "can't"]);
/** Who a case is put to: anyone ("we", "they", "people" are a group the story is about, asked of its own amount). */
const ASKED = new Set(["you", "anyone", "anybody", "someone", "somebody", "i"]);
/** Words before an amount the story already knows: "the £40,000", "their £2m". */
const KNOWN = new Set(["the", "this", "that", "these", "those", ...POSSESSIVES]);

const opensClause = (t: Tok | undefined): boolean => t === undefined || (t.kind === PUNCT && (QUOTE_MARKS.has(t.s) || t.s === ":" || t.s === "(" || t.s === "." || t.s === "?" || t.s === "!"));

/** Whether the amount stands in a yes-no question put with a modal: its clause opens "Would you", "?" follows it. */
export function askedHypothetical(toks: readonly Tok[], r: Raw): boolean {
  let q = r.s - 1;
  while (q >= 0 && !opensClause(toks[q])) q--;
  const modal = toks[q + 1];
  const asked = toks[q + 2];
  if (modal?.kind !== WORD || !MODALS.has(modal.l) || asked?.kind !== WORD || !ASKED.has(asked.l)) return false;
  if (isWord(toks[r.s - 1]) && KNOWN.has(toks[r.s - 1]!.l)) return false;
  // The sentence reader ends a sentence at its stop, so the first "?" after the amount closes the question.
  return toks.slice(r.e).some((t) => t.kind === PUNCT && t.s === "?");
}
