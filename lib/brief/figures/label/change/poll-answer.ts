// "Some 52% expect their town's services to improve, while 30% think they will decline": a share that is the subject
// of a verb of thinking or saying is the share giving that answer, and the answer is what it counts. Labelled by a noun
// of the clause ('52% — town's services') the direction was lost and the two answers read alike; the 30% had no label
// and never reached the card (card audit 38's sample AF; sweep 38's poll shares, 6 rows).
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { CLAUSE_VERBS, CONJUNCTIONS, POSSESSIVES, STANCE_VERBS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

/** Words left out of an answer: "that" opening it, articles and possessives ("their town's services" → town's services). */
const LEFT_OUT = new Set(["that", "the", "a", "an", ...POSSESSIVES]);

/** Judgements the tagger may take for nouns before "to" ("was right to raise"): an adjective's "to" all the same. */
const JUDGED = new Set(["right", "wrong"]);

/** How far an answer is read (a bounded scan): past it the clause runs on, and only a cut at a boundary is kept. */
const ANSWER_REACH = 16;

/**
 * The answer a share ending before token e gave: the verb of thinking or saying right after it ("expect", "said") and
 * the words of its clause, up to the next punctuation or conjunction; "" when no such verb follows or nothing is said
 * after it. An answer longer than a label is cut only before a preposition ("said they were not trained | in working
 * with …"), a relative clause's pronoun ("did not keep the promises | they made") or the "to" after an adjective
 * ("thought Mr Farage was right | to raise …"): cut anywhere else it said what the clause did not ('said they would
 * prefer Scotland' of "… Scotland to be independent", 'thought he would not win another'), and the share keeps the
 * label it had.
 */
export function pollAnswer(toks: readonly Tok[], e: number): string {
  const verb = toks[e];
  if (!isWord(verb) || verb.pos === "NOUN") return "";
  if (CLAUSE_VERBS.has(verb.l)) return answerFrom(toks, e);
  // "21 per cent backed Mr Miliband", "30 per cent favoured a ban": a share that took a side is labelled by the side
  // it took, as a share that said something is by what it said (a bare "back" only as a verb: "got 20% back"). A
  // pronoun's side ("12 per cent opposed it") is kept too: without it the share took the side before it
  // ('favoured ban').
  if (!STANCE_VERBS.has(verb.l) || (verb.l === "back" && verb.pos !== "VERB")) return "";
  return answerFrom(toks, e);
}

/**
 * The words of the clause whose verb is at e, the verb first, up to the next punctuation or conjunction, cut as
 * pollAnswer says; "" when nothing follows the verb or the clause runs past `max` words (a label's length unless a caller
 * keeps words of its own before the answer) with no place to cut.
 */
export function answerFrom(toks: readonly Tok[], e: number, max = MAX_LABEL_WORDS): string {
  const verb = toks[e] as Tok;
  const words = [verb.l];
  /** The token each word was read from, for a cut before a number's own phrase. */
  const from = [e];
  // Where the words may be cut: their count before each preposition or adjective's "to" within a label's length.
  let cut = 0;
  let thought = false;
  let k = e + 1;
  for (; k < toks.length && k <= e + ANSWER_REACH; k++) {
    const t = toks[k]!;
    if (t.kind !== WORD) {
      // Quote marks around an answer ("was 'right to raise this issue'") are skipped; other punctuation ends it.
      if (/^['"‘’“”]$/.test(t.s)) continue;
      break;
    }
    if (k > e + 1 && CONJUNCTIONS.has(t.l) && t.l !== "that") break;
    // "63% supported a hunting ban compared with 24% against": a comparison ends the answer as a conjunction does.
    if (t.l === "compared" && (isWord(toks[k + 1], "with") || isWord(toks[k + 1], "to"))) break;
    // "did not keep the promises | they made": a pronoun after a noun opens a relative clause without "that".
    const relative = t.pos === "PRON" && toks[k - 1]?.pos === "NOUN";
    const boundary = relative || (t.pos === "ADP" && t.l !== "of") || (t.l === "to" && (toks[k - 1]?.pos === "ADJ" || JUDGED.has(toks[k - 1]?.l ?? "")));
    // "said they did not think the lawsuits | against …": a second verb of thought opens a clause the cut would leave
    // without its predicate, so no cut after one.
    if (k > e + 1 && CLAUSE_VERBS.has(t.l)) thought = true;
    if (boundary && !thought && words.length > 1 && words.length <= max) cut = words.length;
    // "that" opening the answer is left out ("said that …"); later it is a relative's ("wanted a player that could …").
    if (!LEFT_OUT.has(t.l) || (t.l === "that" && k > e + 1)) {
      words.push(phrase(toks, k, k + 1));
      from.push(k);
    }
  }
  // Read to the reach with no end, the clause runs on: only a cut at a boundary is an answer.
  const fit = k <= e + ANSWER_REACH && words.length <= max ? ownedBy(toks, k, from, words.length) : cut;
  return fit > 1 ? words.slice(0, fit).join(" ") : "";
}

/**
 * How many of the `n` words read (from the tokens `from`) are the answer's when reading stopped at `k`: stopped by a
 * number, the adverbs right before it are its own hedge ("backing Ms Sturgeon with | only 30 per cent for Labour"),
 * left out as it is; the preposition they leave at the end goes as any label's does.
 */
function ownedBy(toks: readonly Tok[], k: number, from: readonly number[], n: number): number {
  if (toks[k]?.kind !== NUM) return n;
  let j = k - 1;
  while (j > from[0]! && toks[j]?.pos === "ADV") j--;
  return from.filter((t) => t <= j).length;
}
