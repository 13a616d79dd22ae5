import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, ED_ADJECTIVES } from "#brief/figures/language/lexicon.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { adjacent, isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { deedAfter } from "#brief/figures/label/counts/deed-after.ts";
import { timesCompared } from "#brief/figures/label/counts/times-compared.ts";
import { timesAfter, timesMore } from "#brief/figures/label/counts/times-multiple.ts";

// "N times" counts how often something was done: "capped 25 times", "shared an astonishing 23 thousand times",
// "throwing up three times", "washing her face eight to ten times per day". "Times" alone explains nothing (the count
// is dropped), so the label is the verb that was done so often, with its object.

/**
 * Prepositions of where, by whom or between what dates an event was done so often ("beaten 315 times by guards", "shot
 * the attorney six times across a table", "visited North Korea seven times between 1999 and 2007", "three times
 * against them"): none of them starts a comparison, so the count ends before them as before "in".
 */
const PLACE_AND_SPAN = ["by", "across", "against", "from", "between", "amid", "apiece", "including", "without", "throughout", "until"];

/**
 * Words after "times" that end a frequency ("four times in the last three months", "ten times a day", "three times.").
 * Anything else compares ("eight times faster", "three times the size", "five times as likely"): a multiple, not a
 * count of events, left as it was.
 */
const FREQUENCY_END = new Set(["a", "an", "per", "in", "this", "last", "since", "before", "after", "during", "for", "on", "at", "over", "every", "each", "while", "when", "and", "or", "but", "so", "now", "already", "today", "yesterday", "then", "with", ...PLACE_AND_SPAN]);

/**
 * "bludgeoned his skull 12 times as she slept": "as" before a subject pronoun opens a clause of time, so the count
 * ends there; "five times as likely", "three times as many" compare.
 */
const CLAUSE_SUBJECTS = new Set(["i", "he", "she", "we", "they", "you"]);

/** Whether the word after "times" (at k) ends a count of events, not a comparison. */
function frequencyEnds(toks: readonly Tok[], k: number): boolean {
  const next = toks[k];
  if (!isWord(next)) return true;
  if (FREQUENCY_END.has(next.l)) return true;
  const after = toks[k + 1];
  return next.l === "as" && isWord(after) && CLAUSE_SUBJECTS.has(after.l);
}

/** How far back from the number the verb may be: its object and a preposition's phrase ("come to authorities' attention"). */
const REACH = 5;

/** The tags of the words a label keeps: the verb, its particle, nouns and prepositions; not determiners, pronouns or judging words. */
const KEPT = new Set(["VERB", "NOUN", "PROPN", "ADP", "PART"]);

/**
 * Irregular pasts of verbs of an event, done again and again ("hit seven times", "won the league three times"). A
 * present or base form is left out: the tagger calls too many nouns verbs ("only three or four times plays",
 * "four times cook"), and a habit said in the present is detail, unless a period says how often (habitVerb).
 */
export const IRREGULAR_DONE = new Set("hit shot won beat beaten struck saw seen came come fell fallen ran threw thrown caught met rang broke broken stole stolen took taken gave given sold told lost found fought bit bitten".split(" "));

/**
 * Whether t, the word at j, is a verb done so often: tagged a verb, or an irregular past the tagger took for a noun
 * ("After Slager shot Scott five times") when no determiner, adjective or owner makes it one ("his best shot").
 */
export function verbAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t?.pos === "VERB") return true;
  // "shows the guard firing/NOUN at the driver six times": an "-ing" the tagger took for a noun, before the
  // preposition or determiner of its object, is the doing, as an irregular past is.
  const doing = t?.pos === "NOUN" && doneVerb(t.l) && t.l.endsWith("ing") && ["ADP", "DET"].includes(toks[j + 1]?.pos ?? "");
  if (t?.pos !== "NOUN" || !(IRREGULAR_DONE.has(t.l) || doing)) return false;
  const prev = toks[j - 1];
  return prev !== undefined && !DETERMINERS.has(prev.l) && prev.pos !== "ADJ" && prev.pos !== "NUM" && !/['’]s$/.test(prev.l);
}

/**
 * Whether the word at j, right after "times"/"twice", is a past verb done so often ("three times lost in the final"),
 * which deed-after.ts names with its complement; not an "-ing" ("times doing").
 */
