import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { timePointAt } from "#brief/figures/label/durations/label-duration.ts";
import { AIMS, CASUALTY_WORDS, DEED_NOUNS, DURATIONS, FOLD_VERBS, MEASURE_NOUNS, POSSESSIVES, SKIP_AFTER_NP, SKIP_BEFORE_FOLD, STREAK } from "#brief/figures/language/lexicon.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { datedSentencing } from "#brief/figures/label/durations/dated-sentencing.ts";
import { forBefore } from "#brief/figures/label/durations/for-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// The verb that folds into a count's label, said before the number ("killed 129 people") or after its noun ("23 were
// injured"): what happened to what is counted (count-verb.ts).

/** The fold verb before the number at `s` (its label form: "killed", "arrested"), of the count `c`; undefined if none. */
export function foldBefore(toks: readonly Tok[], s: number, c: Count): string | undefined {
  const k = foldAt(toks, s);
  const t = toks[k];
  if (!isWord(t)) return undefined;
  const casualty = CASUALTY_WORDS.get(t.l);
  // "threatened to kill 20 people", "hire a hitman to kill two people": a toll aimed at is no toll.
  if (casualty !== undefined && aimedAt(toks, k)) return AIMED;
  const fold = casualty !== undefined && t.l !== "dead" && t.l !== "missing" ? casualty : (FOLD_VERBS.get(t.l) ?? deedOf(toks, k) ?? streakWon(toks, k, s, c));
  // "died four days after the crash", "sold 10 years later": a toll's verb, or any before a time point, counts no time;
  // nor a sentencing's dated "before" ("was jailed 18 months before at Leeds Crown Court", dated-sentencing.ts).
  const point = timePointAt(toks, c.npEnd) || datedSentencing(toks, s, c.npEnd);
  if (fold !== undefined && DURATIONS.has(c.head) && (CASUALTY_WORDS.has(fold) || point)) return undefined;
  return fold;
}

/** Where the verb that may fold into the count at `s` stands: "killing all 150", "lost a staggering 300". */
export function foldAt(toks: readonly Tok[], s: number): number {
  // "sold a staggering 300": the verb is before the amount's article and the word that judges it.
  let k = pastDescribed(toks, s) - 1;
  // "lost their last three away games", "won the first two": a run's "last"/"first" and its owner stand between.
  if (RUN_ENDS.has(toks[k]?.l ?? "") && isWord(toks[k]) && (POSSESSIVES.has(toks[k - 1]?.l ?? "") || isWord(toks[k - 1], "the"))) k -= 2;
  for (let skipped = 0; skipped < 2 && isWord(toks[k]) && SKIP_BEFORE_FOLD.has(toks[k]?.l ?? ""); skipped++) k--;
  return k;
}

/** Words that pick a run of a series out before its count: "their last three games", "the first two". */
const RUN_ENDS: ReadonlySet<string> = new Set(["last", "first"]);

/**
 * The deed a noun names when the count is what it was done to: "the death of 412 people" → died, "the loss of 300 jobs"
 * → lost. Without it the count kept its bare noun ('412 — people'), saying nothing of what happened to them.
 */
function deedOf(toks: readonly Tok[], k: number): string | undefined {
  if (!isWord(toks[k], "of")) return undefined;
  const noun = toks[k - 1];
  if (livesTaken(toks, k)) return "killed";
  return isWord(noun) ? DEED_NOUNS.get(noun.l) : undefined;
}

/** Verbs whose "the lives of" is a toll ("destroyed the lives of 20 million children" is none). */
const TAKERS = new Set(["claimed", "claim", "claims", "claiming", "took", "take", "takes", "taking", "taken", "cost", "costs", "costing"]);

/**
 * Whether the "of" at `k` closes a toll's "claimed the lives of", "cost the lives of": what the count counts was killed,
 * whatever its noun ("claimed the lives of 34,000 British soldiers" → British soldiers killed, not soldiers alone).
 */
export function livesTaken(toks: readonly Tok[], k: number): boolean {
  if (!isWord(toks[k], "of") || !isWord(toks[k - 1], "lives")) return false;
  return TAKERS.has(toks[isWord(toks[k - 2], "the") ? k - 3 : k - 2]?.l ?? "");
}

/** Forms of winning, a fold only for a run of them (streakWon): "won 3 medals" keeps its plain noun elsewhere. */
const WINS = new Set(["won", "win", "wins", "winning"]);

/**
 * "won five successive games", "won their last three matches": winning folds into a run's label (successive games
 * won), as losing does into any count's; a plain count won ("won two medals") is left as it was.
 */
function streakWon(toks: readonly Tok[], k: number, s: number, c: Count): string | undefined {
  // "have won the last three": a bare count keeps its verb out, else bare-fold.ts would make it people who won.
  if (!WINS.has(toks[k]?.l ?? "") || c.np === "") return undefined;
  const run = STREAK.has(c.np.split(" ")[0] ?? "") || isWord(toks[k + 2], "last");
  return run && k < s ? "won" : undefined;
}

/** What a count of those a toll's verb was aimed at did not suffer, but was: "two — people targeted". */
const AIMED = "targeted";

/** Verbs that send someone to do a deed, a few words before its "to": "hire a hitman to kill", "ordered his men to shoot". */
const SENDS = new Set(["hire", "hires", "hired", "hiring", "recruit", "recruited", "recruiting", "ordered", "order", "orders", "ordering", "paid", "pay", "paying", "urged", "urging", "incited", "inciting"]);

/** Whether the verb at `k` is an infinitive someone aimed at or sent someone to do ("threatened to kill"), not a deed. */
function aimedAt(toks: readonly Tok[], k: number): boolean {
  if (!isWord(toks[k - 1], "to")) return false;
  if (AIMS.has(toks[k - 2]?.l ?? "")) return true;
  for (let j = k - 2; j >= 0 && k - j <= 6; j--) if (isWord(toks[j]) && SENDS.has(toks[j]!.l)) return true;
  return false;
}

/** The fold verb after the noun phrase ending at `k`, over a few words that may stand between ("were", "reportedly"). */
export function foldAfter(toks: readonly Tok[], k: number): string | undefined {
  let j = k;
  for (let skipped = 0; skipped < 3 && isWord(toks[j]) && SKIP_AFTER_NP.has(toks[j]?.l ?? ""); skipped++) j++;
  const t = toks[j];
  if (!isWord(t)) return undefined;
  return CASUALTY_WORDS.get(t.l) ?? FOLD_VERBS.get(t.l);
}

/**
 * The fold verb after the count `c` (its number at `s`)'s noun phrase; a toll's verb after a time is none, as before it
 * (foldBefore): "her partner who she had lived with for 12 years died" is the partner's death, not the years' (it read
 * 'years died'). Nor is any verb after a time its "for" makes another verb's: "The man jailed for 12 years was freed"
 * frees the man, and the years are the jailing's (it read 'years freed').
 */
export function foldAfterCount(toks: readonly Tok[], c: Count, s: number): string | undefined {
  const fold = foldAfter(toks, c.npEnd);
  // "A chef who ballooned to 31 stone has shed half his weight": a measure a verb took "to" is that verb's level, and
  // the verb after it is the clause's subject's (it read '31 — stone shed').
  if (fold !== undefined && MEASURE_NOUNS.has(c.head) && isWord(toks[pastDescribed(toks, s) - 1], "to")) return undefined;
  return fold !== undefined && DURATIONS.has(c.head) && (CASUALTY_WORDS.has(fold) || forBefore(toks, s) >= 0) ? undefined : fold;
}
