import { CASUALTY_WORDS } from "#brief/figures/language/lexicon.ts";
import { foldPastAside } from "#brief/figures/label/counts/people-verb.ts";
import { atSentenceStart, type Tok } from "#brief/figures/language/tokens.ts";

// "A second man, who allegedly knew about the plot, was charged", "A second man was reportedly with Jean": a sentence
// that opens on "a second <person>" brings one more person into the story, and ranks nothing (card audit R judged
// 'second man — man' junk; 3 cnndm-dev card rows were such). Only a toll counted on ranks there: "A second person has
// died" says the dead now number two. As a verb's object the second is a tally of what the verb did ("officers quizzed
// a second boy", a key figure of the dev gold) and is left as it was read.

/**
 * For "a second <person>" at `s` whose noun ends before `k`: undefined when it is no sentence's opening subject (read as
 * before); there, the person and the toll's participle ("person died"), or "" when no toll is said of it (no figure).
 */
export function secondSubject(toks: readonly Tok[], s: number, k: number): string | undefined {
  // "Later in the footage, a second nurse appears to check …": a clause opening after a fronted phrase's comma
  // brings one in as surely (card audit 51, sample AS's made-up shape 9).
  if (!atSentenceStart(toks, s - 1) && toks[s - 2]?.s !== ",") return undefined;
  const verb = foldPastAside(toks, s, k);
  return verb !== undefined && CASUALTY_VERBS.has(verb) ? `${toks[k - 1]!.l} ${verb}` : "";
}

/** The participles CASUALTY_WORDS reads its verbs as: a toll's. */
const CASUALTY_VERBS = new Set(CASUALTY_WORDS.values());
