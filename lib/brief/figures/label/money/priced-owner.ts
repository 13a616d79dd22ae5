import type { Raw } from "#brief/figures/card/figure.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The €899 ($1,010) scooter's companion app tracks every ride.": a price between a determiner and a possessive noun
// prices that noun, the owner; what the owner has and the verb after it were read as the label ("€899 — scooter's
// companion app tracks", card-audit-49's made-up shape 8). The label is the thing priced, 'scooter', as "a €899
// scooter" is read. Only a common noun's glued "'s" within a few words of the price (or of its bracketed
// conversion), the price after a determiner: a name's possessive ("the £5m Chelsea's …") or a price not before a
// noun is left alone.

/** How many words the priced noun phrase may run to, its possessive head included: "smart electric scooter's". */
const OWNER_WORDS = 3;

/** Relabels a price said before a possessive noun ("The €899 scooter's app") by that noun, the thing priced. */
export function pricedOwner(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || !DETERMINERS.has(toks[r.s - 1]?.l ?? "")) return;
  const k = afterConversion(toks, r.e);
  for (let j = k; j < k + OWNER_WORDS; j++) {
    const t = toks[j];
    // A name is tagged PROPN and stops here ("The €899 Vespa's app"); a capital alone does not ("The £300 French
    // oven's timer broke" prices the oven: mutation sweep 43's K23, it read "French oven's timer").
    if (!isWord(t) || (t.pos !== "NOUN" && t.pos !== "ADJ")) return;
    if (!/['’]s$/.test(t.s)) continue;
    r.label = `${phrase(toks, k, j)} ${t.s.slice(0, -2)}`.trim();
    return;
  }
}
