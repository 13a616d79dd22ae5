import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { adjacent, isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// A count's noun phrase cut short at a name that only modifies the noun counted ("28,500 U.S. troops").

/** Lowercase words ending in "s" that are no plural noun after a name: "Yanomami is", "Obama says". */
const NOT_PLURAL = new Set(["is", "was", "has", "does", "says", "this", "thus", "its", "his", "hers", "ours", "yours", "theirs", "as", "us", "plus", "less", "unless", "across"]);

/**
 * "28,500 U.S. troops", "5,000 British 15-year-olds", "Thousands of Syrian and Palestinian refugees", "just 12 La Liga
 * starts": a noun phrase of capitals cut short (by a name's full stops, a number, "and" another name) before a plural
 * noun is that noun's modifier, and the phrase runs on to it; a name alone stays a name ("1600 Pennsylvania Avenue",
 * "10 Downing Street", "about 26,000 Yanomami living in Brazil"). Not for a measure: "5ft 5in Mr Buckley's injuries".
 */
export function pastNameModifier(toks: readonly Tok[], c: Count, sentenceText: string): void {
  if (c.np === "" || !c.np.split(" ").every((w) => /^\p{Lu}/u.test(w))) return;
  for (let k = c.npEnd; k < toks.length && k - c.npEnd < 6; k++) {
    const t = toks[k] as Tok;
    if (isWord(t) && !isCapitalised(t) && t.l !== "and") {
      // "5.6 million U.S. award seats": a noun or adjective may stand between the name and its plural.
      const plural = t.l.length >= 4 && t.l.endsWith("s") && !t.l.endsWith("'s") && !NOT_PLURAL.has(t.l) && t.pos !== "ADV";
      if (!plural && (t.pos === "NOUN" || t.pos === "ADJ")) continue;
      if (!plural) return;
      c.np = sentenceText.slice(toks[c.e]?.start ?? 0, t.end);
      c.npEnd = k + 1;
      c.head = t.l;
      return;
    }
    // Inside the name: its words, the full stops and hyphens glued to them, a number glued on ("S60", "15-year-olds").
    const glued = adjacent(toks[k - 1], t) || adjacent(t, toks[k + 1]);
    if (t.kind !== WORD && !((t.s === "." || t.s === "-" || t.kind === NUM) && glued)) return;
  }
}
