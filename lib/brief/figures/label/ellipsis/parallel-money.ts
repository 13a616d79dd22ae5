import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { CUR, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// '… can expect compensation of around £20,000, while American parents could expect £1.5 million' (card-audit-14.md,
// sample H): the second half of a parallel pair says its verb again but not its noun, so the amount after the repeated
// verb took the clause's subject ('£1.5 million — American parents'). The noun the first half put before "of" and its
// amount is what the second amount is too; who gets it stays in the label.

/** Hedges between a verb and its amount: "could expect around £1.5m". */
const HEDGES = new Set(["around", "about", "some", "nearly", "almost", "roughly", "only", "just", "up", "to", "over", "more", "than", "as", "much", "less"]);

/** The noun the same verb took earlier in the sentence before "of" and an amount ("expect compensation of £20,000"). */
function parallelNoun(toks: readonly Tok[], verb: Tok, before: number): string {
  for (let k = before - 1; k >= 0; k--) {
    if (!isWord(toks[k], verb.l)) continue;
    const from = pastDeterminers(toks, k + 1);
    const end = forwardNP(toks, from);
    if (end <= from || !isWord(toks[end], "of")) continue;
    const amount = toks.slice(end + 1, end + 4).some((t) => t.kind === CUR || t.kind === NUM);
    if (amount) return phrase(toks, from, end);
  }
  return "";
}

/** Relabels an amount after a verb its sentence said before with a noun "of" an amount: that noun, for whom it was. */
export function parallelMoney(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined || r.drop) return;
  let v = r.s - 1;
  while (v > 0 && isWord(toks[v]) && HEDGES.has(toks[v]!.l)) v--;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB") return;
  const noun = parallelNoun(toks, verb, v);
  if (noun === "" || noun === r.label) return;
  // Who gets it is the label the amount had, else the subject of its half ("American parents").
  const whom = r.label === "" ? subjectBefore(toks, v) : r.label;
  r.label = whom === "" ? noun : `${noun} for ${whom}`;
}
