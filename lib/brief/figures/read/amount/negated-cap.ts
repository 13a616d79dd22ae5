import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the physio ruled that Bell could not last more than 30 minutes": a bound the clause negates turns round. What cannot
// be more than 30 is at most 30 (a cap), what cannot be fewer than 5 is at least 5; read as written the card said
// 'more than 30 — minutes' of a spell that was to stay under it (card audit 56, sample AX's made-up shape 10: the
// round's one value error). The negation stands right before the one verb that governs the bound ("could not last",
// "won't spend", "never scored"); "not more than" with nothing between is a qualifier of its own (lexicon.ts).

/** The bound a negated verb turns each comparative into. */
const TURNED: ReadonlyMap<string, string> = new Map([
  ["more", "at most"],
  ["less", "at least"],
  ["fewer", "at least"],
]);

/** Whether a word negates the verb after it: "not", "never", "cannot", "couldn't", "won't". */
function negator(t: Tok | undefined): boolean {
  return isWord(t) && (t.l === "not" || t.l === "never" || t.l === "cannot" || t.l.endsWith("n't"));
}

/**
 * The bound "more than" (or "less than", "fewer than") at `start` says after a negated verb: "could not last more than
 * 30" → "at most"; undefined when no negation governs it or the qualifier is none of these.
 */
export function negatedCap(toks: readonly Tok[], start: number, text: string): string | undefined {
  if (!text.endsWith(" than")) return undefined;
  const turned = TURNED.get(toks[start]?.l ?? "");
  const verb = toks[start - 1];
  if (turned === undefined || !isWord(verb) || !/^\p{Ll}+$/u.test(verb.s)) return undefined;
  return negator(toks[start - 2]) ? turned : undefined;
}

/** A display's comparative that a negated verb turned: "more than 30" read as "at most" opens with these words. */
const TURNED_OPENING = /^(?:more|less|fewer) than\s+/i;

/**
 * What the card shows for a bound a negated verb turned: "at most 30", not the article's "more than 30", which says the
 * opposite of the figure's value and qualifier (and a digest line, which puts a qualifier the display lacks before it,
 * read "at most more than 30"). Any other display is shown as the article wrote it.
 */
export function turnedDisplay(display: string, qualifier: string | undefined): string {
  if (qualifier !== "at most" && qualifier !== "at least") return display;
  const opening = TURNED_OPENING.exec(display);
  return opening === null ? display : `${qualifier} ${display.slice(opening[0].length)}`;
}
