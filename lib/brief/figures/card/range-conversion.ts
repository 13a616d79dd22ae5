import type { Raw } from "#brief/figures/card/figure.ts";
import type { Link } from "#brief/figures/card/link.ts";
import { rawLayout } from "#brief/figures/card/layout.ts";
import { readRaw } from "#brief/figures/read/amount/read.ts";
import { closerOf, codeBeforeSign, hedgeAt } from "#brief/figures/language/bracket-conversion.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// "between $40 (£26) and $90": a range read on past its first end's bracketed conversion (bracketed-range.ts) holds
// that conversion inside it, where reading never stopped. It is read here and kept as a single amount's conversion is
// (link.ts): dropped, listed by `--all` under the range's label, and among the range's conversions, so a later "£26"
// is the same money. The second end's bracket ("… and $90 (£58)") follows the range and is linked as any conversion.

/** Adds the conversion inside each range of `raws` to the range, to `raws` (dropped) and to `links`. */
export function rangeConversions(toks: readonly Tok[], raws: Raw[], text: string, links: Link[]): void {
  const read = raws.length;
  for (let n = 0; n < read; n++) {
    const r = raws[n]!;
    // Only a range reads past a bracket, and only past its first end's conversion: any "(" or "[" in it opens that
    // conversion.
    if (r.valueMax === undefined) continue;
    let k = r.core;
    while (k < r.e && closerOf(toks[k]) === undefined) k++;
    if (k >= r.e) continue;
    // "(AUD $40)", "(about £26)": the code or the hedge before the sign is passed, the amount read from the sign (the
    // bracket was read past only if it opens on a sign, a number, such a code or such a hedge: afterConversion).
    const at = k + 1 + (codeBeforeSign(toks, k + 1) ? 1 : hedgeAt(toks, k + 1));
    const { raw } = readRaw(toks, at, text);
    if (raw?.currency === undefined) continue;
    const conversion = rawLayout(raw);
    conversion.drop = true;
    conversion.conversion = true;
    (r.conversions ??= []).push({ value: conversion.value, currency: raw.currency });
    links.push({ from: conversion, to: r, as: "same" });
    raws.push(conversion);
  }
}
