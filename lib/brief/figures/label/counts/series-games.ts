import { plural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "before the seven game series", "won the five-match series", "the three Test series": the number counts the games of
// one series, not series; labelled by the noun phrase it read 'seven — game series' (blind sample AZ's made-up shape 3),
// as if seven series were to be played. Only with one series named by an article or owner before the number: "has won
// three game series" (no article) may count series.

/** Singular nouns of the games a series is made of. */
const SERIES_GAMES = new Set(["game", "match", "test", "race", "bout", "fight"]);

/** Words before the number that make its series one: "the seven game series", "a five-match series", "Leeds' seven". */
const ONE_SERIES = /^(?:the|a|an|this|that|their|its|his|her|our|[^\s]+['’]s?)$/;

/**
 * The label of a count (starting at `s`) of games in one series, from the label its noun phrase gave ("game series"),
 * or undefined.
 */
export function seriesGames(toks: readonly Tok[], s: number, np: string): string | undefined {
  const before = toks[s - 1];
  if (!isWord(before) || !ONE_SERIES.test(before.l)) return undefined;
  const words = np.split(" ");
  if (words.length !== 2 || words[1] !== "series" || !SERIES_GAMES.has(words[0]!.toLowerCase())) return undefined;
  return `${plural(words[0]!)} in the series`;
}
