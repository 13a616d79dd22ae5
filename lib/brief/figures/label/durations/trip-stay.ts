import { MONTHS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { negated } from "#brief/figures/label/durations/past-doing.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A trip to a named place "for" a time is a stay there: "went to Africa for three weeks" → weeks in Africa, "had
// travelled to Europe for five weeks" → weeks in Europe. The time is not the going's (past-doing.ts leaves "travelled
// to Europe" unread for that reason) but the stay's, and the place the trip went to is where it was spent.

/** Verbs of going somewhere, in every form: a trip whose "for" is the stay's. */
const GOING = new Set([
  "go", "goes", "went", "gone", "going", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
  "fly", "flies", "flew", "flown", "flying", "move", "moves", "moved", "moving", "return", "returns", "returned", "returning",
  "come", "comes", "came", "coming", "head", "heads", "headed",
]);

/** How many words a place's name may run to: "the United Arab Emirates". */
const NAME_WORDS = 4;

/**
 * "in <place>" when the verb at `k` is a verb of going followed by "to" and a named place (capitalised words, after
 * "the" if any) right up to the "for" at `f`; undefined for any other shape ("went to a care home", "went to see
 * Smith", "moved to March"), "" when the trip is denied ("never went to Africa for long").
 */
export function tripStay(toks: readonly Tok[], k: number, f: number): string | undefined {
  if (!GOING.has(toks[k]?.l ?? "") || !isWord(toks[k + 1], "to")) return undefined;
  const from = isWord(toks[k + 2], "the") ? k + 3 : k + 2;
  const name = toks.slice(from, f);
  if (name.length === 0 || name.length > NAME_WORDS) return undefined;
  // A month or weekday says when, not where ("moved to March"); a name is capitalised word by word.
  if (!name.every((t) => isWord(t) && isCapitalised(t) && t.pos === "PROPN" && !MONTHS.has(t.l) && !WEEKDAYS.has(t.l))) return undefined;
  return negated(toks, k) ? "" : `in ${toks.slice(k + 2, f).map((t) => t.s).join(" ")}`;
}
