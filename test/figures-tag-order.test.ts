import { describe, expect, it } from "vitest";
import { tagTokens } from "#brief/figures/pos.ts";
import { tokenize } from "#brief/figures/tokens.ts";

// wink-nlp learns each unknown word it reads into its model, and tokenizes and tags a word it has learned differently:
// without pos.ts forgetting what a reading added, which stories a warm process read before changed the tags of 127 of
// cnndm-dev's 33,436 number sentences between reading them forwards and backwards. A brief must be the same whatever
// was read before it.

const tags = (text: string): string[] => {
  const toks = tokenize(text);
  tagTokens(text, toks);
  return toks.map((t) => `${t.s}/${t.pos ?? ""}`);
};

describe("part-of-speech tags do not depend on what was read before", () => {
  it("tags a sentence the same before and after others that teach wink its words", () => {
    const gdp = "Tourism is expected to account for 20% of the country's GDP by 2024.";
    const first = tags(gdp);
    expect(first).toContain("country's/NOUN");
    // cnndm-dev's sentence whose stray full stop glues "country's." into one word wink learns as a name: read before,
    // it made the GDP sentence's "country's" a PROPN.
    tags("With 37 of the 50 states now permitting gay marriage, many. because of judicial orders, it seems unlikely the country's. highest court would reverse course.");
    expect(tags(gdp)).toEqual(first);
  });
});
