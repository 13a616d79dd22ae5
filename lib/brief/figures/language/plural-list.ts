import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A list of bare plurals ("men, women and children", "watches, rings and pearls"): a figure said of the list is said of
// all of it, but a noun phrase stops at the list's commas, and the label named one part. The items are bare: an item
// with its own number or article, a mass noun, a name or a clause is no part of such a list.

/** Collective nouns standing in a list of people as a plural does ("friends, family and old patients"), and "men". */
const COLLECTIVES = new Set(["family", "staff", "police", "clergy", "crew", "press", "men"]);

/** A noun an item of the list may end in: a plural or a collective. */
export const manyOf = (w: string): boolean => isPlural(w) || COLLECTIVES.has(w);

/**
 * Whether tokens [from, to) are a bare plural item: one to three lower-case words, a noun or its describing word first
 * (no article, number, pronoun or "either"), a plural or collective noun last.
 */
export function bareItem(toks: readonly Tok[], from: number, to: number): boolean {
  const first = toks[from];
  const head = toks[to - 1];
  if (to <= from || to - from > 3 || !isWord(first) || !(first.pos === "NOUN" || first.pos === "ADJ")) return false;
  if (head === undefined || head.pos !== "NOUN" || !manyOf(head.l)) return false;
  return toks.slice(from, to).every((t) => isWord(t) && !isCapitalised(t));
}

/**
 * Where the list ending in the noun phrase [from, to) starts: "necklaces, bracelets and diamonds" for "diamonds" after
 * "and", over bare plural items a comma parts; `from` when the phrase is no list's last item, or an item before it is
 * not bare (the list's extent is then unknown), or the list is longer than a label holds.
 */
export function listStart(toks: readonly Tok[], from: number, to: number): number {
  // The last item may be a mass noun ("rings and jewellery"): the bare plurals before it say it is a list of things.
  if (!(isWord(toks[from - 1], "and") || isWord(toks[from - 1], "or"))) return from;
  let k = toks[from - 2]?.s === "," ? from - 2 : from - 1;
  for (let items = 0; items < 4; items++) {
    const item = backNP(toks, k, false);
    if (item === undefined || item[1] !== k || !bareItem(toks, item[0], item[1])) return from;
    if (toks[item[0] - 1]?.s !== ",") return listPhrase(toks, item[0], to).split(" ").length > MAX_LABEL_WORDS ? from : item[0];
    k = item[0] - 1;
  }
  return from;
}

/** The words of [from, to) with their commas, as the list is written: "necklaces, bracelets and diamonds". */
export function listPhrase(toks: readonly Tok[], from: number, to: number): string {
  return toks
    .slice(from, to)
    .map((t) => (t.s === "," ? "," : ` ${t.l}`))
    .join("")
    .trim();
}
