// The last labels a figure may take when nothing named it: a part of the amount before, a fact-box heading, else the
// nearest noun phrase (ranked lower), else what the clause before says of an elided object; a small bare number with
// none is dropped. Split from sentence.ts's first pass.
import type { Raw } from "#brief/figures/card/figure.ts";
import { nearestNP } from "#brief/figures/language/nearest.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { boxHeading } from "#brief/figures/label/counts/box-heading.ts";
import { apposedNoun } from "#brief/figures/label/counts/apposed-noun.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";
import { elidedLabel } from "#brief/figures/label/ellipsis/elided-amount.ts";
import { elidedObject } from "#brief/figures/label/ellipsis/elided-object.ts";
import { countInPlace } from "#brief/figures/label/money/place-label.ts";

/** Names a figure left without a label; `amountOf` is the last labelled amount of its kind, which a part may take. */
export function fallbackLabel(toks: readonly Tok[], r: Raw, amountOf: Raw | undefined): void {
  // A key number never disappears for want of a label: it takes the nearest noun phrase and ranks lower.
  // A small bare number with nothing to name it ("before 21", "by two") is an age or a date far more often.
  const amount =
    r.currency !== undefined || r.percent || r.qualifier !== undefined || r.previous !== undefined || (r.valueMax !== undefined && r.glued !== undefined) || r.value >= 100;
  // "(£15m up front)" after "the £28m fee", "3.8 per cent for people aged 25 to 34" after a pay rise: a part or a group
  // of the amount before (elided-amount.ts), not the payee or the group the nearest noun phrase would name.
  if (r.label === "" && (r.currency !== undefined || r.percent)) r.label = elidedLabel(toks, r, amountOf);
  // "Price: £4million.", "Cost: £12million.": a fact-box line the cleaner kept in the story (its amount opens on a
  // currency sign) is named by its heading, as unnamed-count.ts names a count's; not taken as the nearest noun phrase.
  // A heading that names no thing ("Total: £2,480.") is left to the fallback, as a total's label says nothing.
  if (r.label === "" && (r.currency !== undefined || r.percent)) r.label = boxHeading(toks, r).replace(/^(?:total|sum|amount|figure|tally)$/, "");
  // "recording 51.115km, a mark which stood": an apposition says what the number is (apposed-noun.ts).
  if (r.label === "") r.label = apposedNoun(toks, r);
  // A one-letter label ("m" of a split "$100 m") names nothing.
  if (r.label.length === 1) r.label = "";
  if (r.label === "" && !amount) r.drop = true;
  else if (r.label === "") {
    // "almost 100 in Britain": a count said in a place counts the noun before it, never the place (place-label.ts).
    r.label = r.context ?? countInPlace(toks, r) ?? nearestNP(toks, r.s, r.currency === undefined ? r.e : afterConversion(toks, r.e));
    r.fallback = true;
    // "but only 38 per cent had got any": the clause before says what its elided object is (elided-object.ts).
    if (r.label === "") r.label = elidedObject(toks, r);
    if (r.label === "") r.drop = true;
  }
}