export function pastDeedAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  return isWord(t) && doneVerb(t.l) && !t.l.endsWith("ing") && verbAt(toks, j);
}

/** Verbs of doing nothing in particular ("hundreds of times doing", "a hundred times done"): no label. */
const LIGHT = new Set(["doing", "going", "having", "being", "getting", "making", "happening"]);

/** Whether a verb form may label a count of times: a past, an irregular past, or an "-ing" form that is no light verb. */
export function doneVerb(l: string): boolean {
  return IRREGULAR_DONE.has(l) || (l.endsWith("ed") && !ED_ADJECTIVES.has(l)) || (l.endsWith("ing") && l.length > 5 && !LIGHT.has(l));
}

/** Present verbs of doing nothing in particular ("goes three times a week"): no label, as the light "-ing" forms. */
const LIGHT_PRESENT = new Set(["go", "goes", "get", "gets", "make", "makes", "happen", "happens", "take", "takes"]);

/**
 * "moisturises her hands up to ten times a day", "breathes 22,000 times a day": a present verb said with how often a
 * day, a week or a year (`period`) is a habit, counted as a past is; with no period after it a present is left out, as
 * the tagger calls too many nouns verbs ("only three or four times plays"). t is a verb already (verbAt).
 */
function habitVerb(t: Tok, period: string): boolean {
  return period !== "" && !LIGHT_PRESENT.has(t.l);
}

/**
 * How the card weighs a count of times whose verb was found back past its object (Raw.factor): how often someone did
 * something is detail more often than news ("finding the net three times in two games" beat "24 goals" on a gold card
 * at full weight; 70 of cnndm-dev's 3,000 cards changed, many to "times cook", "times beat man"; at 0.4 "25 — times
 * scoring" still beat "two Premier League titles").
 */
const DETAIL = 0.3;

/**
 * The label of a count of times r whose noun phrase is `np` ("times", "consecutive times"): `np` and the verb done so
 * often, or `np` alone when no verb is found.
 */
export function timesDone(toks: readonly Tok[], r: Raw, np: string): string {
  const { s, e } = r;
  // "capped 25 times", "shared an astonishing 23 thousand times": a participle just before, past words that judge it.
  const v = toks[pastDescribed(toks, s) - 1];
  const k = timesAfter(toks, e);
  // "produced ten times as many T-cells": a multiple is of what it compares, not how often the verb was done.
  if (isWord(v) && v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l)) return (np === "times" && (timesMore(toks, k) || timesCompared(toks, k))) || `${np} ${v.l}`;
  // "three times lost in the final": the verb after "times" and its complement (deed-after.ts).
  if (isWord(toks[k], "times") && pastDeedAt(toks, k + 1)) return `${np} ${deedAfter(toks, k + 1)}`;
  if (!isWord(toks[k], "times") || !frequencyEnds(toks, k + 1)) return np;
  const words: string[] = [];
  // "ten times a day", "eight to ten times per day": how often, said after the verb.
  const period = periodAfter(toks, k + 1);
  // "authorities' attention": the apostrophe of a plural possessive is a token of its own, kept on its word.
  let possessive = false;
  for (let j = pastDescribed(toks, s) - 1; j >= 0 && s - j <= REACH; j--) {
    const t = toks[j];
    if (t !== undefined && (t.s === "'" || t.s === "’") && adjacent(toks[j - 1], t)) {
      possessive = true;
      continue;
    }
    if (!isWord(t) || CONJUNCTIONS.has(t.l) || AUXILIARIES.has(t.l) || t.l === "than" || t.l === "as") return np;
    const word = t.pos === "PROPN" ? t.s : t.l;
    if (KEPT.has(t.pos ?? "")) words.unshift(possessive ? `${word}'` : word);
    possessive = false;
    if (!verbAt(toks, j)) continue;
    // "boost memory five times", "cut costs three times over": a verb of change makes it a multiple.
    if (upDown(t) !== undefined || !(doneVerb(t.l) || habitVerb(t, period))) return np;
    r.factor *= DETAIL;
    return [np, ...words, period].filter((w) => w !== "").join(" ");
  }
  return np;
}
