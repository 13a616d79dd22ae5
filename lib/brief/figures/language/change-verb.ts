import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { CUR, isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";

// The rising or falling verb before a percentage, and what the change is a change in.

/**
 * Where a change's amount starts once its article and describing words are counted in: "rose by a strong 0.7%", "grew
 * by a record 13.3%", "fell by a massive 40%" read as "rose by 0.7%"; `s` itself when no "a"/"an" and adjective stand
 * right before it.
 */
export function pastDescribed(toks: readonly Tok[], s: number): number {
  let k = s;
  while (s - k < 2 && isWord(toks[k - 1]) && (toks[k - 1]?.pos === "ADJ" || toks[k - 1]?.l === "record")) k--;
  return k < s && (isWord(toks[k - 1], "a") || isWord(toks[k - 1], "an")) ? k - 1 : s;
}

/** Whether the word at j is one pastDescribed steps over: an adjective between "a"/"an" and an amount ("an astonishing 286"). */
export function describesAmount(toks: readonly Tok[], j: number): boolean {
  let n = j + 1;
  while (n - j < 2 && isWord(toks[n]) && toks[n]?.pos === "ADJ") n++;
  const amount = toks[n]?.kind === NUM || toks[n]?.kind === CUR;
  return amount && pastDescribed(toks, n) <= j;
}

/** How many words the adverbial "on average" ("on the average") ending at v holds; 0 when it ends at none. */
function onAverage(toks: readonly Tok[], v: number): number {
  if (!isWord(toks[v], "average")) return 0;
  if (isWord(toks[v - 1], "on")) return 2;
  return isWord(toks[v - 1], "the") && isWord(toks[v - 2], "on") ? 3 : 0;
}

/** Whether the change at the percentage starting at `at` is said "on average" before its "by": an average change. */
export function averagedChange(toks: readonly Tok[], at: number): boolean {
  const s = pastDescribed(toks, at);
  return isWord(toks[s - 1], "by") && onAverage(toks, s - 2) > 0;
}

/** The rising or falling verb before a percentage: "fell 5%", "fell by 5%", "increasing its dividend by 26%"; -1 if none. */
export function changeVerb(toks: readonly Tok[], at: number): number {
  const s = pastDescribed(toks, at);
  let v = s - 1;
  if (isWord(toks[v], "by")) v--;
  // "are to go up on average by about 2%": the adverbial "on (the) average" stands between the verb and its "by"; read
  // as the change's object it labelled the rise 'average' (card audit 56, sample AX's made-up shape 10).
  v -= onAverage(toks, v);
  if (upDown(toks[v])) return v;
  if (isWord(toks[s - 1], "by")) {
    const object = backNP(toks, s - 1, false);
    if (object) {
      let w = object[0] - 1;
      while (w >= 0 && DETERMINERS.has(toks[w]?.l ?? "")) w--;
      if (changeDirection(toks[w])) return w;
    }
  }
  return -1;
}

/**
 * Verbs that change their object "by" an amount but are no verbs of change alone: "will lift its final payout by 20%",
 * "raise the dividend by 10%" ('20% — final payout' was no rise). Only before an object and "by": "lift 25 tonnes",
 * "raise the pension age … from 60 to 65" and "raise £5m" lift, move or collect, and stay out of UP_VERBS.
 */
const OBJECT_CHANGE_VERBS = new Map<string, "up" | "down">([
  ["lift", "up"], ["lifts", "up"], ["raise", "up"], ["raises", "up"],
]);

/** Whether the verb changeVerb found raises or lowers: a verb of change, or one changing its object "by" N. */
export function changeDirection(t: Tok | undefined): "up" | "down" | undefined {
  return upDown(t) ?? (isWord(t) ? OBJECT_CHANGE_VERBS.get(t.l) : undefined);
}

/** What a change at the percentage starting at s is about: the object before "by", else the verb's subject. */
export function changeTopic(toks: readonly Tok[], at: number, v: number): [number, number] | undefined {
  const s = pastDescribed(toks, at);
  if (isWord(toks[s - 1], "by")) {
    // "The Dow Jones Emerging Markets 50 fell by 2%", "Of the shares listed, 12 rose by 5%": after digits the tagger
    // may call the verb a noun, and the phrase before "by" is then the verb itself ('fall in fell'), no object.
    const object = onAverage(toks, s - 2) > 0 ? undefined : backNP(toks, s - 1, false);
    if (object && !(object[0] <= v && v < object[1])) return object;
  }
  // "sales of trench coats shot up 10 per cent", "went down 5%": "up" or "down" after a verb is its particle, and the
  // subject is the verb's.
  const particle = (isWord(toks[v], "up") || isWord(toks[v], "down")) && PARTICLE_VERBS.has(toks[v - 1]?.l ?? "");
  return verbSubject(toks, particle ? v - 1 : v);
}

/**
 * Verbs that move an amount with "up" or "down" after them ("shot up", "went down", "edged up"); the parse may call them
 * nouns. A market's close or open too ("Shares in the chipmaker closed down 6% in Amsterdam trade", "ended up 4%"): the
 * subject is what moved, where the place after the percent had labelled it ('6% — Amsterdam trade', card-audit-54's
 * made-up shape 3).
 */
const PARTICLE_VERBS = new Set([
  "shot", "shoots", "shooting", "went", "go", "goes", "gone", "going", "came", "come", "comes", "coming", "edged", "edges", "ticked", "ticks", "crept", "creeps", "moved", "moves", "inched", "inches",
  "closed", "closes", "closing", "ended", "ends", "ending", "finished", "finishes", "opened", "opens", "traded", "trades", "trading",
]);
