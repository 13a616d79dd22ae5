// "stocked in 23 Harlow stores nationwide": an adverb of where after the counted plural ends its noun phrase, as
// "worldwide" does, so the plural is the head and the number a count, not a name's number (card audit 54, sample AV's
// made-up miss M3: typed an identifier, never a candidate).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

/** One sentence, its one count's value and the label it should have. */
const CASES: readonly [string, number, string][] = [
  // Was '· 23 [identifier] Harlow stores nationwide'.
  ["Her range is now stocked in 23 Dunmore stores nationwide and online.", 23, "Dunmore stores"],
  ["The chain will shut 40 branches statewide.", 40, "branches"],
  // Near miss: with nothing after the plural the count was read already.
  ["It is sold in 23 Dunmore stores.", 23, "Dunmore stores"],
];

describe("lexicon.ts ADVERBS: 'nationwide' after a count's plural", () => {
  it.each(CASES)("'%s' → %d %s", (text, value, label) => {
    expect(exactOnly(text)).toEqual(want(value, undefined, undefined, label, "count"));
  });
});
