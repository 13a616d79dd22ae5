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
  if (!isWord(verb) || !main) return;
  // "(35 per cent) saying they …", "(11 per cent) reporting they …": what the reported clause says they do.
  const clause = reported(toks, v, r.s);
  if (clause !== undefined) r.label = clause;
  if (clause !== undefined || CLAUSE_VERBS.has(verb.l)) return;
  let j = v + 1;
  // "rely on a safe": the verb's preposition goes with it.
  if (toks[j]?.pos === "ADP" && isWord(toks[j])) j++;
  const k = pastDeterminers(toks, j);
  const end = forwardNP(toks, k);
  // "(44 per cent) disliking if the tone …": a verb with no object in reach says too little.
  if (end <= k || end - v > MAX_LABEL_WORDS) return;
  r.label = phrase(toks, v, end);
}

// "a fifth of drivers (22 per cent) admit speeding, with a third (35 per cent) saying they never check their tyres":
// the second percent restates a fraction whose verb of saying reports what its people do, and was labelled by the
// fraction ('35 per cent — third': card audit 55's made-up shape 2). The share is of the people the sentence's first
// fraction is of, who do what the reported clause says: "drivers who never check their tyres". A reported object
// "it" stands for what the same verb took before ("skip lunch on weekdays … saying they skip it at weekends").

/** Subjects of a reported clause that are the share's own people: "saying they …", "reporting that we …". */
const REPORTERS = new Set(["they", "we"]);

/**
 * The label of a percent whose clause verb of saying at `v` reports "they" doing something: the whole of a fraction
 * said before `s` and "who" the reported verb phrase, or the verb phrase alone; undefined when no such clause follows.
 */
function reported(toks: readonly Tok[], v: number, s: number): string | undefined {
  const they = isWord(toks[v + 1], "that") ? v + 2 : v + 1;
  if (!REPORTERS.has(toks[they]?.l ?? "")) return undefined;
  let w = they + 1;
  while (isWord(toks[w]) && (ADVERBS.has(toks[w]!.l) || toks[w]!.pos === "ADV")) w++;
  const verb = toks[w];
  if (!isWord(verb) || verb.pos !== "VERB" || CLAUSE_VERBS.has(verb.l)) return undefined;
  const words = [phrase(toks, they + 1, w + 1)];
  let j = w + 1;
  if (isWord(toks[j], "it") || isWord(toks[j], "them")) {
    words.push(objectOf(toks, verb.l, s) ?? toks[j]!.s);
    j++;
  } else {
    const k = pastDeterminers(toks, toks[j]?.pos === "ADP" ? j + 1 : j);
    const end = forwardNP(toks, k);
    if (end <= k) return undefined;
    words.push(phrase(toks, j, end));
    j = end;
  }
  const whole = fractionWhole(toks, s);
  const doing = whole === undefined ? words.join(" ") : `${whole} who ${words.join(" ")}`;
  // "at weekends": where or when they do it, while the label has room.
  const k = toks[j]?.pos === "ADP" ? pastDeterminers(toks, j + 1) : j;
  const end = k > j ? forwardNP(toks, k) : k;
  const where = end > k ? ` ${phrase(toks, j, end)}` : "";
  return `${doing}${where}`.split(" ").length <= MAX_LABEL_WORDS ? `${doing}${where}` : doing;
}

/** What the verb `verb` took as its object before `s` ("skip lunch on weekdays" → lunch), or undefined. */
function objectOf(toks: readonly Tok[], verb: string, s: number): string | undefined {
  for (let i = s - 1; i >= 0; i--) {
    if (toks[i]?.l !== verb) continue;
    const k = pastDeterminers(toks, i + 1);
    const end = forwardNP(toks, k);
    return end > k ? phrase(toks, k, end) : undefined;
  }
  return undefined;
}

/** The people a fraction said before `s` is of: "a fifth of drivers" → drivers, or undefined. */
function fractionWhole(toks: readonly Tok[], s: number): string | undefined {
  for (let i = s - 3; i >= 0; i--) {
    if (!FRACTION.test(toks[i]?.l ?? "") || !isWord(toks[i + 1], "of")) continue;
    const k = pastDeterminers(toks, i + 2);
    const end = forwardNP(toks, k);
    return end > k ? phrase(toks, k, end) : undefined;
  }
  return undefined;
}
