// Where a predicate read for a label ends whole. A clause read up to a label's length, a number or a conjunction
// (poll-answer.ts' answerFrom) may stop on an open word ('voted for SNP in' before "2011", 'glued to TV for over'
// before "10 hours"), inside a phrase that goes on ('complain of ongoing back' of "back and pelvic pain"), or on a verb
// whose object was the clause cut off ('say they can tell' of "… which results are paid for"). Open words at the end
// are dropped; a predicate that still does not end whole is no label (base-doing.ts keeps the base alone).
import { CONJUNCTIONS, PARTICLES } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

/** Tags a whole predicate does not end on: a cut left its preposition, article, auxiliary or "to" behind. */
const OPEN_ENDS = new Set(["ADP", "DET", "AUX", "PART", "CCONJ", "SCONJ"]);

/** Tags that open a preposition's object: after one, "out" or "up" is a preposition, not a particle. */
const OBJECT_STARTS = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"]);

/** Words that open a verb's object clause: "can tell which results …", "know whether". */
const OBJECT_CLAUSES = new Set(["which", "what", "whether", "who", "whom", "how", "that", "if"]);

/** Tags of a word that goes on with a phrase after "and" or "or" ("ongoing back and pelvic pain"). */
const PHRASE_GOES_ON = new Set(["ADJ", "ADV", "NOUN"]);

/** Tags of a noun phrase's last word ("Ms Sturgeon"). */
const NOMINAL = new Set(["NOUN", "PROPN"]);

/** The token of the last word of `said`, read from `from`. */
function lastOf(toks: readonly Tok[], from: number, said: string): number {
  let m = from;
  for (const w of said.split(" ").slice(1)) while (m < toks.length && phrase(toks, m, m + 1) !== w) m++;
  return m;
}

/** Whether the word at `m` closes a phrase: a particle with no object after it ("wiped out if"), no open word. */
function closes(toks: readonly Tok[], m: number): boolean {
  const t = toks[m];
  if (t === undefined) return false;
  if (PARTICLES.has(t.l)) return !OBJECT_STARTS.has(toks[m + 1]?.pos ?? "");
  return !OPEN_ENDS.has(t.pos ?? "");
}

/**
 * `said`, read from `from`, ending where its phrase does: open words a number or a cut left at its end are dropped
 * ("voted for SNP in | 2011" → voted for SNP); "" when it ends on an adjective that goes on, before a number, or
 * before "and" or "or" that carries its phrase on ("complain of ongoing back | and pelvic pain").
 */
export function wholePredicate(toks: readonly Tok[], from: number, said: string): string {
  // "was spam and one in 16": a conjunction right after the verb joins no predicate of the base's.
  if (toks[from + 1]?.pos === "CCONJ") return "";
  const words = said.split(" ");
  let m = lastOf(toks, from, said);
  while (words.length > 1 && !closes(toks, m)) {
    words.pop();
    m = lastOf(toks, from, words.join(" "));
  }
  const last = toks[m];
  const next = toks[m + 1];
  const cut = words.length < said.split(" ").length;
  // "still listen to AM/FM stations" read to the slash: a verb left alone by the cut has lost its object.
  if (last === undefined || !closes(toks, m) || (cut ? words.length < 2 : next?.kind === NUM)) return "";
  // "able | to see", "prior | to departure": an adjective or adverb whose phrase goes on.
  if ((last.pos === "ADJ" && isWord(next)) || (last.pos === "ADV" && next?.pos === "ADP")) return "";
  // "say they can tell | which results are paid for": a verb whose object is the clause the cut left out.
  if (last.pos === "VERB" && isWord(next) && OBJECT_CLAUSES.has(next.l)) return "";
  // "find what they were looking | for when …": a preposition whose object went before it is no cut's boundary.
  const after = toks[m + 2];
  if (next?.pos === "ADP" && !PARTICLES.has(next.l) && (after === undefined || after.kind === PUNCT || (isWord(after) && CONJUNCTIONS.has(after.l)))) return "";
  // "want Ms Sturgeon | and her party to play no part": a noun's "and" before another noun phrase that goes on into an
  // infinitive joins the object of "want … to", and what the cut left says what the clause did not.
  const joined = NOMINAL.has(last.pos ?? "") && next?.pos === "CCONJ" && toks[forwardNP(toks, pastDeterminers(toks, m + 2))]?.pos === "PART";
  return next?.pos === "CCONJ" && (PHRASE_GOES_ON.has(toks[m + 2]?.pos ?? "") || joined) ? "" : words.join(" ");
}
