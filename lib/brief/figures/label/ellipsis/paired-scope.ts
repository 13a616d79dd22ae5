import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS, MODALS, PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { SCALE_SUFFIXES } from "#news/numbers.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// "900 jobs will go, with 500 and 400 in London and Paris respectively": a pair of bare counts before a pair
// of scopes splits the whole between them, the first in the first scope, the second in the second. Given the whole's
// noun alone each read as another total ('500 — jobs cut', card audit 48's shape 8); each keeps its own scope, as a
// part after "including" does (subset-scope.ts). "respectively" is not needed: without it a news sentence's "12 and 5 in
// Leeds and Bradford" is read the same way (a reporter with 17 in each would say so), and a count with its own verb
// ("Police arrested 12 and 5 in …") takes its scope as the elided one does (carry-count.ts).

/** Prepositions that say where each part of the pair is. */
const SCOPES = new Set(["in", "at", "from"]);

/** Tags of a word that is no one-word field a scope names: "against", "them". */
const NO_FIELD = new Set(["ADP", "PRON", "DET", "PART"]);

/** How many auxiliaries a pair's verb may stand after: "will be cut". */
const VERB_GROUP = 2;

/** A bare number token: digits, or a number word the reader took as one. */
const bare = (t: Tok | undefined): boolean => t?.kind === NUM;

/** The end of a scope's noun phrase from `k` (past its article), or `k` when none; a time is no scope. */
function scopeEnd(toks: readonly Tok[], k: number): number {
  const from = pastDeterminers(toks, k);
  let end = forwardNP(toks, from);
  // A one-word field the noun phrase reader leaves ("in engineering and catering", "in sales"): the word itself.
  // ("in Wales and elsewhere", "in favour and against": an adverb with no article, or a preposition, is no field;
  // "the south" is one; review43b.)
  const pos = toks[from]?.pos ?? "";
  const field = isWord(toks[from]) && !isWord(toks[from], "and") && !NO_FIELD.has(pos) && (pos !== "ADV" || from > k);
  if (end === from && field) end = from + 1;
  const head = toks[end - 1];
  return head !== undefined && (PERIOD_NOUNS.has(head.l) || DURATIONS.has(head.l)) ? k : end;
}

/**
 * " in London" or " in Paris" when `r` is the first or the second of a pair "N and M [VERB] in X and Y", within the
 * card's label length beside `label`; "" otherwise.
 */
export function pairedScope(toks: readonly Tok[], r: Raw, label: string, shared = ""): string {
  const first = isWord(toks[r.e], "and") && bare(toks[r.e + 1]);
  const second = isWord(toks[r.s - 1], "and") && bare(toks[r.s - 2]);
  if (first === second) return "";
  // "700 and 400 jobs will go in Wales and Scotland": the pair's `shared` noun, said after the second, stands before
  // its verb, word for word; past the second's scale ("602 and 402 million people"), which the first shares
  // (shared-scale.ts).
  const noun = first ? r.e + (SCALE_SUFFIXES.has(toks[r.e + 2]?.l ?? "") ? 3 : 2) : r.e;
  const nounWords = shared === "" ? 0 : shared.split(" ").length;
  // Joined in place (token-words.ts): the sliced and mapped arrays undid this rule's compiled code in the timed passes.
  if (tokenWords(toks, noun, noun + nounWords, true) !== shared) return "";
  let k = noun + nounWords;
  // The pair's own verb ("200 and 150 lost in …"), over its auxiliaries ("700 and 400 will go in …", "will be cut in").
  const verbGroup = k;
  while (k - verbGroup < VERB_GROUP && isWord(toks[k]) && (toks[k]!.pos === "AUX" || MODALS.has(toks[k]!.l))) k++;
  if (isWord(toks[k]) && toks[k]!.pos === "VERB") k++;
  else k = verbGroup;
  const p = toks[k];
  if (!isWord(p) || !SCOPES.has(p.l)) return "";
  const x = scopeEnd(toks, k + 1);
  if (x <= k + 1 || !isWord(toks[x], "and")) return "";
  const y = scopeEnd(toks, x + 1);
  if (y <= x + 1) return "";
  const scope = first ? ` ${p.l} ${phrase(toks, k + 1, x)}` : ` ${p.l} ${phrase(toks, x + 1, y)}`;
  return `${label}${scope}`.split(" ").length <= MAX_LABEL_WORDS ? scope : "";
}

/**
 * "About 60 and 30 were hurt in Paris and Lyon respectively": the first of a bare pair whose verb only the second
 * stands before takes the second's label with the first scope ('hurt in Paris'); with no label it had left the card,
 * and a key number never disappears for want of one. `second` has its label and scope already (carry-count.ts).
 */
export function pairedFirst(toks: readonly Tok[], first: Raw | undefined, second: Raw): void {
  if (first === undefined || first.label !== "" || first.currency !== undefined || first.percent) return;
  if (second.fold === undefined || second.s !== first.e + 1 || !isWord(toks[first.e], "and")) return;
  const own = pairedScope(toks, second, "");
  if (own === "" || !second.label.endsWith(own)) return;
  const label = second.label.slice(0, -own.length);
  const scope = pairedScope(toks, first, label);
  if (scope === "") return;
  first.label = `${label}${scope}`;
  first.kind = second.kind;
  first.drop = false;
}
