import { DURATIONS, STAGE_WORDS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Leeds lost seven straight at that stage 12 months ago": a stage's word ("stage", "level", "phase", "season";
// lexicon.ts' STAGE_WORDS) before a span of time said "ago", "earlier" or "later" numbers no stage 12: "that stage
// 12 months ago" is a point in time a comparison is set at, as "a far cry from 20 years ago" is (ago-point.ts), so
// the span is typed a date and counts nothing. Read as a duration it took a card's slot ('12 — months ago', a time
// point with nothing done in it). With no span after it "stage 12 of the race" stays an identifier; after "apartment"
// ("from his apartment 12 years ago") the span dates an event, and is left as it was.

/** Words that place a span of time before or after now or an event. */
const RELATIVE = new Set(["ago", "earlier", "later"]);

/**
 * Whether a stage's word stands before the digits at ci and the tokens from `end` are a unit of time and "ago",
 * "earlier" or "later" ("stage 12 months ago", "level 3 years later").
 */
export function stageSpan(toks: readonly Tok[], ci: number, end: number): boolean {
  if (!STAGE_WORDS.test(toks[ci - 1]?.l ?? "")) return false;
  const unit = toks[end];
  return isWord(unit) && DURATIONS.has(unit.l) && isWord(toks[end + 1]) && RELATIVE.has(toks[end + 1]!.l);
}
