import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// Money before a player's position ("the £32million Chile forward") is the fee a club paid for the player.

/** A player by position: money right before one is what the club paid for them. */
export const PLAYER_ROLES = new Set([
  "forward", "striker", "midfielder", "defender", "winger", "goalkeeper", "keeper", "centre-back", "center-back", "full-back", "playmaker", "signing",
]);

/**
 * "the £32million Chile forward", "a £24m striker", "the £15.8m signing": an amount before a player's position is
 * the transfer fee paid for them (the noun phrase `s..e`, which may stop short of a position the tagger read as an
 * adverb, "forward", or be empty before a "signing" read as a verb); undefined when it names no position.
 */
export function transferFee(toks: readonly Tok[], s: number, e: number): string | undefined {
  // "the £15.8m signing": a bare "signing" the tagger read as a verb.
  if (e === s) return isWord(toks[s], "signing") ? "transfer fee" : undefined;
  const end = PLAYER_ROLES.has(toks[e]?.l ?? "") && isCapitalised(toks[e - 1] as Tok) ? e + 1 : e;
  const head = toks[end - 1]?.l ?? "";
  if (!PLAYER_ROLES.has(head)) return undefined;
  return head === "signing" ? "transfer fee" : `transfer fee for ${phrase(toks, s, end)}`;
}
