import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGE_NOUNS } from "#brief/figures/language/lexicon.ts";

// "With inflation, this figure would have risen to £60 million", "In Singapore the figure is close to 5%", "although in
// London the figure rises to 24%": "the figure" stands for an amount just named, and the card showed its label as
// "figure" (card audit 21, sample O's left faults; 8 cnndm-dev and dev-bbc card rows). The amount it stands for is the
// nearest earlier one of the same kind, money in the same currency or a percent, in the sentence or the one before;
// its label is what this amount is of too ("£40 million — economic impact" … "this figure would have risen to £60
// million" → economic impact). Measures are left: "the figure is about 76 for men" after "less than 79 years" is the
// same life expectancy, but a span after a span is as often a different thing; so is a count after the sentence
// before's count. A count takes only a count its own sentence named ("CNN said 10 claims …, while the Post said the
// figure was 11" → claims).

/**
 * "the figure", "this figure", "that figures": the anaphor said before the amount; so is "that number", "this number"
 * ("At 25C that number jumps to 20 per cent"), but not "the number", which is as often "the number of" something;
 * "the number" is one only as the subject of "was", "is" or "stood" right after it ("the number was 14", "the number
 * stood at 40%"): a placeholder the card showed as 'number' (card audit 56's rerun). Not before a verb of change ("The
 * number rose to 15 per cent" after a rise in sales: what rose is not said, elided-amount's test).
 */
const ANAPHOR = /\b(?:(?:the|this|that) figures?|(?:this|that) number|the number (?:was|is|stood|stands))\b/i;

/** Whether two amounts are of one kind: money in one currency, or two percents. */
function sameKind(a: Raw, b: Raw): boolean {
  return a.percent === b.percent && a.currency === b.currency;
}

/** A count (its type says no span, measure or rank): "10 claims", not "79 years" or "fifth". */
const bareCount = (r: Raw): boolean => r.currency === undefined && !r.percent && (r.type === undefined || r.type === "count");

/** Whether a label names the amount itself rather than what it is of ("figure"): the anaphor candidates.ts resolves. */
export const anaphoric = (label: string): boolean => label === "figure" || label === "figures" || label === "number";

/**
 * The label of the amount "the figure" before `r` stands for: the last amount of its kind with a label of its own in
 * `before` (the sentence's amounts before it), else in `previous` (the sentence before's); undefined when there is none
 * or `r` is not so labelled.
 */
export function figureAntecedent(text: string, r: Raw, before: readonly Raw[], previous: readonly Raw[]): string | undefined {
  if (!anaphoric(r.label) || !ANAPHOR.test(text.slice(0, r.from))) return undefined;
  const amount = r.currency !== undefined || r.percent;
  // "CNN said 10 claims had been found, while the Post said the figure was 11": a bare count takes the count its own
  // sentence named before it, never one of the sentence before.
  for (const list of amount ? [before, previous] : [before]) {
    for (let k = list.length - 1; k >= 0; k--) {
      const a = list[k]!;
      if (sameKind(a, r) && (amount || bareCount(a)) && !anaphoric(a.label) && a.fallback !== true && a.label !== "") return ownComparison(text, r, a.label);
    }
  }
  return undefined;
}

// "March saw 30 per cent more rain than average. Last month the figure was 7 per cent below average.": the figure
// stands for the rain, not for the difference said before ('7 per cent — more rain than average' would say the
// opposite of the sentence). An antecedent told as a difference in a noun (more-noun.ts) lends that noun, and the
// anaphor's own comparison with a norm right after it is kept ("rain below average"); a comparison of its own with
// anything else leaves the noun alone ("below the long-term average" → rain); with none, the label is the
// antecedent's, as before.

/** "more rain than average", "fewer people": a difference in a noun, the noun caught; never "less than Aguero". */
const COMPARED_NOUN = /^(?:more|less|fewer) (?!than )(.+?)(?: than .+)?$/;

/** " below average", " less than usual", " above": a comparison right after the anaphor's amount, and its norm. */
const OWN_COMPARISON = /^ (?:(above|below)|(more|less|fewer) than)(?: (?:the )?(average|normal|usual|expected|forecast)\b)?/;

/** How many characters after an amount OWN_COMPARISON reads: " fewer than the expected" and a little more. */
const COMPARISON_REACH = 32;

/** The label the anaphor `r` takes from its antecedent's `label`: the noun and `r`'s own comparison, else `label`. */
function ownComparison(text: string, r: Raw, label: string): string {
  const noun = COMPARED_NOUN.exec(label)?.[1];
  const own = noun === undefined ? null : OWN_COMPARISON.exec(text.slice(r.to, r.to + COMPARISON_REACH));
  if (noun === undefined || own === null) return label;
  const [, side, comparative, norm] = own;
  if (norm === undefined) return noun;
  return side === undefined ? `${comparative} ${noun} than ${norm}` : `${noun} ${side} ${norm}`;
}

// "… monitoring more than 3,000 people suspected of being involved. That marks a 24 per cent increase in the five
// months since November.": a sentence that opens on "This is", "That marks" or "It represents" and a percent change
// is a change in the amount the sentence before named ('24 per cent — increase' named nothing). Only when that
// sentence named one amount (a year aside), so the change cannot be of another; a percent there is a share or a
// change itself, and what a change of a share is (points or a ratio) is left unsaid.

/** "This is a", "That marks an", "It represents a": a sentence opening on the change said of the one before. */
const CHANGE_OPENING = /^(?:This|That|It) (?:is|was|marks|marked|represents|represented) (?:a|an) /;


/** "increase in people" for `r`, a percent change opening its sentence, when the sentence before named one amount. */
export function changeAntecedent(text: string, r: Raw, previous: readonly Raw[]): string | undefined {
  if (!r.percent || !CHANGE_NOUNS.has(r.label) || !CHANGE_OPENING.test(text)) return undefined;
  const amounts = previous.filter((a) => a.type !== "year" && a.type !== "date");
  const only = amounts.length === 1 ? amounts[0]! : undefined;
  if (only === undefined || only.percent || only.fallback === true || only.label === "" || anaphoric(only.label)) return undefined;
  return `${r.label} in ${only.label}`;
}
