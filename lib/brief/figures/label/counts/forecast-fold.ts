import type { Raw } from "#brief/figures/card/figure.ts";
import { foldAt } from "#brief/figures/label/counts/fold.ts";
import { CASUALTY_WORDS, FOLD_VERBS, POSSIBILITY_MODALS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A count's verb under a modal of the future or of possibility is no past: '"Five hundred thousand babies will die
// needlessly"' printed 'babies died' (sample BD), "could cut up to 45,000 jobs" 'jobs cut'. The label keeps what
// the modal says: 'babies expected to die', 'jobs could be cut'. "would" is left, as it also tells in the past what
// came to be ("two more people would also die"), and so is a perfect ("may have died": a past unsure).

/** Modals of the future: their verb is a forecast ("will die" → expected to die). */
const FUTURE = new Set(["will", "'ll", "shall"]);
/** How far after the count its verb may stand: "45 million children will die", "560 will be lost". */
const REACH = 8;

/** The past label a verb folds into a count ("die" → died, "lose" → lost), or undefined. */
const folded = (t: Tok | undefined): string | undefined => (isWord(t) ? (CASUALTY_WORDS.get(t.l) ?? FOLD_VERBS.get(t.l)) : undefined);

/** The modal governing the verb at `v` (over a passive's "be" and one adverb), and whether the verb is passive. */
function modalOf(toks: readonly Tok[], v: number): { modal: string; passive: boolean } | undefined {
  let k = v - 1;
  const passive = isWord(toks[k], "be");
  if (passive) k--;
  if (toks[k]?.pos === "ADV") k--;
  const modal = toks[k]?.l ?? "";
  return FUTURE.has(modal) || POSSIBILITY_MODALS.has(modal) ? { modal, passive } : undefined;
}

/** Where the verb that folded into `r` stands after it ("40 people, officials fear, will die"); -1 if none. */
function verbAfter(toks: readonly Tok[], r: Raw): number {
  for (let j = r.e; j < toks.length && j - r.e < REACH; j++) if (folded(toks[j]) === r.fold) return j;
  return -1;
}

/**
 * The label of the count `r` whose fold verb a modal of the future or of possibility governs, its past fold replaced
 * by what the modal says ('babies expected to die', 'jobs could be cut', 'good men expected to be killed'); undefined
 * when its verb is told as done.
 */
export function forecastFold(toks: readonly Tok[], r: Raw): string | undefined {
  const fold = r.fold;
  if (fold === undefined) return undefined;
  // Only a verb after the count, its subject: a verb before it ("could cut up to 45,000 jobs", "will cut 700 and 400
  // jobs") is left, as a pair's second and a same-fact rule read its past label; and one before it told as done wins
  // ("killed 40 people and will kill more").
  const before = foldAt(toks, r.s);
  if (before < r.s && folded(toks[before]) === fold) return undefined;
  const v = verbAfter(toks, r);
  const governed = v < 0 ? undefined : modalOf(toks, v);
  if (governed === undefined) return undefined;
  const doing = governed.passive ? `be ${fold}` : (toks[v]?.l ?? fold);
  const said = FUTURE.has(governed.modal) ? `expected to ${doing}` : `${governed.modal} ${doing}`;
  // The fold closes the label ("babies died", or "died" alone): only that word is replaced.
  return ` ${r.label}`.replace(new RegExp(` ${fold}$`), ` ${said}`).slice(1);
}
