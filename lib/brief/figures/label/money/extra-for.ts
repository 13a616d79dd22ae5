import { isDash } from "#brief/figures/language/dash-aside.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "an extra £310 a week – £2,100 rather than £1,790 – for each carer who works nights": a rate said as an extra is
// extra for whoever the "for" after it names, past a dash aside that only restates it; the period alone had been the
// label ('£310 — a week'; card audit 51, sample AS's made-up shape 3).

/** Words before an amount that make it an addition to what someone already has. */
const EXTRA = new Set(["extra", "additional"]);

/** How far an aside between the period and its "for" may run. */
const ASIDE = 12;

/**
 * "extra a week for each carer" for an extra rate whose `period` ends before `after`, or undefined: the noun phrase
 * after "for" (past a dash aside); a "who" clause after it would run past what a label holds.
 */
export function extraFor(toks: readonly Tok[], s: number, after: number, period: string): string | undefined {
  if (!isWord(toks[s - 1]) || !EXTRA.has(toks[s - 1]!.l)) return undefined;
  let k = after;
  if (isDash(toks[k])) {
    let close = k + 1;
    while (close < toks.length && close - k <= ASIDE && !isDash(toks[close])) close++;
    if (!isDash(toks[close])) return undefined;
    k = close + 1;
  }
  if (!isWord(toks[k], "for")) return undefined;
  const n = pastDeterminers(toks, k + 1);
  const end = forwardNP(toks, n);
  if (end <= n) return undefined;
  return `extra ${period} for ${phrase(toks, k + 1, end)}`;
}
