import { foldAt } from "#brief/figures/label/counts/fold.ts";
import { runEnd } from "#brief/figures/label/ranks/streak.ts";
import { DETERMINERS, WHOLE_WINDOWS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A side's results over a run of games: a bare count after a result verb, then "in a row" or "of their last six",
// counts games won, lost or drawn. Said with two verbs ("after losing four and winning two of his last six") the
// window stands after the second count only, so the first read '4 — lost' and the second, with no verb it folds,
// took the first's label ('2 — lost': card-audit-42.md, a match report's boxed list). Each count takes its own verb
// and the window both share; the window's own noun, when it has one, names the games ("of their last six away
// games" → away games lost).

/** Verbs of a game's result, by their label form. */
const RESULTS: ReadonlyMap<string, string> = new Map([
  ["won", "won"], ["win", "won"], ["wins", "won"], ["winning", "won"],
  ["lost", "lost"], ["lose", "lost"], ["loses", "lost"], ["losing", "lost"],
  ["drew", "drawn"], ["drawn", "drawn"], ["draw", "drawn"], ["draws", "drawn"], ["drawing", "drawn"],
]);

// "has featured in 18 matches but started only five", "played 20 games this season but won just six": a bare count
// its own verb of a game's result or a start governs, after a count of games another verb governed, counts those
// games as that verb left them; it inherited the noun alone ('only five — matches', card audit 55's made-up shape 9),
// which says the five were as many matches as the 18 were. Only a verb whose object is the games themselves: "played
// 24 ties but scored two" counts goals, not ties, and keeps what it had; and only games: "The museum's last four
// exhibitions have each drawn more than 50,000" counts visitors, not exhibitions.

/** Verbs whose object is a game itself, by their label form: the results above and a start. */
const GAME_DEEDS: ReadonlyMap<string, string> = new Map([
  ...RESULTS,
  ["started", "started"], ["start", "started"], ["starts", "started"], ["starting", "started"],
]);

/** The last word of a count's noun that makes its things games or a player's part in them. */
const GAME_HEADS = new Set(["games", "matches", "ties", "fixtures", "appearances", "outings", "races", "bouts", "fights", "contests", "caps"]);

/** The label form of the game verb that governs the count at `s`, or undefined. */
function gameDeed(toks: readonly Tok[], s: number): string | undefined {
  const k = foldAt(toks, s);
  return isWord(toks[k]) && toks[k]!.pos === "VERB" ? GAME_DEEDS.get(toks[k]!.l) : undefined;
}

/**
 * The label a bare count `r` takes from `before`, the count of games whose noun `games` it elides, when its own verb
 * of a game's result or a start governs it ("started only five" → "matches started"); undefined when no such verb does, or
 * the same verb governed the count before ("won three prizes, while Mary won two": the noun says it, as before).
 */
export function elidedGameDeed(toks: readonly Tok[], r: { s: number }, before: { s: number }, games: string): string | undefined {
  if (!GAME_HEADS.has(games.slice(games.lastIndexOf(" ") + 1))) return undefined;
  const verb = gameDeed(toks, r.s);
  return verb === undefined || verb === gameDeed(toks, before.s) || games.endsWith(` ${verb}`) ? undefined : `${games} ${verb}`;
}

/** Words that count a coordinated result: a cardinal or digit, "none", "all", "both". */
const PARTS = new Set(["none", "all", "both"]);

const isPart = (t: Tok | undefined): boolean => t !== undefined && (t.kind === NUM || CARDINAL_WORDS.has(t.l) || PARTS.has(t.l));

/**
 * The label of the bare count `r` (its number from `s`, the token after it `e`) when a result verb governs it and a
 * window of games follows, past coordinated results: "lost four and won two of their last six" → games lost; else
 * undefined.
 */
export function resultRun(toks: readonly Tok[], r: { s: number; e: number }): string | undefined {
  const k = foldAt(toks, r.s);
  const verb = isWord(toks[k]) ? RESULTS.get(toks[k]!.l) : undefined;
  if (verb === undefined) return undefined;
  const e = pastResults(toks, r.e);
  if (runEnd(toks, e) >= 0) return `games ${verb}`;
  const after = lastWhole(toks, e);
  if (after < 0) return undefined;
  const end = forwardNP(toks, after);
  return `${end > after ? phrase(toks, after, end) : "games"} ${verb}`;
}

/** Past "and won two", ", drawn one and lost three" after a count ending at `e`: the token after the last such. */
function pastResults(toks: readonly Tok[], e: number): number {
  let k = e;
  // (The tagger may call "winning" or "draws" a noun; the verb list, not the tag, says a result.)
  while ((isWord(toks[k], "and") || isWord(toks[k], "but") || toks[k]?.s === ",") && RESULTS.has(toks[k + 1]?.l ?? "") && isPart(toks[k + 2])) k += 3;
  return k;
}

/**
 * Past "of their last eight", "of the opening four" (a window of a season's games, then their number) at `e`: the
 * token after the number, or -1 when no such window follows ("of them", "of the club's players").
 */
function lastWhole(toks: readonly Tok[], e: number): number {
  if (!isWord(toks[e], "of")) return -1;
  const k = DETERMINERS.has(toks[e + 1]?.l ?? "") ? e + 2 : e + 1;
  const whole = toks[k + 1];
  return WHOLE_WINDOWS.has(toks[k]?.l ?? "") && whole !== undefined && (whole.kind === NUM || CARDINAL_WORDS.has(whole.l)) ? k + 2 : -1;
}
