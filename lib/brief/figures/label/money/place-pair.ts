import type { Raw } from "#brief/figures/card/figure.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Prices start at $349 in the US and £299 in the UK", "a price tag starting at $10,000 in the US and £8,000 in the
// UK": the second price of a pair said by place took the place as its label ('£299 — UK'), which says where, never
// what is priced. It is the same thing as the first, in another place: the first's label, with its place ("prices in
// the UK"). Only when the first was said in a place too, with a label that is no place, and nothing but "and", a
// comma or a semicolon stands between them. A shop or a venue said "at" is a place too: "A haircut costs £12 at Barber
// Bros and £30 at Style Studio" → haircut at Style Studio, not 'Style Studio'.

/** Prepositions that say where a price of a pair is paid: in a country or town, at a shop or a venue. */
const PLACE_PREPOSITIONS = new Set(["in", "at"]);

/** Words that may join the two amounts of a pair: "$349 in the US and £299 in the UK", "…, £299 in the UK". */
const JOINS = new Set(["and", ",", ";"]);

/** The place said after an amount ending at e, past its conversion: [first word, end] of "(the) US", or undefined. */
function placeAfter(toks: readonly Tok[], e: number): [number, number] | undefined {
  const at = afterConversion(toks, e);
  if (!isWord(toks[at]) || !PLACE_PREPOSITIONS.has(toks[at]!.l)) return undefined;
  const from = isWord(toks[at + 1], "the") ? at + 2 : at + 1;
  let to = from;
  while (to < from + 3 && isWord(toks[to]) && isCapitalised(toks[to]!)) to++;
  return to > from ? [from, to] : undefined;
}

/** "prices in the UK" for the second of a pair of prices said by place, else undefined. */
export function placePair(toks: readonly Tok[], r: Raw, first: Raw | undefined): string | undefined {
  if (r.currency === undefined || first?.currency === undefined) return undefined;
  const place = placeAfter(toks, r.e);
  const before = placeAfter(toks, first.e);
  if (place === undefined || before === undefined || r.label !== phrase(toks, place[0], place[1])) return undefined;
  if (first.label === "" || first.label === phrase(toks, before[0], before[1])) return undefined;
  // Nothing but "and", a comma or a semicolon between the first's place and this amount.
  if (before[1] >= r.s || toks.slice(before[1], r.s).some((t) => !JOINS.has(t.l))) return undefined;
  const the = isWord(toks[place[0] - 1], "the") ? 1 : 0;
  return `${first.label} ${toks[place[0] - 1 - the]!.l} ${phrase(toks, place[0] - the, place[1])}`;
}
