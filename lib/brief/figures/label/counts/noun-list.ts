import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { DURATIONS, MEASURE_NOUNS, SPEECH_VERBS } from "#brief/figures/language/lexicon.ts";
import { bareItem, manyOf } from "#brief/figures/language/plural-list.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { modelItem } from "#brief/figures/language/model-number.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Hundreds of men, women and children fled", "thousands of scientists, engineers and technicians": the number counts
// the whole list of bare plurals after it, but the noun phrase stopped at the first comma and the label named one part
// ('Hundreds of — men'). An editor writes the list ('men, women and children'). Only bare plurals: an item with its
// own number or article ("seven bedrooms, two bathrooms and a kitchen", "12 fractured vertebrae, broken ribs and a
// broken collarbone"), a mass noun ("10 tornadoes, hail and winds"), a clause ("3,000 robots, gliding") or a name
// ends no list, and a count that is itself an item of a list ("guns, 40 knives, swords and axes") counts its own.

/** Where a bare plural item of a list starting at `k` ends (plural-list.ts), or -1. */
function itemEnd(toks: readonly Tok[], k: number): number {
  let end = forwardNP(toks, k);
  // "thousands of scientists, engineers and technicians decades to build": a span after the list is no item's head.
  if (end - k > 1 && DURATIONS.has(toks[end - 1]!.l)) end--;
  // "A4s, A5s and Q5 models": models in the plural are things as bare plurals are (model-number.ts).
  return bareItem(toks, k, end) || modelItem(toks, k, end) ? end : -1;
}

/**
 * Whether a list's last item ends at `k`: no further "and" item ("divers and helicopter and boat crews"), noun or "of",
 * nor a verb of saying, whose subject the items after the count are ("cut 300 jobs, unions and workers said").
 */
function listEnds(toks: readonly Tok[], k: number): boolean {
  const next = toks[k]?.l ?? "";
  return (toks[k]?.pos !== "NOUN" || DURATIONS.has(next)) && !ITEM_GOES_ON.has(next) && !SPEECH_VERBS.has(next);
}

/** Words after a list's last noun that make it part of a longer item ("and members of the public", "boat crews"). */
const ITEM_GOES_ON = new Set(["and", "or", "of", "'s"]);

/**
 * Runs the count's noun phrase `c` on over a list of bare plurals after it: "men, women and children", to the last
 * item after "and" or "or" (a serial comma allowed). `start` is the figure's first token, so a count inside a list
 * ("swords, 40 knives, axes and guns") is left alone; a list longer than a label holds is too.
 */
export function pastNounList(toks: readonly Tok[], c: Count, start: number, sentenceText: string): void {
  // Cheap first: a comma right after a plural counted noun.
  if (c.np === "" || toks[c.npEnd]?.s !== "," || DURATIONS.has(c.head) || MEASURE_NOUNS.has(c.head)) return;
  // "126,000 A4s, A5s and Q5 models": models in the plural are a plural counted noun too (model-number.ts).
  if (!manyOf(c.head) && !modelItem(toks, c.e, c.npEnd)) return;
  const before = toks[start - 2];
  if (toks[start - 1]?.s === "," && before?.pos === "NOUN" && manyOf(before.l) && toks[start - 3]?.pos !== "DET") return;
  let k = c.npEnd;
  for (let items = 0; items < 3 && toks[k]?.s === ","; items++) {
    const conj = isWord(toks[k + 1], "and") || isWord(toks[k + 1], "or") ? 1 : 0;
    const end = itemEnd(toks, k + 1 + conj);
    if (end < 0) return;
    if (conj === 0 && (isWord(toks[end], "and") || isWord(toks[end], "or"))) {
      const last = itemEnd(toks, end + 1);
      if (last < 0 || !listEnds(toks, last)) return;
      const np = sentenceText.slice(toks[c.e]!.start, toks[last - 1]!.end);
      if (np.split(" ").length > MAX_LABEL_WORDS) return;
      c.np = np;
      c.npEnd = last;
      return;
    }
    // "22 and 31 seconds, and orange flairs are": a comma and "and" after the first item joins clauses, not a list.
    if (conj === 1 && items === 0) return;
    if (conj === 1) {
      // "scientists, engineers, and technicians": the serial comma's last item.
      const np = sentenceText.slice(toks[c.e]!.start, toks[end - 1]!.end);
      if (!listEnds(toks, end) || np.split(" ").length > MAX_LABEL_WORDS) return;
      c.np = np;
      c.npEnd = end;
      return;
    }
    k = end;
  }
}
