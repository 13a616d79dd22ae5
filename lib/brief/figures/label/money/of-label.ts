import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, KIND_NOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// What an amount is "of": the noun before its "of" ("a saving of a whopping £1,288", "a total of $5m" and what the
// total is of) or the thing after its "worth of" ("£16.9bn worth of goods"). A step of label-money.ts, kept apart so
// the chain there reads in one sitting; it runs after the exchange-rate and theft steps and before a thing's value.

/**
 * Labels `r` by the "of" before it or the "worth of" after it, `described` being where the amount's article and the
 * word that judges it start; true when the money step ends here (even with an empty label).
 */
export function ofLabel(toks: readonly Tok[], r: Raw, described: number): boolean {
  if (isWord(toks[described - 1], "of")) {
    const np = backNP(toks, described - 1, false);
    if (np && !(np[1] - np[0] === 1 && KIND_NOUNS.has(toks[np[0]]?.l ?? "") && described === r.s && forwardNP(toks, r.e) > r.e)) {
      r.label = phrase(toks, np[0], np[1]);
      // "made a spending request to Congress of $1.6 billion": a name said "to", "from" or "with" before the "of" is a
      // party to the money; the noun before it says what the money is ("spending request to Congress").
      const party = toks.slice(np[0], np[1]).every((t) => isCapitalised(t)) && /^(?:to|from|with)$/.test(toks[np[0] - 1]?.l ?? "");
      const head = party ? backNP(toks, np[0] - 1, false) : undefined;
      if (head) r.label = phrase(toks, head[0], np[1]);
      // "the bill came to a total of $5m": a total of what is named before it.
      if (/^(?:total|sum|amount|figure|tally)$/i.test(r.label)) {
        let k = np[0];
        while (k > 0 && DETERMINERS.has(toks[k - 1]?.l ?? "")) k--;
        const before = backNP(toks, k - (isWord(toks[k - 1], "to") ? 1 : 0) - (/^(?:came|comes|come|amounted|amounts)$/.test(toks[k - 2]?.l ?? "") ? 1 : 0));
        if (before) r.label = phrase(toks, before[0], before[1]);
      }
      return true;
    }
  }
  // "£16.9bn worth of goods", "£33million worth of the meat" (over its determiner)
  if (isWord(toks[r.e], "worth") && isWord(toks[r.e + 1], "of")) {
    const k = pastDeterminers(toks, r.e + 2);
    // "£100 worth of fencing", "of clothing": a worth is of a thing, so a lone "-ing" word after it is a noun.
    const end = Math.max(forwardNP(toks, k), isWord(toks[k]) && toks[k]!.l.endsWith("ing") ? k + 1 : k);
    if (end > k) {
      r.label = phrase(toks, k, end);
      return true;
    }
  }
  return false;
}
