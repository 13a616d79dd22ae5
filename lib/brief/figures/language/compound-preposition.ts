// "He missed five months due to calf issues", "a 3% fall in profits due to waning demand", "a third straight title
// thanks to a 3-0 win", "spends almost three hours in front of the TV": a compound preposition's first words end a
// label read forwards ('five — months due', 'third — straight Bundesliga title thanks', 'hours in front'). They open
// the phrase after them, which the label does not hold, so the label ends before them. "payments due in 2005" and
// "handsets due out soon" have no compound there, and keep "due".

import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/** Compound prepositions, by their words a label may end on and the word that completes them in the sentence. */
const COMPOUNDS: readonly (readonly [string, string])[] = [["due", "to"], ["thanks", "to"], ["owing", "to"], ["in front", "of"]];

/**
 * `label` without the first words of a compound preposition it ends on, when the sentence `text` goes on with the word
 * that completes it ("months due" and "due to" → months); `label` itself otherwise, or when nothing would be left.
 */
export function pastCompoundPreposition(label: string, text: string): string {
  // Run for every figure: the sentence is lowercased only for a label that ends on such words, which few do.
  const ending = label.toLowerCase();
  for (const [words, next] of COMPOUNDS) {
    if (!ending.endsWith(` ${words}`) || !text.toLowerCase().includes(` ${words} ${next} `)) continue;
    return label.slice(0, -words.length - 1);
  }
  return label;
}

/**
 * Whether the word at `k` opens a compound preposition ("due to", "owing to", "thanks to"), so that a noun phrase read
 * forwards ends before it: "missed five months due to calf issues" reads the time as "months", which a verb taking a
 * time as object then names (months missed); the label's mend above came too late for that, the duration having been
 * read as 'months due', no unit alone (the thirty-fifth round's labels48 left it).
 */
export function opensCompoundPreposition(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || !isWord(toks[k + 1])) return false;
  const next = toks[k + 1]!.l;
  return COMPOUNDS.some(([words, after]) => words === t.l && after === next);
}
