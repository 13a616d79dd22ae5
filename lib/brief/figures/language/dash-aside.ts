import { MONEY_VERBS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";

// "Despite the poor showing - the play cost $30m but only recouped $12m - the revival trend shows no sign of slowing":
// an amount inside a dash aside is the aside's, so the words after its closing dash (another clause's subject) never
// name it; the nearest-phrase fallback (nearest.ts) stops at the dash and takes the noun the aside opens with (play).

/** Dashes between words: a spaced hyphen (and "--", typed as two), an en dash, an em dash. */
const DASHES = new Set(["-", "–", "—"]);

/** How far back from an amount its aside's opening dash may stand. */
const ASIDE = 20;

/** Whether `t` is a dash standing between words. */
export function isDash(t: Tok | undefined): boolean {
  return t?.kind === PUNCT && DASHES.has(t.s);
}

/**
 * The noun phrase an aside opens with, when the amount at `s` stands inside one that a dash opened before it ("- the
 * play cost $30m but only recouped $12m -" → play), "" when no phrase opens it; undefined when no dash opens one within
 * reach: a dash after the amount then opens a gloss of it ("less than £9,500 – the level identified as the minimum").
 */
export function asideNoun(toks: readonly Tok[], s: number): string | undefined {
  for (let j = s - 1; j >= 0 && s - j <= ASIDE; j--) {
    if (!isDash(toks[j])) continue;
    const k = pastDeterminers(toks, j + 1);
    if (!isWord(toks[k])) return "";
    let end = forwardNP(toks, k);
    // "the play cost $30m": a verb of money the tagger took for the phrase's last noun is the aside's verb.
    if (end - k > 1 && MONEY_VERBS.has(toks[end - 1]!.l)) end--;
    return end > k && end < s ? phrase(toks, k, end) : "";
  }
  return undefined;
}

// "In all there have been 64 recorded outbreaks in 2026 - worryingly 7 in the past fortnight - compared to 81 last
// year": an amount inside a dash aside that closes before an earlier level is the aside's, not what that level is
// compared with (card audit 57, sample AY's value error: '7 — recorded outbreaks (from 81)'; link.ts).

/** Whether the amount at `s`..`e` stands in a dash aside opened before it that closes before token `before`. */
export function closedAside(toks: readonly Tok[], s: number, e: number, before: number): boolean {
  let closes = false;
  for (let j = e; j < before && !closes; j++) closes = isDash(toks[j]);
  if (!closes) return false;
  for (let j = s - 1; j >= 0 && s - j <= ASIDE; j--) if (isDash(toks[j])) return true;
  return false;
}
