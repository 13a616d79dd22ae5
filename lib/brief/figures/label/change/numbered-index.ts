import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { changeVerb } from "#brief/figures/language/change-verb.ts";
import { isCapitalised, isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// "the Pacific Growth 50 has risen by 5% in the past month", "The Nordic Tech 40 has climbed by 6%": an index whose
// name ends in its number of members is the change's subject. The number is rightly an identifier, but the subject
// reader stopped at it, so the percent took its period ('5% — past month') or the name cut at its digits ('6% — Nordic
// Tech'), the change unnamed (card audit 47, sample AO). Read here: a change verb right after capitalised words and
// their digits (auxiliaries between) names a rise or fall in that name, digits and all.

/** How many capitalised words an index's name may hold before its digits: "Dow Jones Transport 20". */
const NAME_REACH = 4;

/** Relabels a percent changed by a verb whose subject is a name ending in digits: "rise in Pacific Growth 50". */
export function numberedIndex(toks: readonly Tok[], r: Raw): void {
  if (!r.percent || r.currency !== undefined || r.label.startsWith("rise in") || r.label.startsWith("fall in")) return;
  const v = changeVerb(toks, r.core);
  const way = v < 0 ? undefined : upDown(toks[v]);
  if (way === undefined) return;
  let k = v - 1;
  while (k > 0 && isWord(toks[k]) && AUXILIARIES.has(toks[k]!.l)) k--;
  const digits = toks[k];
  if (digits?.kind !== NUM || !/^\d{1,4}$/.test(digits.s)) return;
  let first = k;
  while (k - first < NAME_REACH && isWord(toks[first - 1]) && isCapitalised(toks[first - 1]!) && !DETERMINERS.has(toks[first - 1]!.l)) first--;
  if (first === k) return;
  // Joined in place (token-words.ts): the sliced and mapped arrays undid this rule's compiled code in the timed passes.
  const name = tokenWords(toks, first, k + 1);
  const change = way === "up" ? "rise" : "fall";
  // "The Dow Jones Emerging Markets 50 fell 2%": four words and digits with "fall in" pass the card's label limit,
  // which cut the digits ('fall in Dow Jones Emerging Markets'); the change after the name, as "a FTSE 100 fall" is
  // said, keeps the whole name in two fewer words.
  const label = `${change} in ${name}`;
  r.label = label.split(" ").length <= MAX_LABEL_WORDS ? label : `${name} ${change}`;
}
