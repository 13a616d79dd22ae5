import { OPENING_QUOTES } from "#brief/figures/language/lexicon.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Mats Hummels (Borussia Dortmund) £36m.", "Leek & Potato Soup (v) £4.50.": a line of a list that prices a thing, its
// seller or a note in brackets between. The card labelled the price by the bracket, the nearest noun phrase before the
// amount ('£36m — Borussia Dortmund': the selling club, a payee; the player priced lost; card audit 25, sample S, four
// rows of one transfer list). The line is the thing, the bracket and the price, and nothing else: what the line opens
// with is what is priced.

/** The longest a list line's thing may be, in tokens: "Purple Sprouting Broccoli & Wild Garlic Tart". */
const THING_REACH = 8;

/** The longest a bracket between the thing and its price may be: "(Borussia Dortmund)", "(PSV Eindhoven)". */
const BRACKET_REACH = 6;

/** Joining marks a thing's name may hold: "Leek & Potato Soup". */
const JOINERS = new Set(["&", "-"]);

/** Relabels a price that ends a line "thing (bracket) price" by the thing. */
export function listLinePrice(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || toks[r.s - 1]?.s !== ")") return;
  const after = toks[r.e];
  if (after !== undefined && (after.kind !== PUNCT || after.s === "(" || after.s === ",")) return;
  let open = r.s - 2;
  while (open >= 0 && r.s - open <= BRACKET_REACH + 2 && toks[open]?.s !== "(") open--;
  if (toks[open]?.s !== "(") return;
  let start = 0;
  while (toks[start] !== undefined && toks[start]!.kind === PUNCT && OPENING_QUOTES.has(toks[start]!.s)) start++;
  if (open <= start || open - start > THING_REACH) return;
  // A thing's name, not a clause: words that are no verb, and the marks that join a name's parts.
  for (let k = start; k < open; k++) {
    const t = toks[k]!;
    if (t.kind === PUNCT ? !JOINERS.has(t.s) : t.pos === "VERB" || t.pos === "AUX") return;
  }
  r.label = phrase(toks, start, open);
}

// "Terrine of Duck, Pickled Pear and Toasted Brioche £7.50.", "Ham Hock Terrine, Apple Chutney, Toasted Sourdough
// £6.50.": a menu line with no bracket names its dish first and what comes with it after a comma; the nearest noun
// phrase before the price was the last garnish ('£7.50 — Brioche'). The line is the whole sentence, every word
// capitalised but the small words a dish's name holds, so no clause is read as a menu.

/** The longest a bracketless menu line may be before its price, in tokens. */
const MENU_REACH = 16;

/** Small words a menu line's title case leaves lower-case: "Terrine of Duck", "Lamb with Mint and Peas". */
const MENU_SMALL = new Set(["of", "and", "with", "in", "on", "a", "the"]);

/** Relabels a price that ends a bracketless title-case line "Dish, side and side price" by the dish before the comma. */
export function menuLinePrice(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || r.s > MENU_REACH || toks[r.s - 1]?.s === ")") return;
  const after = toks[r.e];
  if (after !== undefined && (after.kind !== PUNCT || after.s === "(" || after.s === ",")) return;
  let start = 0;
  while (toks[start] !== undefined && toks[start]!.kind === PUNCT && OPENING_QUOTES.has(toks[start]!.s)) start++;
  let comma = -1;
  for (let k = start; k < r.s; k++) {
    const t = toks[k]!;
    if (t.s === ",") {
      if (comma < 0) comma = k;
    } else if (t.s !== "&" && !(isWord(t) && (isCapitalised(t) || MENU_SMALL.has(t.l)))) return;
  }
  // "Terrine of Duck, …": a dish of its own words, a comma after it, and no small word opening it.
  if (comma <= start || !isCapitalised(toks[start]!) || toks[comma + 1] === undefined || !isCapitalised(toks[comma + 1]!)) return;
  // The dish's words as written, not phrase(): that lowercases a line's first word and drops "&" ('pea Mint Soup').
  r.label = toks
    .slice(start, comma)
    .map((t) => t.s)
    .join(" ");
}
