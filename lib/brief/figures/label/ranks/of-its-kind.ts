import { participleForm, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The injured juvenile is the third of its sort ever recorded": an ordinal "of its kind" and a verb of finding is how
// rare the find is, the story's point, not an order of things said before; read as an ordinal with no noun it was no
// candidate (card audit 51, sample AS's made-up shape 19). Labelled by the words after it: 'of its kind ever spotted'.

/** Nouns of a kind: "of its kind", "of its sort", "of their species". */
const KINDS = new Set(["kind", "sort", "type", "species", "breed"]);

/** How many words after "ever" the participle may run to ("ever to be recorded"). */
const VERB_WORDS = 3;

/** "of its kind ever spotted" for the ordinal ending before `e`, after "the", or undefined; `end` past the participle. */
export function ofItsKind(toks: readonly Tok[], s: number, e: number): { label: string; end: number } | undefined {
  if (!isWord(toks[s - 1], "the") || !isWord(toks[e], "of") || !POSSESSIVES.has(toks[e + 1]?.l ?? "") || !KINDS.has(toks[e + 2]?.l ?? "")) return undefined;
  let k = e + 3;
  const ever = isWord(toks[k], "ever");
  if (ever) k++;
  // "ever to be found": over "to be".
  for (let n = 0; n < VERB_WORDS && isWord(toks[k]) && /^(?:to|be|been|have)$/.test(toks[k]!.l); n++) k++;
  const verb = toks[k];
  // A participle the tagger reads as a verb: not an adverb that looks like one ("the second of its kind even then").
  if (!isWord(verb) || verb.pos !== "VERB" || !participleForm(verb.l)) return undefined;
  const words = toks.slice(e, k + 1).map((t) => t.l).filter((w) => !/^(?:to|be|been|have)$/.test(w));
  return { label: words.join(" "), end: k + 1 };
}
