import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { BE_FORMS, CASUALTY_WORDS, DENIALS, FOLD_PEOPLE } from "#brief/figures/language/lexicon.ts";

// "A Maryland father and his seven children were discovered dead … seven of the eight victims were juveniles": the
// label reader folds a toll's verb into a count only when it stands right by it ("seven children died"), so a count
// whose verb sits a few words on keeps its bare noun ('seven — children') and the card held it beside the toll it
// restates. What the count's own clause says was done to it is read here, for same-fact.ts to set beside the deed the
// other figure's label names. Only a deed done to the group (a passive, or a toll's intransitive "died"): "two car
// bombings … that killed a guard" did the killing, and "five inmates did not die" were spared it.

/** A figure with where its display ends in its sentence (a card candidate's `end`). */
export interface EndedFigure {
  figure: KeyFigure;
  sentenceText: string;
  end?: number;
}

/** How many words after a count's number its noun and its clause's verb may take ("nursing students tragically died"). */
const CLAUSE_WORDS = 7;

/** Where a count's clause ends: "Five men sent by the warlord showed up, with orders to kill" kills no one of the five. */
const CLAUSE_END = /[,;:()[\]—–]| - /u;

/** A toll's words that say what befell their subject without a "were": "four died", "all four dead". */
const UNDERGONE = new Set(["died", "dead", "drowned"]);

/**
 * The deed `f`'s clause says was done to what it counts, in the label reader's form ("killed", "died", "charged"), or
 * undefined: the first toll or fold word within CLAUSE_WORDS of its number, said of the group (after a "were", or a
 * toll's own "died"), not denied ("did not die").
 */
export function clauseDeed(f: EndedFigure): string | undefined {
  if (f.end === undefined) return undefined;
  const clause = f.sentenceText.slice(f.end).split(CLAUSE_END)[0] ?? "";
  const words = clause.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let passive = false;
  for (let k = 0; k < words.length && k < CLAUSE_WORDS; k++) {
    const w = words[k]!;
    if (BE_FORMS.has(w)) passive = true;
    const deed = CASUALTY_WORDS.get(w) ?? (FOLD_PEOPLE.has(w) ? w : undefined);
    if (deed === undefined) continue;
    if (DENIALS.has(words[k - 1] ?? "")) return undefined;
    return passive || UNDERGONE.has(deed) ? deed : undefined;
  }
  return undefined;
}
