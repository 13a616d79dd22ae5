import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { CLAUSE_VERBS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "almost half (45 per cent) rely on a safe", "nearly half - 46 per cent - insisted", "almost three quarters (73 per
// cent) of toasted cheese sandwich eaters": a percent that restates a fraction word was labelled by the fraction
// ('45 per cent — half'), which says again what the number says. The percent is of the people the clause is about: a
// share of the noun phrase after "of" when it is said, else what the clause says they do ("rely on a safe").

/** A fraction word the percent restates. */
const FRACTION = /^(?:half|(?:[a-z]+-)?(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)$/;

/** What opens and closes the restatement: a bracket, or a pair of dashes. */
const CLOSES = new Map([["(", ")"], ["-", "-"], ["--", "--"], ["–", "–"], ["—", "—"]]);


/** Adverbs between the restatement and its verb ("(25%) only do housework"). */
const ADVERBS = new Set(["only", "also", "still", "now", "actually", "even", "regularly", "often", "never"]);

/** Relabels a percent labelled by the fraction word it restates; left as it was when the clause names nothing short. */
export function fractionBracket(toks: readonly Tok[], r: Raw): void {
  if (!r.percent || r.drop || !FRACTION.test(r.label)) return;
  const close = CLOSES.get(toks[r.s - 1]?.s ?? "");
  // "Almost a quarter -- 24 per cent --": a doubled dash is two tokens each side.
  const doubled = close === "-" && toks[r.s - 2]?.s === "-" ? 1 : 0;
  if (close === undefined || toks[r.s - 2 - doubled]?.l !== r.label || toks[r.e]?.s !== close || (doubled === 1 && toks[r.e + 1]?.s !== "-")) return;
  const c = r.e + 1 + doubled;
  if (isWord(toks[c], "of")) {
    const k = pastDeterminers(toks, c + 1);
    let end = forwardNP(toks, k);
    // "of toasted cheese sandwich eaters": the noun phrase reading stops on a participle that describes its noun.
    if (end <= k && toks[k]?.l.endsWith("ed") === true && forwardNP(toks, k + 1) > k + 1) end = forwardNP(toks, k + 1);
    if (end > k) r.label = `share of ${phrase(toks, k, end)}`;
    return;
  }
  let v = c;
  while (isWord(toks[v]) && ADVERBS.has(toks[v]!.l)) v++;
  const verb = toks[v];
  // "(25%) only do housework": "do" and "have" before their object are the verb itself, whatever the tagger says.
  const main = verb?.pos === "VERB" || (verb?.pos === "AUX" && (verb.l === "do" || verb.l === "have") && toks[v + 1]?.pos === "NOUN");
  if (!isWord(verb) || !main || CLAUSE_VERBS.has(verb.l)) return;
  let j = v + 1;
  // "rely on a safe": the verb's preposition goes with it.
  if (toks[j]?.pos === "ADP" && isWord(toks[j])) j++;
  const k = pastDeterminers(toks, j);
  const end = forwardNP(toks, k);
  // "(44 per cent) disliking if the tone …": a verb with no object in reach says too little.
  if (end <= k || end - v > MAX_LABEL_WORDS) return;
  r.label = phrase(toks, v, end);
}
