import { AUXILIARIES, DETERMINERS, PERIOD_NOUNS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// What a bare count counts when the labeller found no noun right after it: the tally it sets ("That brought to 49
// the number of banks that Mr Bondi has sued" → "banks sued"), or a plural noun the tagger took for a verb ("It
// took five takes", "two assists", "98 overdoses").

/** Third-person verbs that are never plural nouns ("the 3 goes there", "the 11 says"). */
const NEVER_NOUNS = new Set(["is", "has", "does", "goes", "says", "seems", "means", "remains", "becomes", "gets", "wants", "needs", "knows", "thinks", "believes", "shows", "appears", "includes", "contains", "feels", "looks", "sees", "lives"]);

/** Words that open a time phrase after a count's noun: "this season", "last year". */
const TIME_DETERMINERS = new Set(["this", "last", "next"]);

/** Words that name a running count a number is brought to. */
const TALLIES = new Set(["number", "total", "tally", "count"]);

/** The label a bare count takes from the words right after it (see above), or "". */
export function countedAfter(toks: readonly Tok[], e: number): string {
  return tallyAfter(toks, e) || pluralAfter(toks, e);
}

/**
 * "five takes to film", "two assists instead": a lower-case plural right after a number is what it counts even when
 * the tagger calls it a verb, unless it takes an object as a verb does ("No. 40 reveals the truth").
 */
function pluralAfter(toks: readonly Tok[], e: number): string {
  const t = toks[e];
  if (!isWord(t) || t.pos !== "VERB" || !/[^s']s$/.test(t.l) || t.s !== t.l || t.start !== (toks[e - 1]?.end ?? 0) + 1) return "";
  if (NEVER_NOUNS.has(t.l)) return "";
  const object = toks[e + 1];
  // "has 17 tries this season": a time after it is when, no object.
  const when = isWord(object) && TIME_DETERMINERS.has(object.l) && PERIOD_NOUNS.has(toks[e + 2]?.l ?? "");
  if (isWord(object) && !when && (DETERMINERS.has(object.l) || PRONOUNS.has(object.l) || object.pos === "NOUN" || object.pos === "PROPN")) return "";
  return t.l;
}

/**
 * A game's tallies the tagger reads as verbs ("has 17 tries for Kenton", "made 12 tackles in the win"): read as a verb
 * the count fell to the nearest name ('Kenton', an identifier) or the subject ('winger'). Only these: other plurals so
 * read are verbs as often ("5.3 million translates into …"), and a basketball line's ("24 points and 10 assists") is
 * read right by the label pass after it (pluralAfter), where reading it here moved the fold verb onto it.
 */
const TALLY_NOUNS = new Set(["tries", "tackles", "saves", "catches", "wickets", "runs"]);

/** Whether the word at `e`, right after a number, is a game's tally the tagger took for a verb and that takes no object. */
export const gameTally = (toks: readonly Tok[], e: number): boolean => TALLY_NOUNS.has(toks[e]?.l ?? "") && pluralAfter(toks, e) !== "";

/** "the number of X (that … VERB)" right after the number, or "". */
function tallyAfter(toks: readonly Tok[], e: number): string {
  if (!isWord(toks[e], "the") || !TALLIES.has(toks[e + 1]?.l ?? "") || !isWord(toks[e + 2], "of")) return "";
  const k = e + 3;
  const end = forwardNP(toks, k);
  if (end <= k) return "";
  const np = phrase(toks, k, Math.min(end, k + 3));
  // "… that Mr Bondi has sued", "… who have died": the verb of the relative clause says what happened to them.
  const rel = toks[end];
  if (!isWord(rel) || (rel.l !== "that" && rel.l !== "who" && rel.l !== "which")) return np;
  for (let v = end + 1; v < toks.length && v - end <= 6; v++) {
    const t = toks[v];
    if (t === undefined || !isWord(t)) break;
    if (t.pos === "VERB" && !AUXILIARIES.has(t.l)) return `${np} ${t.l}`;
  }
  return np;
}
