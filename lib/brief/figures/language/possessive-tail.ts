import { CARDINAL_WORDS } from "#news/numbers.ts";
import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, pluralOwnerApostrophe, type Tok } from "#brief/figures/language/tokens.ts";

// A label cut at an owner's possessive ("56% Kane's pass completion rate was the worst" read '— Kane's', "financed
// with billions of pounds of taxpayers' cash" '— taxpayers', "70.8-City's pass completion rate" '— city's'): the
// noun phrases stop at the possessive, so the label named the owner, not what the owner has, which the sentence
// says right after it (the 38th sweep's 'label cut at a possessive'). An owner with nothing after it keeps its label:
// "seven of Pacquiao's." elides the noun, and "Labour's 35 per cent" says the owner before the figure.

/** How far after the figure the owner may stand: "£46million to make Falcao's transfer permanent". */
const OWNER_REACH = 6;

/** Runs a label that ends in an owner's possessive on to what the owner has, said right after it. */
export function possessiveTail(toks: readonly Tok[], r: Raw): void {
  const words = r.label.split(" ");
  const last = (words[words.length - 1] ?? "").toLowerCase();
  // "in six years' time": a duration's unit is no owner (the window is duration-position.ts's).
  if (last === "" || r.label === r.unit) return;
  // From the figure's last token: "70.8-City's pass completion rate" reads the owner into the figure's compound.
  for (let k = r.e - 1; k < toks.length && k - r.e < OWNER_REACH; k++) {
    const t = toks[k]!;
    if (!isWord(t) || t.l !== last) continue;
    // "Kane's pass", "taxpayers' cash": the possessive glued, or a plural's apostrophe on its own.
    const glued = /['’]s$/.test(t.s);
    const apart = !glued && pluralOwnerApostrophe(toks, k + 1);
    if (!glued && !apart) return;
    // "the three midfielders' decline in form", "200 officers' raid": a count's own noun owns what follows, and the
    // number counts the owners; only a part "of" an owner's whole counts what is owned ("three of Bates' supervisors").
    if (!r.percent && r.currency === undefined && !toks.slice(r.e - 1, k).some((x) => isWord(x, "of"))) return;
    const from = apart ? k + 2 : k + 1;
    const end = forwardNP(toks, from);
    // "after 55 minutes of England's 1-1 draw", "to Obama's two White House campaigns": a noun counted by a number
    // of its own is no thing of the figure's.
    const own = toks.slice(from, end);
    if (end <= from || own.some((x) => x.kind === NUM || CARDINAL_WORDS.has(x.l))) return;
    const owner = apart ? `${r.label}'` : r.label;
    // Whole or not at all: "15% of Yukos' former key oil production unit" cut short names less than 'Yukos'.
    const owned = phrase(toks, from, end);
    if (words.length + owned.split(" ").length <= MAX_LABEL_WORDS) r.label = `${owner} ${owned}`;
    return;
  }
}
