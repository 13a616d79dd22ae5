import { CARDINAL_WORDS } from "#news/numbers.ts";
import { AGE_BEFORE } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "four children aged from one to 11", "pupils aged between six and 16": an age range opened by "aged from/between".
// "aged 5 to 14" was read whole and typed an age; with a word first the range was read as a count of the pupils
// ('six and 16 — pupils hurt'), or, "one" being no figure, its second end alone ('11 — children', the 38th sweep's junk).

/** Whether the number whose display starts at `s` is an age range after "aged", or the second end of one. */
export function ageRange(toks: readonly Tok[], s: number): boolean {
  // "aged between six and 16", "aged from 5 to 14": the whole range.
  if ((isWord(toks[s - 1], "between") || isWord(toks[s - 1], "from")) && AGE_BEFORE.has(toks[s - 2]?.l ?? "")) return true;
  // "aged from one to 11": its second end, read alone.
  const link = toks[s - 1];
  const first = toks[s - 2];
  if (!(isWord(link, "to") || isWord(link, "and")) || first === undefined || !(first.kind === NUM || CARDINAL_WORDS.has(first.l))) return false;
  const opened = isWord(link, "to") ? isWord(toks[s - 3], "from") : isWord(toks[s - 3], "between");
  return opened && AGE_BEFORE.has(toks[s - 4]?.l ?? "");
}
