import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "about 14 feet below the waterline", "roughly 30 centimetres under the sand", "200 metres underground": a length
// followed by a word of lying under something is a depth, and was labelled by its unit alone ('about 14 — feet';
// card-audit-50's made-up shape 2) or by "distance". Read by unit-dimension.ts's side(), beside "deep", "tall" and
// "wide", so any length unit, feet too, says it. Not a shortfall: "30 cm below the record", "two metres under par"
// measure a gap to a mark, not how deep anything lies.

/** Words after a length that put something under a surface: the surface follows all but "underground". */
const UNDER = new Set(["below", "beneath", "under", "underneath"]);

/** Heads that make "below X" a gap to a mark, not a depth. */
const MARKS = new RegExp(
  "^(?:records?|marks?|targets?|averages?|peaks?|limits?|thresholds?|par|norm|forecasts?|levels?|minimum|maximum|best" +
    // "2 metres under the plan", "30 metres under the new rules": "under" as what allows it, no surface.
    "|plans?|schemes?|rules?|proposals?|laws?|deals?|agreements?|terms|polic(?:y|ies)|regulations?|guidelines|bills?" +
    // "200 metres below the summit", "2 metres under the leader": short of a high point or a rival, no depth.
    "|summits?|tops?|ridges?|crests?|crossbars?|altitude|leaders?)$",
);

/** How many words the surface may hold: "the waterline", "the sea bed", "the frozen lake". */
const SURFACE_WORDS = 3;

/** The depth the words at k say ("depth below waterline", "depth underground"), or "" when they say none. */
export function depthAt(toks: readonly Tok[], k: number): string {
  const t = toks[k];
  if (!isWord(t)) return "";
  if (t.l === "underground") return "depth underground";
  if (!UNDER.has(t.l)) return "";
  const from = pastDeterminers(toks, k + 1);
  const end = forwardNP(toks, from);
  if (end <= from || end - from > SURFACE_WORDS) return "";
  // "below sea level" is a depth, as "below the sea bed" is: only a mark the level is not ("the flood level") stops it.
  const head = toks[end - 1]!.l;
  if (MARKS.test(head) && !(head === "level" && isWord(toks[end - 2], "sea"))) return "";
  return `depth ${phrase(toks, k, end)}`;
}
