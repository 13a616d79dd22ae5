import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// "such as £6 million Young Readers Now programme", "the $4 million Safe Roads Ahead plan": a programme's name whose
// last word is an adverb ("Now", "Ahead", "Today") was cut before it, the head noun lost ('£6 million — Young
// Readers', card audit 47, sample AO): the noun phrase reader ends at an adverb. A capitalised word inside a run of
// capitalised words is a name's word whatever its tag; the run and the lower-case noun right after it are the label.

/** Adverbs a name ends in that the tagger may read otherwise ("Today" a noun). */
const NAME_ADVERBS = new Set(["now", "ahead", "today", "tomorrow", "forward", "together", "again", "first"]);

/** How many capitalised words a programme's name may run to. */
const NAME_REACH = 6;

/** Runs a money label cut inside a capitalised name on over the name's adverb to the noun after it. */
export function nameAdverb(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined || r.label === "") return;
  let k = r.e;
  while (k - r.e < NAME_REACH && isWord(toks[k]) && isCapitalised(toks[k]!)) k++;
  if (k - r.e < 2) return;
  // The name is toks[r.e, k), its words joined in place (token-words.ts): sliced and mapped arrays undid this rule's
  // compiled code in the timed passes.
  const last = toks[k - 1]!;
  const head = toks[k];
  // The label read so far is the name less its adverb: "Young Readers" of "Young Readers Now".
  const cut = tokenWords(toks, r.e, k - 1);
  if ((last.pos !== "ADV" && !NAME_ADVERBS.has(last.l)) || r.label !== cut || !isWord(head) || isCapitalised(head) || !headNoun(head)) return;
  r.label = `${tokenWords(toks, r.e, k)} ${head.s}`;
}

/**
 * Whether the word after a name is its head noun: tagged a noun, or a verb in its bare form, as the tagger reads "plan"
 * or "fund" after an adverb ("Safe Roads Ahead plan"); a verb's past or "-ing" form ("said", "helping") is a verb.
 */
function headNoun(t: Tok): boolean {
  return t.pos === "NOUN" || (t.pos === "VERB" && !/(?:ed|ing|s)$/.test(t.l));
}
