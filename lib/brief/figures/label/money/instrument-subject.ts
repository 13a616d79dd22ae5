import type { Raw } from "#brief/figures/card/figure.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Knitting a scarf using merino wool costs £15", "Printing a card at home using recycled paper costs 40p": the
// subject read back from the price ended at the material or the tool said after "using" ('£15 — merino wool'), which
// says how the thing was made, never what the money pays for. The thing made or done before "using" is (scarf, card).

/** How far back from the amount the participle may stand. */
const REACH = 10;

/** Relabels money r labelled by the material after "using" as the thing made before it. */
export function instrumentSubject(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined || r.label === "") return;
  for (let u = r.s - 1; u > 0 && r.s - u <= REACH; u--) {
    const t = toks[u];
    if (t === undefined || t.kind === PUNCT) return;
    if (!isWord(t, "using")) continue;
    // The label is words said between "using" and the amount ("merino wool", "recycled paper" cut to "paper").
    if (!` ${phrase(toks, u + 1, r.s).toLowerCase()} `.includes(` ${r.label.toLowerCase()} `)) return;
    // "A jumper made using merino wool": over the participle of making to the thing made.
    const making = (toks[u - 1]?.pos === "VERB" && toks[u - 1]!.l.endsWith("ed")) || isWord(toks[u - 1], "made");
    const made = backNP(toks, making ? u - 1 : u);
    if (made !== undefined) r.label = phrase(toks, made[0], made[1]);
    return;
  }
}
