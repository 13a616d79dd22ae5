import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "felt like entering the fourth dimension", "a sixth sense for danger", "in seventh heaven", "a third wheel on their
// date", "a fifth column in the city", "it became second nature": a fixed figure of speech whose ordinal orders
// nothing (card audit 44, sample AL: 'fourth — dimension' took a freed card slot). Each is an ordinal bound to one
// head noun; the same ordinal before any other noun ("the fourth round", "a sixth goal") is read as before.

/** The ordinals of fixed idioms and the head nouns that make them one: singular and plural forms. */
const IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["second", new Set(["nature", "fiddle", "thoughts", "wind"])],
  ["third", new Set(["wheel", "wheels", "rail"])],
  ["fourth", new Set(["dimension", "estate"])],
  ["fifth", new Set(["column", "columns", "wheel"])],
  ["sixth", new Set(["sense"])],
  ["seventh", new Set(["heaven"])],
]);

/** True when the ordinal word at `i` (ending at `e`) and the noun right after it are a fixed idiom. */
export function ordinalIdiom(toks: readonly Tok[], i: number, e: number): boolean {
  const ordinal = toks[i];
  const head = toks[e];
  if (!isWord(ordinal) || e !== i + 1 || !isWord(head)) return false;
  return IDIOMS.get(ordinal.l)?.has(head.l) ?? false;
}
