import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a 6.5% rise in orders outside Asia", "Sales rose 4% outside Europe", "a 3% fall in sales excluding fuel": a
// change's scope said after what changed narrows it, and the label without it contradicted the overall change on the
// same card ('6.5% — rise in orders' beside '£18.2bn — sales (up 2.4%)'; card audit 43, sample AK's made-up shape).

/** Prepositions that narrow a change to part of what changed. */
const SCOPES = new Set(["outside", "excluding", "beyond", "except", "ex"]);

/** " outside Asia" when a scope's preposition at `k` takes a name or a noun phrase, else "". */
export function changeScope(toks: readonly Tok[], k: number, label: string): string {
  const p = toks[k];
  if (!isWord(p) || !SCOPES.has(p.l)) return "";
  const from = isWord(toks[k + 1], "the") ? k + 2 : k + 1;
  let end = forwardNP(toks, from);
  // A place's name the noun phrase reader may leave ("outside Asia" before a comma).
  if (end === from && isWord(toks[from]) && isCapitalised(toks[from]!)) end = from + 1;
  if (end <= from) return "";
  // Without its article, as a headline says it: 'rise in exports outside European Union' fits the label's six words
  // where 'outside the European Union' left the scope out (sample AK, once informed).
  const scope = ` ${phrase(toks, k, k + 1)} ${phrase(toks, from, end)}`;
  return `${label}${scope}`.split(" ").length <= MAX_LABEL_WORDS ? scope : "";
}
