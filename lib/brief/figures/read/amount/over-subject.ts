import { CARDINAL_WORDS } from "#news/numbers.ts";
import { DURATIONS, MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "In nine days over $76,000 was raised", "Last year over 500 people died": a time phrase that opens the sentence
// ends on its time noun, and the "over" after it opens the clause's subject, so it hedges the amount ("more than").
// After any other noun ("a race over 1500 metres", "a bench warrant over $18,104.43"), or after a time noun a verb
// governs ("fought for years over $5m"), "over" says what about and is no hedge (read-core.ts qualifierBefore).

/** Words an opening time phrase is made of besides its numbers and time nouns. */
const TIME_PHRASE_WORDS = new Set([
  "in", "within", "during", "over", "after", "since", "for", "by", "across", "throughout", "just", "only", "less", "than",
  "more", "last", "this", "past", "next", "first", "previous", "recent", "few", "couple", "of", "a", "an", "the", "same",
]);

const isTimeNoun = (l: string): boolean => DURATIONS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l) || l === "weekend";

/** Whether the "over" or "under" at `start` follows a time phrase that opens the sentence, so it hedges the amount. */
export function overAfterOpeningTime(toks: readonly Tok[], start: number): boolean {
  const noun = toks[start - 1];
  if (noun?.kind !== WORD || !isTimeNoun(noun.l)) return false;
  for (let i = 0; i < start - 1; i++) {
    const t = toks[i]!;
    if (t.kind === NUM) continue;
    if (t.kind !== WORD || !(TIME_PHRASE_WORDS.has(t.l) || isTimeNoun(t.l) || CARDINAL_WORDS.has(t.l))) return false;
  }
  return true;
}
