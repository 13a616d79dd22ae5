import { DAYPARTS, DETERMINERS, DURATIONS, POSSESSIVES, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "produced ten times as many cytotoxic T-cells", "earned ten times their normal wages": "N times" before "as
// many", "as much" or "the" or an owner's noun phrase is a multiple of what follows, not how often the verb before it
// was done; the label was the verb ('ten — times produced': times-done.ts takes the participle before the number
// first). The multiple is labelled by what it multiplies ('times as many cytotoxic T-cells'). Only where that verb
// was read: a bare multiple ("is three times the size") stays unlabelled, and off the card, as before.

/** How many words the label may hold, "times" and the "of" phrase with it: the card's (candidates.ts). */
const MAX_WORDS = 6;

/**
 * The label of a multiple whose "times" is at `k`: "times as many offspring", "times the legal limit"; "" when no "as
 * many", "as much", "the" or owner follows ("five times as likely", "eight times faster", "three times that week"),
 * nor when what follows is a time ("fined five times the same week", "scored four times the previous season").
 */
export function timesCompared(toks: readonly Tok[], k: number): string {
  const next = toks[k + 1];
  if (!isWord(next)) return "";
  if (next.l === "as") {
    const many = toks[k + 2];
    if (!isWord(many) || !(many.l === "many" || many.l === "much")) return "";
    // From "many": the parse may end a phrase at a noun it opens ("as many offspring"); at most three words after it.
    const end = forwardNP(toks, k + 2);
    return [`times as ${many.l}`, phrase(toks, k + 3, end)].filter((w) => w !== "").join(" ");
  }
  // "the mass", "its budget"; not "that week", "this season" (how often in a time).
  if (!(next.l === "the" || POSSESSIVES.has(next.l))) return "";
  let end = forwardNP(toks, k + 2);
  if (end === k + 2 || isTime(toks[end - 1]!.l)) return "";
  // "the amount of gold": a measure's "of" and its whole, when the card's label holds them.
  if (isWord(toks[end], "of")) {
    const from = end + 1 + (DETERMINERS.has(toks[end + 1]?.l ?? "") ? 1 : 0);
    const whole = forwardNP(toks, from);
    if (whole > from && whole - k <= MAX_WORDS) end = whole;
  }
  return `times ${phrase(toks, k + 1, end)}`;
}

/** A time's noun: how often in it, not a multiple of it ("the same week", "the night before", "his first season"). */
function isTime(head: string): boolean {
  return DURATIONS.has(head) || DAYPARTS.has(head) || WEEKDAYS.has(head) || head === "weekend" || head === "weekends";
}
