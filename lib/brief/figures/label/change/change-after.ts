import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGE_NOUNS, MONTHS, PERIOD_NOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { governingSubject } from "#brief/figures/label/measures/lonely-label.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers, pastOwner } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// An amount labelled by its change noun alone ('13.1% — growth', '33 per cent — fall', '£35 bn — cuts', '$40 million
// — expansion') says how but not what, when the clause names what changed: "growth of 13.1% in the key manufacturing
// sector", "a 33 per cent fall for cigarettes", "£35 bn cuts in public services", "a planned $40 million expansion of
// its headquarters", "spending rises were kept to around 5%". The label takes what is named, as change-of.ts and
// change-in.ts do; a bare "growth" whose clause names nothing more ("forecasts growth of 4% for 2005") stays.

/** Change nouns a bare label may be, with the plurals and the nouns of growth the lexicon's set leaves out. */
export const CHANGES = new Set([...CHANGE_NOUNS, "rises", "increases", "falls", "drops", "cuts", "jumps", "reductions", "gains", "hikes", "expansion", "contraction", "loss", "losses", "lowering", "raising"]);

/** Prepositions that name what a change is in, of or for ("cuts in public services", "a 1p rise on income tax"). */
const WHAT = new Set(["in", "of", "for", "on"]);

/** The noun phrase after the preposition at p, "" when it is a time ("in November", "for 2005", "on the year") or a number. */
function thingAfter(toks: readonly Tok[], p: number): string {
  if (!isWord(toks[p]) || !WHAT.has(toks[p]!.l)) return "";
  const k = pastDeterminers(toks, p + 1);
  const end = pastOwner(toks, k, forwardNP(toks, k));
  if (end <= k) return "";
  for (let j = k; j < end; j++) {
    const l = toks[j]!.l;
    // "in the second quarter", "in October", "for 2005": when it changed, not what.
    if (toks[j]!.kind !== WORD || PERIOD_NOUNS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l)) return "";
  }
  return phrase(toks, k, end);
}

/**
 * "cuts in corporation tax to 20 per cent", "a reduction of the speed limit to 20", "a 134% rise in the country's
 * current account deficit to $10.7bn": an amount a change reached "to" is the level of what changed ("corporation
 * tax"), not the change.
 */
function levelReached(toks: readonly Tok[], r: Raw): string {
  if (!isWord(toks[r.s - 1], "to")) return "";
  const np = backNP(toks, r.s - 1, false);
  if (np === undefined) return "";
  let [from] = np;
  while (from > 0 && isWord(toks[from - 1]) && /^(?:the|a|an|its|their|his|her|our)$/.test(toks[from - 1]!.l)) from--;
  // "a reduction of the drinking age to 16": "of" names what changed as "in" does (card audit 43, sample AK's made-up
  // shape: '16 — reduction').
  if (!(isWord(toks[from - 1], "in") || isWord(toks[from - 1], "of")) || !isWord(toks[from - 2], r.label)) return "";
  return thingAfter(toks, from - 1);
}

/** Relabels an amount labelled by a change noun alone with what its clause says changed; left as it was otherwise. */
export function changeAfter(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !CHANGES.has(r.label)) return;
  const level = levelReached(toks, r);
  if (level !== "") {
    r.label = level;
    return;
  }
  let thing = "";
  // "a 33 per cent fall for cigarettes", "£30billion of cuts for UK departments": the noun after the amount.
  const noun = isWord(toks[r.e], r.label) ? r.e : isWord(toks[r.e], "of") && isWord(toks[r.e + 1], r.label) ? r.e + 1 : -1;
  if (noun >= 0) thing = thingAfter(toks, noun + 1);
  // "growth of 13.1% in the key manufacturing sector": the noun before "of", what grew after the amount.
  else if (isWord(toks[r.s - 1], "of") && isWord(toks[r.s - 2], r.label)) thing = thingAfter(toks, r.e);
  if (thing !== "") {
    r.label = `${r.label} ${toks[noun >= 0 ? noun + 1 : r.e]!.l} ${thing}`;
    return;
  }
  // "spending rises were kept to around 5%": the verb's subject is the change itself, with what changed before it.
  // The tagger calls a modifier in "-ing" a verb, so the subject read is the change noun alone: take the word before it.
  const subject = governingSubject(toks, r.s);
  if (subject.endsWith(` ${r.label}`)) r.label = subject;
  else if (subject === r.label) r.label = withModifier(toks, r);
}

/** "spending rises": the change noun governing r with the noun or "-ing" modifier right before it, else the noun alone. */
function withModifier(toks: readonly Tok[], r: Raw): string {
  let c = r.s - 1;
  while (c > 0 && !isWord(toks[c], r.label)) c--;
  const m = toks[c - 1];
  if (c <= 0 || !isWord(m) || CHANGES.has(m.l) || !(m.pos === "NOUN" || (m.pos === "VERB" && m.l.endsWith("ing")))) return r.label;
  return `${m.l} ${r.label}`;
}
