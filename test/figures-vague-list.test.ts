// A vague amount and an exact one listed in one sentence under one label ("Hundreds of migrants drowned off Libya, and
// about 150 off Tunisia": the second carries the first's label) are two facts, not the vague one said exactly; the
// card's swap (same-fact.ts' vaguerThan) put the second place's number in the first's slot. Every sentence is made up.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, want } from "#test/helpers/figures.ts";

/** The card of these paragraphs, every sentence equally salient, under a headline naming none. */
function card(paragraphs: string[]) {
  return findFigures(articleSentences({ paragraphs }), { salience: paragraphs.map(() => 1), headline: "News in brief" }).map(exact);
}

describe("vaguerThan: a vague amount and an exact one listed in one sentence are two facts", () => {
  it("'Dozens of homes flooded in Riverton, and about 40 in Ashby.' → both, not the 40 alone", () => {
    expect(card(["Dozens of homes flooded in Riverton, and about 40 in Ashby."])).toEqual([want(12, "dozens of", undefined, "homes", "count"), want(40, "about", undefined, "homes", "count")]);
  });

  it("'Thousands of nurses marched in Leeds and 4,500 in York.' → both", () => {
    expect(card(["Thousands of nurses marched in Leeds and 4,500 in York."])).toEqual([want(1000, "thousands of", undefined, "nurses", "count"), want(4500, undefined, undefined, "nurses", "count")]);
  });

  it("near miss: said again exactly in another sentence, the exact amount alone: 'Hundreds of homes' / 'About 400 homes'", () => {
    expect(card(["Hundreds of homes flooded in Riverton.", "About 400 homes flooded in Riverton, the council said."])).toEqual([want(400, "about", undefined, "homes", "count")]);
  });

  it("near miss: one sentence's two amounts under labels of their own stay one fact: 'Thousands of jobs went …, with 4,500 jobs cut'", () => {
    expect(card(["Thousands of jobs went at the plant, with 4,500 jobs cut in York."])).toEqual([want(4500, undefined, undefined, "jobs cut", "count")]);
  });
});
