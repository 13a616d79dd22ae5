import { CARDINAL_WORDS } from "#news/numbers.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "The band have had eight top three hits", "spawned three top 20 singles", "scored another three top 10 albums",
// "home to three of the top five largest IKEA stores": a count's noun stands after a chart's "top N", which the
// noun-phrase reader ends at, so the count was labelled 'top' (dev-bbc's cards: 'eight — top', 'three — top'). The
// label runs on over the chart's number to the noun it counts: 'top three hits', 'top 20 singles'. The chart's
// number is part of the name of what is counted, no figure of its own.

/** How far past the count's number its "top" may stand: "two US top 10 albums", "three of the top five". */
const REACH = 4;

/** Relabels a count labelled by a chart's "top" alone (or ending on it) by the whole "top N <noun>". */
export function chartTop(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !/(?:^| )top$/i.test(r.label)) return;
  for (let k = r.e; k < toks.length && k - r.e <= REACH; k++) {
    if (toks[k]?.l !== "top") continue;
    const n = toks[k + 1];
    if (n === undefined || !(n.kind === NUM || CARDINAL_WORDS.has(n.l))) return;
    const end = forwardNP(toks, k + 2);
    if (end > k + 2) r.label = `${r.label} ${n.s} ${phrase(toks, k + 2, end)}`;
    return;
  }
}
