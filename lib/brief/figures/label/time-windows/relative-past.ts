import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The singer, who shot to fame 20 years ago": after a relative pronoun the tagger calls "shot" a noun, so the time
// point found no verb to date and its label stayed 'years ago' (card audit 47's shape 10). A past a time point can date
// (`known`) right after "who", "which" or "that" is the relative clause's verb, whatever its tag.

/** Relative pronouns a clause's verb follows: "who shot to fame", "which struck the town". */
const RELATIVES = new Set(["who", "which", "that"]);

/** Whether the word at `v` is a past the relative pronoun before it makes a verb ("who shot"). */
export function relativePast(toks: readonly Tok[], v: number, known: (l: string) => boolean): boolean {
  const t = toks[v];
  if (!isWord(t) || t.pos !== "NOUN" || !RELATIVES.has(toks[v - 1]?.l ?? "") || !known(t.l)) return false;
  // "that" is a relative pronoun only after the noun it is said of ("the song that shot her to fame"); after a
  // preposition or a verb it is a determiner and the noun after it a noun ("talk about that shot 20 years ago").
  return toks[v - 1]?.l !== "that" || ["NOUN", "PROPN"].includes(toks[v - 2]?.pos ?? "");
}
