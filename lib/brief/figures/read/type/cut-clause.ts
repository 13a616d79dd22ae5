import type { LeftOut } from "#news/sentences.ts";
import { type FactLine, factBoxLines } from "#brief/figures/read/type/fact-box.ts";
import { tagWhenRead } from "#brief/figures/language/pos.ts";
import { hasNumber, isWord, tokenize } from "#brief/figures/language/tokens.ts";

// Clauses whose subject the source cut: BBC results pages lost the athletes' names, so a paragraph opens on its verb
// ("clocked a new UK record of 7.98 seconds at a meeting in Norway.", "finished third in 7.27 seconds in a
// high-class women's 60m.", both highlights of bbc-sport-009: card-audit-15, sample I). The cleaner leaves a piece
// opening in lower case out as a fragment (lib/news/boilerplate.ts), rightly for the bullets, which must not quote a
// sentence with no subject; the card reads the figures of those that are whole clauses, as it reads fact-box lines.

/** A sentence's end: a full stop, "!" or "?", perhaps inside a closing quote or bracket. */
const ENDS = /[.!?]["'’”)]?$/;

/**
 * Whether a left-out fragment is a whole clause with its subject cut: it ends a sentence and opens on a finite verb
 * (a verb or an auxiliary by the tagger, not an "-ing" form), perhaps after one adverb ("comfortably defended her
 * 3,000m title"); not a tail opening on a preposition, a relative pronoun or an adverb alone ("in the pole vault as
 * …", "who had already qualified", "so evident in that …"), nor one cut at its end ("qualified fastest … to in-form").
 */
function subjectCut(text: string): boolean {
  if (!ENDS.test(text)) return false;
  const toks = tokenize(text);
  tagWhenRead(text, toks);
  const first = toks[0]?.pos === "ADV" ? 1 : 0;
  const verb = toks[first];
  return isWord(verb) && (verb.pos === "VERB" || verb.pos === "AUX") && !verb.l.endsWith("ing");
}

/** The left-out fragments with a number that are whole clauses with their subject cut, numbered from `first` on. */
export function cutClauses(leftOut: readonly LeftOut[], first: number): FactLine[] {
  const out: FactLine[] = [];
  for (const l of leftOut) {
    if (l.reason !== "fragment" || !hasNumber(l.text) || !subjectCut(l.text)) continue;
    out.push({ index: first + out.length, paragraph: l.paragraph, text: l.text, after: l.after });
  }
  return out;
}

/** Every left-out line the card reads, as its figures' sentence numbers count them: the fact box's, then the cut clauses. */
export function cardLeftOutLines(leftOut: readonly LeftOut[], storyCount: number): FactLine[] {
  const box = factBoxLines(leftOut, storyCount);
  return [...box, ...cutClauses(leftOut, storyCount + box.length)];
}
