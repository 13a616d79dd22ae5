import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { atSentenceStart, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Peak season flights with easyJet to Montpellier from Gatwick start at £65", "Rooms at Andaz Liverpool Street start
// at £180", "The ferry service between Dartmouth and Kingswear costs £4.70", "AQ Marina Sequin Maxi Dress at ASOS (now
// reduced to $237)": the name nearest the price took the label ('£65 — Gatwick'), which says where or from whom, never
// what is priced. The noun phrase before the names' prepositions is (flights, rooms, ferry service, Marina Sequin Maxi
// Dress). place-label.ts reads a place said "in" after a common noun or after the amount.

/** Prepositions a place or a seller is said after: "from Gatwick", "at Andaz", "between Dartmouth and Kingswear". */
const PREPOSITIONS = new Set(["from", "to", "at", "in", "with", "between", "and", "near", "on"]);

/** Words between the name and the price that say it is one: "start at", "costs", "from", "(now reduced to". */
const PRICING = new Set(["start", "starts", "starting", "cost", "costs", "begin", "begins", "priced", "is", "are", "at", "from", "for", "now", "reduced", "to", "("]);

/** How many words may stand between the name and the price. */
const PRICING_REACH = 4;

/** Whether the token at `k` is a name's: with a capital, and at the sentence's start only before another one ("Rooms at"). */
function nameAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  // "easyJet": a capital inside the word is a name's too.
  if (!isWord(t) || !/\p{Lu}/u.test(t.s)) return false;
  return !atSentenceStart(toks, k) || (toks[k + 1] !== undefined && isCapitalised(toks[k + 1]!));
}

/**
 * Relabels an amount labelled by a name said after a preposition right before it ("from Gatwick start at £65") with
 * the noun phrase before the prepositions' names and the name's own phrase; left as it was when no such phrase stands
 * there, or it is a name and no seller's "at" with a bracketed price says it is the thing sold.
 */
export function nameBeforeAmount(toks: readonly Tok[], r: Raw): void {
  // Only a capitalised label can be a name: tested on the label before the sentence's tokens are read (speed only).
  if (r.drop || r.label === "" || r.label[0] === r.label[0]!.toLowerCase()) return;
  // The name: the capitalised words ending a few pricing words before the amount, and the label.
  let end = r.s;
  while (end > 0 && r.s - end < PRICING_REACH && PRICING.has(toks[end - 1]?.l ?? "")) end--;
  if (!nameAt(toks, end - 1)) return;
  let start = end - 1;
  while (start > 0 && nameAt(toks, start - 1)) start--;
  if (phrase(toks, start, end) !== r.label && toks[end - 1]?.s !== r.label) return;
  // Back over the prepositions and the names said after them ("with easyJet to Montpellier from") to the phrase they
  // are said of; a name there ("Marina Sequin Maxi Dress at ASOS") is that phrase, when no preposition stands before it.
  const preposition = (k: number): boolean => isWord(toks[k]) && PREPOSITIONS.has(toks[k]!.l);
  let p = isWord(toks[start - 1], "the") ? start - 2 : start - 1;
  // Where the label's own prepositional phrase starts ("from Gatwick", "between Dartmouth and Kingswear").
  let own = p;
  while (preposition(p) && nameAt(toks, p - 1)) {
    let k = p - 1;
    while (k > 0 && nameAt(toks, k - 1)) k--;
    const q = isWord(toks[k - 1], "the") ? k - 2 : k - 1;
    if (!preposition(q)) break;
    if (toks[own]?.l === "and" && p === own) own = q;
    p = q;
  }
  const at = toks[p];
  if (!isWord(at) || !preposition(p) || at.l === "and") return;
  // "Dress at ASOS (now reduced to $237)": a seller's bracketed price is the thing's, whatever its capitals.
  const seller = at.l === "at" && toks.slice(end, r.s).some((t) => t.s === "(");
  const np = backNP(toks, p, false);
  if (np === undefined) return;
  const thing = phrase(toks, np[0], np[1]);
  // "Jones at Chelsea": a name is who, not what ("A Chanel bag at Harrods" is a bag).
  if (thing === "" || (!seller && nameAt(toks, np[1] - 1))) return;
  // "rooms at Andaz Liverpool Street", "peak season flights from Gatwick": the thing and where, when both fit the card.
  const where = `${thing} ${phrase(toks, own, end)}`;
  r.label = where.split(" ").length <= MAX_LABEL_WORDS ? where : thing;
}
