// "a minimum of 25 years in prison", "a maximum of four tickets", "a maximum of £500": a bound said as a noun
// before the number hedges it as "at least" or "up to" do, and the card says it in those words. Read as no hedge
// (lexicon.ts' QUALIFIERS had neither), the floor of a sentence printed as the sentence itself ('25 — years in
// prison', sample BE's shape 3), and a cap as the amount given. The bound's noun stays in the display ("a minimum of
// 25 years"); a term's label still names it (bound-term.ts: 'minimum term'). Only after "a": "up to the maximum of
// nine" names a limit already hedged, and "the maximum" is as often a thing's own ("the maximum two years that
// youngsters are allowed"), one worse dev row each when tried.

/** The card's hedge for a bound said as a noun, keyed by the qualifier as read (lexicon.ts' QUALIFIERS). */
const BOUND_HEDGES: ReadonlyMap<string, string> = new Map([
  ["a minimum of", "at least"],
  ["a maximum of", "up to"],
]);

/** The hedge `text` means: "at least" for a minimum, "up to" for a maximum, else `text` as read. */
export function boundHedge(text: string): string {
  return BOUND_HEDGES.get(text) ?? text;
}
