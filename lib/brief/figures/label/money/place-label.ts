import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { PERIOD_NOUNS, VERBS } from "#brief/figures/language/lexicon.ts";
import { placingParticiple } from "#brief/figures/label/money/placing-participle.ts";
import { governingSubject } from "#brief/figures/label/measures/lonely-label.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "The death toll in Nepal is rising; it has now surpassed more than 5,000", "Output in France is forecast to expand by
// 1.2 per cent", "About 14 million households in the UK, 60%, have digital TV": the nearest noun phrase took the place
// ("Nepal", "France", "UK"), which says where, never what the number counts. When the place sits inside a noun phrase
// whose head is a common noun before "in", that head is what was counted (death toll, output, households). On
// cnndm-dev's and dev-bbc's cards, place-only labels after "in" were mostly this shape. A bare count said "in" a place
// with no noun of its own counts what the sentence named before it (countInPlace).

/** The token of a one-word label nearest the number, or -1. */
function labelToken(toks: readonly Tok[], r: Raw): number {
  let best = -1;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]?.s !== r.label || (k >= r.s && k < r.e)) continue;
    if (best < 0 || Math.abs(k - r.s) < Math.abs(best - r.s)) best = k;
  }
  return best;
}

/**
 * Relabels a figure labelled by a capitalised name said "in" after a common noun ("The death toll in Nepal" → death
 * toll); left as it was when the word before "in" is no common noun ("studying in Scotland", "West Indies in Antigua",
 * "$349 in the US").
 */
export function placeInNoun(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.label.includes(" ") || r.label === "") return;
  // Only a capitalised label can be a place: tested on the label before the sentence's tokens are searched for it.
  if (r.label[0] === r.label[0]!.toLowerCase()) return;
  const k = labelToken(toks, r);
  const place = toks[k];
  if (place === undefined || !isCapitalised(place)) return;
  const p = isWord(toks[k - 1], "the") ? k - 2 : k - 1;
  if (!isWord(toks[p], "in")) return;
  // "the number of pilots based in Madrid": over a participle that places the noun's things (placing-participle.ts).
  const n = placingParticiple(toks[p - 1]) ? p - 1 : p;
  // The noun the place is said of: a common noun, not a name ("West Indies in Antigua"; the tagger calls a sentence's
  // first word a name when it is capitalised: "Output in France").
  const head = toks[n - 1];
  const first = n - 1 === 0;
  if (!isWord(head) || (head.pos !== "NOUN" && !(first && head.pos === "PROPN"))) return;
  // "dropped by 1.2% to 50.50 euros in Amsterdam": the number's own unit is no noun the place is said of.
  if (n - 1 >= r.s && n - 1 < r.e) return;
  // "The fossil - first found in Montana": a participle the tagger calls a noun says where, not what.
  if (VERBS.has(head.l)) return;
  const np = backNP(toks, n);
  if (np === undefined) return;
  const noun = phrase(toks, np[0], np[1]);
  if (noun === "") return;
  // "Shares in Manchester United": the label cut a name of several words short, so the name is no place but what the
  // noun is in; it stays whole after the noun.
  let end = k + 1;
  for (let t = toks[end]; t !== undefined && isCapitalised(t); t = toks[end]) end++;
  // Placed by a participle, the place says which of the noun's things were counted: pilots based in Madrid.
  const label = end > k + 1 || n < p ? `${noun}${n < p ? ` ${toks[n]!.l}` : ""} in ${phrase(toks, k, end)}` : noun;
  r.label = label;
  r.fallback = true;
}

/**
 * Relabels a figure labelled by the place said "in" right after it ("start at $349 in the US", "reaching 100% in the
 * UK") by the subject of the verb that governs the number (prices, broadband penetration); left as
 * it was when the clause names none.
 */
export function placeAfterAmount(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.label.includes(" ") || r.label === "" || !isWord(toks[r.e], "in")) return;
  const k = isWord(toks[r.e + 1], "the") ? r.e + 2 : r.e + 1;
  const place = toks[k];
  if (place === undefined || place.s !== r.label || !isCapitalised(place)) return;
  const subject = governingSubject(toks, r.s);
  // "last month Chancellor George Osborne earmarked up to £2million in the Budget": a subject with a name in it is who
  // acts on the money, not what it is.
  if (subject === "" || subject.split(" ").some((w) => w[0] !== w[0]?.toLowerCase())) return;
  r.label = subject;
  r.fallback = true;
}

// "we have more horses this year -- 80 in France and almost 100 in Britain": a bare count followed only by "in" and a
// place counts something the sentence named before it, never the place; the nearest noun phrase took the place
// ("almost 100 — Britain"). The plural noun said before it is what it counts ("horses"), or the noun of a count before
// it ("26,000 Yanomami … and 15,000 in Venezuela"), else it has no label.

/** How far back a count said "in" a place looks for the plural noun it counts. */
const LOOK_BACK = 15;

/**
 * The label of a bare count said "in" a place: the nearest plural noun or counted noun before it ("horses"), or "" when none; undefined
 * when the count is not followed by "in" and a name (it is left to the nearest noun phrase).
 */
export function countInPlace(toks: readonly Tok[], r: Raw): string | undefined {
  if (r.currency !== undefined || r.percent || !isWord(toks[r.e], "in") || !isWord(toks[r.e + 1]) || !isCapitalised(toks[r.e + 1]!)) return undefined;
  for (let j = r.s - 1; j >= 0 && r.s - j <= LOOK_BACK; j--) {
    const t = toks[j];
    if (isWord(t) && t.pos === "NOUN" && t.l.endsWith("s") && !PERIOD_NOUNS.has(t.l) && !isCapitalised(t)) return t.l;
    // "about 26,000 Yanomami living in Brazil and 15,000 in Venezuela": the noun of the count before, a name too.
    const counted = toks[j + 1];
    if (t?.kind === NUM && isWord(counted) && (counted.pos === "NOUN" || counted.pos === "PROPN")) return counted.s;
  }
  return "";
}
