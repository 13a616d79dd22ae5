import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { GENERIC_PEOPLE, PEOPLE } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Our plans have brought a 45% rise in farmers using organic feed": what rose is the number of those doing what the
// participle after them says, not of farmers ('45% — rise in farmers'; card audit 57, sample AY's made-up shape 6). A
// plural noun right before an "-ing" participle the tagger calls a verb takes the participle and its object (or its
// preposition's phrase: "people living in poverty") into the change's label, when it fits a label's words.

/** Whether `w`, the head of what changed, counts many: "farmers", "people", "children". */
const plural = (w: string): boolean => PEOPLE.has(w) || GENERIC_PEOPLE.has(w) || /[^s]s$/.test(w);

/**
 * " using organic feed" when the participle at `k` follows the plural head ending at `k` and the change's `label` with
 * it fits a label; else "".
 */
export function changeDoers(toks: readonly Tok[], k: number, label: string): string {
  const v = toks[k];
  if (!isWord(v) || v.pos !== "VERB" || !v.l.endsWith("ing") || !plural(toks[k - 1]?.l ?? "")) return "";
  // "living in poverty": a preposition after the participle opens its phrase, which names what they do too.
  const preposition = toks[k + 1]?.pos === "ADP" ? 1 : 0;
  const from = pastDeterminers(toks, k + 1 + preposition);
  const end = forwardNP(toks, from);
  if (preposition === 1 && end <= from) return "";
  const object = end > from ? ` ${preposition === 1 ? `${toks[k + 1]!.l} ` : ""}${phrase(toks, from, end)}` : "";
  const doing = ` ${v.l}${object}`;
  return `${label}${doing}`.split(" ").length <= MAX_LABEL_WORDS ? doing : "";
}
