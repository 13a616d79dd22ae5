// Mutation sweep 47 (docs/mutation-sweep-47.md): one sentence each for a labels80 rule whose mutant the rule's own
// tests let through. Each pins the figure an editor reads on the card.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("labels80's rules, pinned where their own tests did not reach", () => {
  it("T38: 'Hundreds of migrants drowned off Libya last week, and about 150 off Tunisia.': a one-figure card keeps Libya's", () => {
    // exact-for-vague.ts: an exact count in the vague one's own sentence is another part of a list, never its slot's.
    const paragraphs = ["Hundreds of migrants drowned off Libya last week, and about 150 off Tunisia.", "Police made 12 arrests near the station."];
    const card = findFigures(articleSentences({ paragraphs }), { salience: [1, 0.5], headline: "Migrants drown", limit: 1 });
    expect(card.map((f) => [f.value, f.qualifier, f.label])).toEqual([[100, "hundreds of", "migrants drowned"]]);
  });

  it("T43: 'The club signed 12 players, three of them on May 4, before the window closed.': a date is when, not where", () => {
    // subset-scope.ts: "on" a month's day says when ('players on May' was the scope read).
    expect(exact(at("The club signed 12 players, three of them on May 4, before the window closed.", 3))).toEqual(want(3, undefined, undefined, "players", "count"));
  });

  it("T45: 'Thieves stole thousands of pounds of jewellery from the shop.': a vague sum of pounds stays money", () => {
    // pounds-weigh.ts: only an exact scaled amount of a thing weighs it ("2 million pounds of cocaine").
    expect(exact(at("Thieves stole thousands of pounds of jewellery from the shop.", 1000))).toEqual(want(1000, "thousands of", "GBP", "jewellery", "money"));
  });
});
