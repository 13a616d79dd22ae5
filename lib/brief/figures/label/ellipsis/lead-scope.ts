import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DURATIONS, MONTHS, PERIOD_NOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "About 1,100 jobs will go in the north, while 700 and 400 will go in Wales and Scotland": a count said with its own
// place before a pair of counts split by places is one side of the contrast, and its place is what tells it from
// them. Labelled by its noun and verb alone ('About 1,100 — jobs', card audit 48's shape 8: AP's first count, before
// the pair paired-scope.ts splits) it read as the whole. The card shows the place (`placed`); the ranking still reads
// the label, which the pair goes on inheriting.

/** Prepositions that say where the lead count stands. */
const SCOPES = new Set(["in", "at", "from", "across"]);

/** Words that join the lead count's clause to the pair's. */
const JOINS = new Set(["while", "and", "with", "whereas", "but"]);

/** The most words of the lead count's verb group ("are to be shed"). */
const VERB_WORDS = 4;

/** Whether a noun names a time, no place: "in March", "on Monday", "in the next year". */
const isTime = (w: string): boolean => PERIOD_NOUNS.has(w) || DURATIONS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w);

/** The end of a place's noun phrase from `k` (past its article), or `k` when none; a time is no place. */
function placeEnd(toks: readonly Tok[], k: number): number {
  const from = pastDeterminers(toks, k);
  let end = forwardNP(toks, from);
  // A one-word field the noun phrase reader leaves ("in engineering", "in sales"): the word itself.
  if (end === from && isWord(toks[from]) && !isWord(toks[from], "and")) end = from + 1;
  const head = toks[end - 1];
  return head !== undefined && isTime(head.l) ? k : end;
}

/** Past a verb group from `k` ("will go", "are to be shed", "will be lost"): the index after it, `k` when none. */
function pastVerbs(toks: readonly Tok[], k: number): number {
  let j = k;
  const verbal = (t: Tok | undefined): boolean =>
    isWord(t) && (AUXILIARIES.has(t.l) || t.pos === "VERB" || t.l === "to");
  while (j < k + VERB_WORDS && verbal(toks[j])) j++;
  return j > k && toks[j - 1]!.pos === "VERB" && !AUXILIARIES.has(toks[j - 1]!.l) ? j : k;
}

/** Whether a pair of bare counts "N and M" opens at `r`, with a pair of places "in X and Y" after it. */
function pairOfPlaces(toks: readonly Tok[], r: Raw): boolean {
  if (!isWord(toks[r.e], "and") || toks[r.e + 1]?.kind !== NUM) return false;
  const k = pastVerbs(toks, r.e + 2);
  if (!isWord(toks[k]) || !SCOPES.has(toks[k]!.l)) return false;
  const x = placeEnd(toks, k + 1);
  return x > k + 1 && isWord(toks[x], "and") && placeEnd(toks, x + 1) > x + 1;
}

/**
 * Shows `lead` (a count with its noun, before `r`) with its own place when its clause ends on one and `r` opens a
 * pair of counts split by places: "About 1,100 jobs will go in the north, while 700 and 400 …" → jobs in the north.
 */
export function leadScope(toks: readonly Tok[], lead: Raw, r: Raw): void {
  if (lead.label === "" || lead.currency !== undefined || lead.percent || !pairOfPlaces(toks, r)) return;
  const np = forwardNP(toks, lead.e);
  const k = pastVerbs(toks, np);
  if (np === lead.e || k === np || !isWord(toks[k]) || !SCOPES.has(toks[k]!.l)) return;
  const x = placeEnd(toks, k + 1);
  if (x <= k + 1) return;
  // Only a comma and a joining word between the place and the pair: the place is the lead count's own.
  let j = x;
  if (toks[j]?.s === ",") j++;
  if (isWord(toks[j]) && JOINS.has(toks[j]!.l)) j++;
  if (j !== r.s) return;
  const placed = `${lead.label} ${phrase(toks, k, x)}`;
  if (placed.split(" ").length <= MAX_LABEL_WORDS) lead.placed = placed;
}
