// A vague amount picked for the card gives its slot to the exact amount the story states for the same fact, even when
// the exact one ranks too low to reach the card by itself (exact-for-vague.ts; card-audit-53's seen row N1: a caption's
// 'Hundreds of people joined the march' carded, the body's 'About 400 people joined the march' listed and off).
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";

const ARRESTS = "Police made 12 arrests near the station.";
const card = (paragraphs: string[]) =>
  findFigures(articleSentences({ paragraphs }), { salience: [1, 1, 0.1], headline: "Fuel tax protest", limit: 2 }).map((f) => [f.value, f.qualifier, f.unit, f.label]);

describe("the exact amount takes the vague one's slot", () => {
  it("'Hundreds of people joined the march on the square in Utrecht.' then, low, 'About 300 people joined the march on the square in Utrecht.'", () => {
    expect(card(["Hundreds of people joined the march on the square in Utrecht.", ARRESTS, "About 300 people joined the march on the square in Utrecht."])).toEqual([
      [300, "about", undefined, "people joined"],
      [12, undefined, undefined, "arrests"],
    ]);
  });
});

describe("near misses keep the vague amount", () => {
  it("'Hundreds of people joined the march.' then 'About 4,000 people joined a rally.': past the vague amount's reach", () => {
    expect(card(["Hundreds of people joined the march.", ARRESTS, "About 4,000 people joined the march."])).toEqual([
      [100, "hundreds of", undefined, "people joined"],
      [12, undefined, undefined, "arrests"],
    ]);
  });
  it("'Hundreds of people were on the boat.' then 'About 300 people joined the march.': another fact of the same noun", () => {
    expect(card(["Hundreds of people were on the boat.", ARRESTS, "About 300 people joined the march in Utrecht."])).toEqual([
      [100, "hundreds of", undefined, "people"],
      [12, undefined, undefined, "arrests"],
    ]);
  });
});
