import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// Betting odds: "the 6/4 favourite", "a 100/1 shot", "5/2 odds". Written as N/M, they read as a date ("6/4" is 6 April
// to the date rule of type.ts), so bbc-entertainment-013's highlight 'placed … Levy's novel as the 6/4 favourite to win'
// listed a date (card-audit-15, sample I). Odds are a ratio the gold types "other": no card figure, but no date.

/** Words after N/M that make it odds: a favourite, a shot, the odds or a chance at that price, an outsider. */
const ODDS_AFTER = /^(?:favourites?|favorites?|shots?|odds|chances?|outsiders?|bets?)$/;

/**
 * Whether the number at `ci` (ending at `end`) is one side of betting odds "N/M": written closed up ("6/4", not
 * "9 / 11") and followed by a word of betting ("favourite", "shot", "odds", "chance", "outsider"), or after "odds of"
 * ("at odds of 5/1").
 */
export function bettingOdds(toks: readonly Tok[], ci: number, end: number): boolean {
  // "gave Scott odds of 6-9", "the outsider with odds of 40-1": after "odds of", a hyphen pair is odds too, not a range
  // or a score (card audit 22, sample P: '6-9 — Scott odds' read as a count range).
  if ((pair(toks, end, "-") && oddsOf(toks, ci)) || (pair(toks, ci - 1, "-") && oddsOf(toks, ci - 2))) return true;
  // The first side ("6" of "6/4") or the second ("4"): the pair spans first..first + 2.
  const first = pair(toks, end, "/") ? ci : pair(toks, ci - 1, "/") ? ci - 2 : undefined;
  if (first === undefined) return false;
  const after = toks[first + 3];
  return (isWord(after) && ODDS_AFTER.test(after.l)) || oddsOf(toks, first);
}

// The two tests below are module functions, not closures over `toks` made at each call: every number is asked
// whether it is odds, and the CLI and bench run through tsx, whose esbuild keepNames names each closure as it is made
// (an Object.defineProperty call a closure).

/** Whether toks[k] is `sign` closed up between two numbers ("6/4", "6-9"). */
const pair = (toks: readonly Tok[], k: number, sign: string): boolean =>
  toks[k]?.s === sign && toks[k - 1]?.kind === NUM && toks[k + 1]?.kind === NUM && adjacent(toks[k - 1], toks[k]) && adjacent(toks[k], toks[k + 1]);

/** Whether "odds of" comes right before toks[first]. */
const oddsOf = (toks: readonly Tok[], first: number): boolean => isWord(toks[first - 1], "of") && isWord(toks[first - 2], "odds");
