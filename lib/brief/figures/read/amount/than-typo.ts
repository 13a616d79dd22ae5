import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "wages of less that £11,200": "that" right between a comparative of amount and the number is a slip for "than" (no
// clause can open between them), so the amount is bounded as "less than" would bound it; read as written, "less" was
// no qualifier and a dash gloss after the amount named it ('£11,200 — threshold'; card audit 51, sample AS's made-up
// shape 4). Not when a "than" follows: "it matters less that 40 came than that they stayed" is a clause after all.

/** Comparatives of amount that take "than" before a number. */
const COMPARATIVES = new Set(["less", "more", "fewer"]);

/** Verbs before "less that" whose "that" opens a clause: "could not care less that …", "it matters less that …". */
const CLAUSE_TAKERS = /^(?:care[sd]?|caring|mind(?:s|ed)?|matter(?:s|ed)?|worr(?:y|ies|ied))$/;

/** The qualifier "less than" (or "more than", "fewer than") that "less that" before the number at `k` means, or undefined. */
export function thanTypo(toks: readonly Tok[], k: number): { start: number; text: string } | undefined {
  const comparative = toks[k - 2];
  if (!isWord(toks[k - 1], "that") || !isWord(comparative) || !COMPARATIVES.has(comparative.l)) return undefined;
  if (toks.slice(k).some((t) => isWord(t, "than"))) return undefined;
  // "could not care less that 2,000 people lost their jobs", "the more that 5 people know": a clause after all.
  const before = toks[k - 3];
  if (isWord(before) && (CLAUSE_TAKERS.test(before.l) || before.l === "the")) return undefined;
  return { start: k - 2, text: `${comparative.l} than` };
}
