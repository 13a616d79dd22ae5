import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// An amount named by the relative clause after it: "short of the 2.5% which the French government had predicted"
// → "French government predicted". The words before it ("short of the") name nothing; who said it does.

/** "(which|that) [the] SUBJECT [had] VERB" right after the amount at e, as "SUBJECT VERB"; else "". */
export function relativeLabel(toks: readonly Tok[], e: number): string {
  const rel = toks[e];
  if (!isWord(rel) || (rel.l !== "which" && rel.l !== "that")) return "";
  const k = pastDeterminers(toks, e + 1);
  const end = forwardNP(toks, k);
  if (end <= k || toks[end - 1]?.pos === "VERB") return "";
  let v = end;
  while (isWord(toks[v]) && AUXILIARIES.has(toks[v]?.l ?? "")) v++;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB" || AUXILIARIES.has(verb.l)) return "";
  return `${phrase(toks, k, Math.min(end, k + 3))} ${verb.l}`;
}
