import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "since a freak scooter accident two years ago", "The little boy's disappearance, more than three decades ago": a time
// point right after a noun of an event dates that event, and its label was the unit and "ago" ('two — years ago', a
// time-point label the strict rule fails, card audits 37 and 38; dated-event.ts reads only a verb's past). The
// event's noun phrase names it: years since freak scooter accident, decades since boy's disappearance. Only nouns that
// name an event: a thing or a place before a time point ("on the same pitch 17 years ago", "That was Miami 35 years
// ago") says where or what, not what happened.

/** Nouns of an event a time point may date. */
const EVENT_NOUNS = new Set([
  "accident", "crash", "attack", "injury", "win", "defeat", "victory", "departure", "arrival", "death", "birth",
  "wedding", "settlement", "election", "debut", "launch", "merger", "takeover", "collapse", "disappearance", "murder",
  "shooting", "bombing", "explosion", "earthquake", "surgery", "transplant", "divorce", "retirement", "arrest",
  "conviction", "resignation", "sacking", "appointment", "transfer", "closure", "outbreak", "invasion", "coup",
  "diagnosis", "stroke", "split", "tie", "final",
]);

/** Tags of the words before an event's noun that its phrase keeps: "a freak scooter", "his World Junior Championship". */
const DESCRIBING = new Set(["NOUN", "PROPN", "ADJ"]);

/** How many words the event's phrase may hold with its noun. */
const PHRASE_WORDS = 4;

/**
 * The label of a time point starting at `s` (unit `unit`, made one by `when`) when an event's noun ends right before it
 * (over an aside's comma): "since a freak scooter accident two years ago" → years since freak scooter accident; "" for
 * any other, and for "later" (a time after something else, which the noun does not name).
 */
export function eventNoun(toks: readonly Tok[], s: number, unit: string, when: string): string {
  if (when === "later") return "";
  const head = toks[s - 1]?.s === "," ? s - 2 : s - 1;
  const noun = toks[head];
  if (!isWord(noun) || !EVENT_NOUNS.has(noun.l)) return "";
  let from = head;
  while (from > 0 && head - from + 1 < PHRASE_WORDS && isWord(toks[from - 1]) && DESCRIBING.has(toks[from - 1]!.pos ?? "")) from--;
  // A name's capitals stay ("World Junior Championship win"); a plain word at the sentence's start is lowercased.
  const words = toks.slice(from, head + 1).map((t) => (t.pos === "PROPN" ? t.s : t.l));
  return `${unit} since ${words.join(" ")}`;
}
