import type { Raw } from "#brief/figures/card/figure.ts";
import { timesCompared } from "#brief/figures/label/counts/times-compared.ts";
import { timesLikely } from "#brief/figures/label/counts/times-likely.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "N times" that multiplies what the words after it name, where times-compared.ts is not asked: after a verb of losing
// folded into the label ("shed about 70 times the mass of the sun" was 'times shed'), after no verb the labeller
// reads ("is 70 times the mass of Jupiter", left off the card), or before "more" and what there is more of ("received
// 14 times more in union donations" was 'times received': times-done.ts asks timesMore after a past). The multiple is
// labelled by what it multiplies. With no verb, only a whole named by "of" says what ("times the mass of Jupiter");
// "is three times the size" names nothing and stays off the card, and so does "14 times more" with no noun after it.
// "Ten-fold" is no "times": its subject already labels it ("Sales rose ten-fold" → sales), and with none there is
// nothing to name it.

/**
 * How the card weighs a multiple no verb tells (Raw.factor): a comparison said in passing ("Wrexham's like 10 times the
 * size of town") is colour more often than news, and at full weight it took the place of the cocaine's value.
 */
const BARE = 0.3;

/** Comparatives after "times" that say there is more or less of what follows. */
const MORE = new Set(["more", "less", "fewer"]);

/**
 * "times more in union donations", "times more money": the comparative and the noun there is more of, else "" (also
 * where an adjective follows: "times more likely" compares how, not what).
 */
export function timesMore(toks: readonly Tok[], k: number): string {
  const more = toks[k + 1];
  if (!isWord(more) || !MORE.has(more.l)) return "";
  const prep = toks[k + 2];
  // "times more of the prize money": past the preposition's article, which would end the noun phrase before it began.
  const after = isWord(prep) && (prep.l === "in" || prep.l === "of") ? k + 3 : k + 2;
  const from = after > k + 2 && DETERMINERS.has(toks[after]?.l ?? "") ? after + 1 : after;
  const end = forwardNP(toks, from);
  const head = toks[end - 1]?.pos;
  return end > from && (head === "NOUN" || head === "PROPN") ? `times ${phrase(toks, k + 1, end)}` : "";
}

/**
 * Where "times" stands among the two tokens from `e` (a count's end: "70 times", "23 thousand times"), else e + 2; the
 * multiple's and the frequency's readers (times-done.ts) both start there.
 */
export function timesAfter(toks: readonly Tok[], e: number): number {
  let k = e;
  while (k < e + 2 && !isWord(toks[k], "times")) k++;
  return k;
}

/**
 * The label of the multiple r when "times" follows it and what comes after names what is multiplied, else "". `folded`:
 * a verb before it was read as the count's own ("shed", "lost"), so any comparison after "times" wins over it.
 */
export function timesMultiple(toks: readonly Tok[], r: Raw, folded: boolean): string {
  const k = timesAfter(toks, r.e);
  if (!isWord(toks[k], "times")) return "";
  // "2.3 times more likely to be turned down": how much likelier the doing is, said by the finding (times-likely.ts).
  const likely = timesLikely(toks, k);
  if (likely !== "") return likely;
  if (folded) return timesMore(toks, k) || timesCompared(toks, k);
  // With no verb read, only "the X of Y" says what is multiplied: "is three times the size", "ten times as many
  // people" and "12 times more people" stay off the card, as a bare multiple was.
  const compared = timesCompared(toks, k);
  if (!compared.includes(" of ")) return "";
  r.factor *= BARE;
  return compared;
}
