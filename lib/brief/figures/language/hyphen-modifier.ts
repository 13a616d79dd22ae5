import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "between 300,000 and one million HD set-top units": the tagger calls "set-top" a verb after a capital, so the count's
// phrase ended at "HD", read as a model's name, and the count was typed an identifier (blind sample BC's made-up shape
// 15, a miss). A hyphened word before a noun is a compound modifier ("set-top", "buy-to-let", "fire-bombing") whatever
// its tag, when it stands after a name or an initialism ("HD", "UK"), an adverb ("220 or so fire-bombing incidents")
// or a number. Not after a common noun ("these two show stressed-out fans": "show" is the verb the tagger calls a noun)
// nor a function word ("to state-run oil group Rosneft" is no count's phrase); not a participle ("hand-picked").

/** Whether the word at k, tagged a verb, is a hyphened modifier of the noun after it inside a noun phrase. */
export function hyphenModifier(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || !t.l.includes("-") || t.l.endsWith("ed")) return false;
  const before = toks[k - 1];
  if (before === undefined || !(before.kind === NUM || (isWord(before) && (isCapitalised(before) || before.pos === "ADV")))) return false;
  return isWord(toks[k + 1]) && toks[k + 1]!.pos === "NOUN";
}
