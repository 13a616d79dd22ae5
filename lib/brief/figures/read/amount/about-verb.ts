import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "I'm thinking about two dudes", "worried about three things": after a verb of thought, speech or feeling, "about"
// is the verb's preposition (what is thought of), not a hedge on the number. Only the forms whose "about" cannot be
// a hedge: "I think about 50 came" hedges ("I think [that] about 50 came"), so the bare "think", "say", "talk" are left,
// and so are "reading/writing about 300 pages a day", "lying about 50 yards away", which measure.

/** Verbs whose "about" names their topic: -ing forms of thought and speech, and words of feeling. */
const TOPIC_VERBS = new Set([
  "thinking", "talking", "speaking", "worrying", "caring", "dreaming", "joking", "complaining", "arguing", "wondering",
  "laughing", "learning", "forgetting", "fretting", "obsessing", "boasting", "bragging", "chatting", "debating",
  "moaning", "raving",
  "worried", "concerned", "excited", "anxious", "nervous", "upset", "obsessed",
]);

/** Whether the "about" at `start` is the preposition of the verb before it, not a qualifier. */
export function aboutAfterVerb(toks: readonly Tok[], start: number): boolean {
  return isWord(toks[start], "about") && TOPIC_VERBS.has(toks[start - 1]?.l ?? "");
}
