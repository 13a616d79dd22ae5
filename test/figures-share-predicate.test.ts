// Two shares in words of one value and one group, each with its own predicate ("one in four renters … will be behind
// on their rent" / "nearly one in four renters will live on nest eggs …"), are two facts, not the same percentage
// twice (card audit 51, sample AS's made-up shape 16: one of them dropped).
import { describe, expect, it } from "vitest";
import { briefFigures } from "#test/helpers/figures.ts";

const shares = (...paragraphs: string[]) => briefFigures(...paragraphs).filter((f) => f.type === "other").map((f) => [f.value, f.qualifier, f.label]);

describe("share-predicate.ts: a share whose group does another thing is another fact", () => {
  it("'It found that one in four renters who turn 60 this year will be behind on their rent.' / 'Economists added that nearly one in four renters will live on nest eggs of less than £5,000.' → both", () => {
    // Was 'one in four — renters' alone, the second dropped as the same fact.
    const found = shares("It found that one in four renters who turn 60 this year will be behind on their rent.", "Economists added that nearly one in four renters will live on nest eggs of less than £5,000.");
    expect(found).toEqual([[0.25, undefined, "renters"], [0.25, "nearly", "renters will live"]]);
  });
  it("near miss: 'One in four renters are behind on their rent, a survey found.' / 'The survey found that one in four renters fall behind on rent.' → one fact", () => {
    const found = shares("One in four renters are behind on their rent, a survey found.", "The survey found that one in four renters fall behind on rent.");
    expect(found).toEqual([[0.25, undefined, "renters"]]);
  });
});
