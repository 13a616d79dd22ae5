import type { Raw } from "#brief/figures/card/figure.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "The bakery's last eight orders have been in excess of 300": the bare number after the verb is what each of those
// orders came to, not a count of orders; it took the subject's noun ('in excess of 300 — orders', as if there were
// 300 of them: card-audit-49's made-up shape 1). A bare number whose carried noun is the subject "last/past N NOUNs",
// with only the verb between ("have been", "have each drawn", "were"), is labelled as each of those items: 'each of
// the last eight orders'. A number with a noun of its own ("have had more than 30 members") is left alone.

/** Words that pick the most recent (or first) N of a series: "last eight orders", "past six auctions". */
const SERIES = new Set(["last", "past", "previous", "latest", "first"]);

/** Words of the verb between the subject and the number: "have been", "have each drawn", "were all". */
const VERB_TAGS = new Set(["AUX", "VERB", "ADV", "DET"]);

/** Prepositions of a bound the reader leaves out of the qualifier: "have been above 38,000". */
const BOUNDS = new Set(["above", "below", "over", "under", "beyond"]);

/** How many words that verb may run to. */
const VERB_WORDS = 4;

/** How far before the number the series word can stand: a bound, the verb's words, a noun phrase of up to three. */
const SERIES_REACH = 1 + VERB_WORDS + 5;

/** Relabels a bare number after "last N NOUNs VERB" and labelled by that noun as the level of each of those items. */
export function lastItemsLevel(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency !== undefined || r.percent || r.unit !== undefined || r.label === "") return;
  // The series word ("last") stands within SERIES_REACH words before the number: checked before any tag is asked
  // for, as a tag tags the whole sentence (speed only: without it the loops below find nothing).
  if (!toks.slice(Math.max(0, r.s - SERIES_REACH), r.s).some((t) => SERIES.has(t.l))) return;
  let k = r.s;
  if (BOUNDS.has(toks[k - 1]?.l ?? "")) k--;
  const bound = k;
  while (k > 0 && bound - k < VERB_WORDS && isWord(toks[k - 1]) && VERB_TAGS.has(toks[k - 1]!.pos ?? "")) k--;
  if (k === bound) return;
  // The subject before the verb: "last eight orders", its noun the figure's label.
  for (let n = k - 2; n >= 1 && k - n <= 4; n--) {
    const count = toks[n];
    const counted = count !== undefined && (count.kind === NUM || CARDINAL_WORDS.has(count.l));
    if (!counted || !SERIES.has(toks[n - 1]?.l ?? "")) continue;
    if (forwardNP(toks, n + 1) !== k || phrase(toks, n + 1, k) !== r.label) return;
    r.label = `each of the ${phrase(toks, n - 1, k)}`;
    return;
  }
}
