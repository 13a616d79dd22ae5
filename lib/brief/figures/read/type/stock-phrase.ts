import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { isQuote } from "#brief/figures/read/type/quoted-name.ts";

// 'His motto is "two steps forward"', 'He always says "three strikes and you're out"': a number inside a quoted motto,
// slogan or catchphrase, or a saying someone says habitually, is a stock phrase that counts nothing ('2 — steps').
// A quote someone said once ('He said "we lost three games"') reports and stays.

/** Nouns that make the quote after them a stock phrase ("saying" is left out: as often the verb, "saying the firm had …"). */
const STOCK = new Set(["motto", "slogan", "catchphrase", "mantra", "maxim", "adage", "refrain", "tagline", "byword", "creed", "catch-phrase", "watchword"]);

/** Adverbs and verbs of habit before a verb of saying: "always says", "likes to say", "used to say". */
const HABIT = new Set(["always", "often", "usually", "constantly", "repeatedly", "likes", "liked", "loves", "used"]);

/** How many words the quote may hold, and how far before it the stock noun or habit may stand. */
const QUOTE_WORDS = 8;
const REACH = 4;

/** Whether the figure r lies inside a short quote that a stock noun or a habitual saying introduces. */
export function stockPhrase(toks: readonly Tok[], r: Raw): boolean {
  let open = r.s - 1;
  while (open >= 0 && r.s - open <= QUOTE_WORDS && !isQuote(toks[open])) open--;
  let close = r.e;
  while (close < toks.length && close - r.s <= QUOTE_WORDS && !isQuote(toks[close])) close++;
  if (!isQuote(toks[open]) || !isQuote(toks[close])) return false;
  for (let k = open - 1; k >= 0 && open - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) continue;
    if (STOCK.has(t.l)) return true;
    if (/^(?:say|says|said|saying)$/.test(t.l) && [1, 2].some((d) => HABIT.has(toks[k - d]?.l ?? ""))) return true;
  }
  return false;
}
