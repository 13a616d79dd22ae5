import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { ARTICLES, HAVE_FORMS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The last 12 months have seen a dramatic growth in almost every security threat", "the last four years have seen the
// worst conditions": a window that is its clause's subject and "has seen" something is a time of that thing ('12 —
// months of dramatic growth'). duration-window.ts names a window after its preposition by its clause; one with none
// was left to its unit ('12 — months').

/** Forms of "see" after a window subject: "have seen", "saw". */
const SEEN = new Set(["seen", "saw"]);

/**
 * The label of a window with no preposition whose unit ends at `npEnd` ("The last 12 months | have seen a dramatic
 * growth"): the unit "of" what the window has seen, its article left out; "" when no "see" follows the unit or its
 * object is no noun phrase that fits the card.
 */
export function windowSeen(toks: readonly Tok[], unit: string, npEnd: number): string {
  const aux = HAVE_FORMS.has(toks[npEnd]?.l ?? "") ? 1 : 0;
  if (!isWord(toks[npEnd + aux]) || !SEEN.has(toks[npEnd + aux]!.l) || (aux === 0 && toks[npEnd]!.l !== "saw")) return "";
  const from = npEnd + aux + 1;
  const start = ARTICLES.has(toks[from]?.l ?? "") ? from + 1 : pastDeterminers(toks, from);
  const end = forwardNP(toks, start);
  if (end <= start || end - start + 2 > MAX_LABEL_WORDS) return "";
  return `${unit} of ${phrase(toks, start, end)}`;
}
