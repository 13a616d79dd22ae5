import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { purposeClause } from "#brief/figures/label/money/purpose.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";

// "It is hoped the expedition will raise £250,000", "set up a GoFundMe account to raise $50,000", "plans to raise $1bn
// from the flotation": money still to be raised is a target, but label.ts names every amount of "raise" by the noun
// of "raised", so the card said the money was in (card audit 21, sample O: '£250,000 — raised for the Lewis Moody
// Foundation'; 17 cnndm-dev and dev-bbc cards said so of an infinitive or a future). Done raising keeps "raised":
// "helped to raise", "went on to raise", "was able to raise", "players raise £33m every week".

/**
 * Words before "raise" that make it a raising still to come: the infinitive's "to" and the modals. "must" too: "they
 * must raise $80,000 by Tuesday" is money still wanted, and the card called it '$80,000 — raised'.
 */
const FUTURE = new Set(["to", "will", "would", "could", "can", "may", "might", "shall", "should", "'ll", "must"]);

/** Adverbs that may stand between the modal and "raise": "must now raise", "will still raise", "to urgently raise". */
const BETWEEN = new Set(["now", "still", "also", "first", "urgently", "yet"]);

/** Words before that "to" which say the raising was done ("helped to raise", "went on to raise", "was able to raise"). */
const DONE_BEFORE_TO = new Set(["help", "helps", "helped", "helping", "managed", "manages", "on", "able", "succeeded"]);

/** How far before the amount "raise" may stand ("to raise up to $20,000", "to raise at least 16.4bn rupees"). */
const RAISE_REACH = 4;

/** Whether a label read as "raised" names money the clause says is still to be raised. */
function stillToRaise(toks: readonly Tok[], r: Raw): boolean {
  for (let v = r.s - 1; v >= 0 && r.s - v <= RAISE_REACH; v--) {
    const t = toks[v];
    if (!isWord(t)) return false;
    if (t.l !== "raise") continue;
    const b = BETWEEN.has(toks[v - 1]?.l ?? "") ? v - 2 : v - 1;
    const before = toks[b];
    if (!isWord(before) || !FUTURE.has(before.l)) return false;
    return before.l !== "to" || !DONE_BEFORE_TO.has(toks[b - 1]?.l ?? "");
  }
  return false;
}

// "The choir has collected the bulk of £9,000 needed to pay for a tour": a part of a sum that is "needed" or "required"
// was collected, so the sum is the target, not what came in; the card labelled it by the part's word, '£36,000 —
// majority' (card audit 55's made-up shape 5). Labelled as the target and what it is needed for, the purpose clause.

/** Words of a part said before "of" a sum: "the majority of £N", "most of the £N". */
const PART_OF = new Set(["majority", "most", "bulk", "much", "part", "half", "some", "portion", "proportion"]);

/** Words after a sum that make it one still wanted: "£9,000 needed to …", "the £5m required for …". */
const WANTED = new Set(["needed", "required"]);

/** How many words the target's purpose clause may run to. */
const PURPOSE_WORDS = 7;

/** "the majority of £36,000 needed to fund a pavilion" → 'target to fund a pavilion'; undefined for any other shape. */
function partOfNeeded(toks: readonly Tok[], r: Raw): string | undefined {
  if (!isWord(toks[r.e]) || !WANTED.has(toks[r.e]!.l)) return undefined;
  const of = isWord(toks[r.s - 1], "the") ? r.s - 2 : r.s - 1;
  if (!isWord(toks[of], "of") || !PART_OF.has(toks[of - 1]?.l ?? "")) return undefined;
  // "needed for a new roof", "needed to pay for a new roof": what it is for; "needed to fund a new roof": the purpose.
  const forAt = isWord(toks[r.e + 1], "for") ? r.e + 1 : isWord(toks[r.e + 1], "to") && isWord(toks[r.e + 3], "for") ? r.e + 3 : -1;
  const end = forAt < 0 ? forAt : forwardNP(toks, pastDeterminers(toks, forAt + 1));
  if (end > forAt + 1) return `target ${phrase(toks, forAt, end)}`;
  const purpose = isWord(toks[r.e + 1], "to") ? purposeClause(toks, r.e + 1, PURPOSE_WORDS) : undefined;
  return purpose === undefined ? "target" : `target ${purpose}`;
}

/**
 * "£250,000 — raised for X" of "will raise £250,000 for X" → "target for X"; a part of a needed sum collected → the
 * sum's target (partOfNeeded); any other label is left as it is.
 */
export function raiseTarget(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined) return;
  const target = partOfNeeded(toks, r);
  if (target !== undefined) r.label = target;
  if (!r.label.startsWith("raised") || (r.label.length > 6 && r.label[6] !== " ")) return;
  if (stillToRaise(toks, r)) r.label = `target${r.label.slice(6)}`;
}
