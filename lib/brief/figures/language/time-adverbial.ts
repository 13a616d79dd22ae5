import { CARDINAL_WORDS, ORDINAL_WORDS } from "#news/numbers.ts";
import { DETERMINERS, DURATIONS, TIME_WORDS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "Passenger numbers rose for the second consecutive year to 21 million": the noun phrase right before "to" is a time
// said of the change, not what reached the level; as the subject of a bare count it labelled the count and made it a
// duration in years ('21m — consecutive year', card-audit-20.md, sample N). What rose is the change verb's subject.

/** Prepositions that make a period phrase a time said of a change: "for the second year", "in the past year". */
const TIME_PREPOSITIONS = new Set(["for", "in", "over", "during"]);

/**
 * The change verb before a time phrase np ("rose for the second consecutive year"), whose subject names what reached
 * the level after it, or undefined when np is no period said of a change.
 */
export function changeBeforeTime(toks: readonly Tok[], np: readonly [number, number]): number | undefined {
  // Cheap first: the phrase ends on a period noun.
  if (!DURATIONS.has(toks[np[1] - 1]?.l ?? "")) return undefined;
  let k = np[0];
  // Over "the second" ("the second consecutive year"): the phrase stops at its ordinal.
  while (k > 0 && (DETERMINERS.has(toks[k - 1]?.l ?? "") || ORDINAL_WORDS.has(toks[k - 1]?.l ?? ""))) k--;
  if (!isWord(toks[k - 1]) || !TIME_PREPOSITIONS.has(toks[k - 1]!.l)) return undefined;
  const v = k - 2;
  return upDown(toks[v]) !== undefined && toks[v]?.pos === "VERB" ? v : undefined;
}

// "The death toll this week climbed to 30", "Exports this year rose to 30": a period noun after "this", "last" or
// "each" that closes the subject is a time said of it, not the subject; as the subject of a bare count it made the
// count a duration ('30 — week'). What reached the level is the noun phrase before the time.

/** Determiners that make a period noun a time point or a recurrence said of the noun before it. */
const POINT = new Set(["this", "last", "next", "each", "every"]);

/**
 * Where the subject before a time point np ("The death toll this week") ends: the index of "this", before which the
 * subject's noun phrase is read; undefined when np is no period ("week", "past week") after such a word.
 */
export function timePointEnd(toks: readonly Tok[], np: readonly [number, number]): number | undefined {
  if (!DURATIONS.has(toks[np[1] - 1]?.l ?? "")) return undefined;
  const d = np[0] - 1;
  // (After a verb, "said this week", no noun phrase ends before it and the subject stays as read.)
  return isWord(toks[d]) && POINT.has(toks[d]!.l) ? d : undefined;
}

// "His odds of relapse within five years were eight per cent", "Her chances of a return in three years are 40 per
// cent": a counted time after a window preposition, closing the subject, is the window the subject is said over, not the
// subject; as the subject it labelled the percent by the duration's unit ('eight per cent — years', card audit 31 shape
// 2). What the amount is of is the noun phrase before the window.

/** Prepositions that make "N years" closing a subject the window it is said over. */
const WINDOW_PREPOSITIONS = new Set(["within", "in", "over", "during", "after"]);

/**
 * Where the subject before a counted window np ("odds of relapse within five years") ends: the index of the window's
 * preposition; undefined when np is no duration unit right after a number and such a preposition.
 */
export function windowEnd(toks: readonly Tok[], np: readonly [number, number]): number | undefined {
  const unit = np[1] - 1;
  if (!DURATIONS.has(toks[unit]?.l ?? "")) return undefined;
  const n = toks[unit - 1];
  if (n === undefined || !(n.kind === NUM || CARDINAL_WORDS.has(n.l))) return undefined;
  // Over "the past", "the last", "those" ("during the last three months").
  let p = unit - 2;
  while (p > 0 && (DETERMINERS.has(toks[p]?.l ?? "") || WINDOW_WORDS.has(toks[p]?.l ?? ""))) p--;
  return p > 0 && np[0] > p && isWord(toks[p]) && WINDOW_PREPOSITIONS.has(toks[p]!.l) ? p : undefined;
}

/** Words of a window between its preposition and its count: "in the past three years", "during the last three months". */
const WINDOW_WORDS = new Set(["past", "last", "next", "first", "coming", "previous", "final"]);

// "The highest readings at 3pm today were 12.4 C", "The top temperature at 10am was 14C": a clock time closing the
// subject is when the subject was read, not the subject; its "pm" labelled the temperature ('12.4 C — pm'; card audit
// 56, sample AX's made-up shape 4). What was read is the noun phrase before the time's preposition.

/** Prepositions of a clock time said of the noun before it: "readings at 3pm", "the total by 6pm", "rain after 2pm". */
const CLOCK_PREPOSITIONS = new Set(["at", "by", "after", "before", "until", "since"]);

/**
 * Where the subject before a clock time np ("readings at 3pm") ends: the index of the time's preposition; undefined
 * when np ends on no clock word ("pm", "GMT") after the time's digits and such a preposition.
 */
export function clockEnd(toks: readonly Tok[], np: readonly [number, number]): number | undefined {
  let k = np[1] - 1;
  if (!TIME_WORDS.has(toks[k]?.l ?? "")) return undefined;
  // Back over the time's digits and marks: "3pm", "3.30pm", "10:15 GMT".
  while (k > 0 && (toks[k - 1]?.kind === NUM || toks[k - 1]?.s === ":" || toks[k - 1]?.s === ".")) k--;
  if (k === np[1] - 1) return undefined;
  return isWord(toks[k - 1]) && CLOCK_PREPOSITIONS.has(toks[k - 1]!.l) ? k - 1 : undefined;
}
