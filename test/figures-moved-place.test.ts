// A bare ordinal after a verb of moving "to" or of standing is the place its subject holds (moved-place.ts).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";
import { movedPlace } from "#brief/figures/label/ranks/moved-place.ts";
import { tagWhenRead } from "#brief/figures/language/pos.ts";
import { tokenize } from "#brief/figures/language/tokens.ts";

describe("a bare ordinal after a verb of moving 'to'", () => {
  it("a lowercase holder: 'the club moved to fourth' → place of club", () => {
    expect(exact(at("After the win the club moved to fourth.", 4))).toEqual(want(4, undefined, undefined, "place of club", "rank"));
  });

  it("a particle: 'Tigres Monterrey moved up to fourth in the Clausura' → place in the Clausura", () => {
    expect(exact(at("Tigres Monterrey moved up to fourth in the Clausura.", 4))).toEqual(want(4, undefined, undefined, "place in the Clausura", "rank"));
  });

  it("second: 'Roddick slipped to second this year' → place of Roddick", () => {
    expect(exact(at("But Roddick slipped to second this year behind Roger Federer.", 2))).toEqual(want(2, undefined, undefined, "place of Roddick", "rank"));
  });

  it("near miss: a verb that moves its object: 'The win lifted Arsenal to third' keeps no holder", () => {
    expect(labelOf("The win lifted Arsenal to third.", 3)).toBe("position");
  });

  it("near miss: a noun before 'to' is no verb of moving: 'a three-point gap to fourth' names no holder", () => {
    expect(labelOf("Liverpool have a three-point gap to fourth.", 4)).toBe("position");
  });

  it("near miss: a pronoun: 'we dropped to fourth' names no holder", () => {
    expect(labelOf("In one game we dropped to fourth.", 4)).toBe("position");
  });
});

describe("a bare ordinal after a verb of standing", () => {
  it("'Arsenal are third' → place of Arsenal", () => {
    expect(exact(at("Arsenal are third.", 3))).toEqual(want(3, undefined, undefined, "place of Arsenal", "rank"));
  });

  it("over an adverb: 'Arsenal are now fifth' → place of Arsenal", () => {
    expect(exact(at("Arsenal are now fifth.", 5))).toEqual(want(5, undefined, undefined, "place of Arsenal", "rank"));
  });

  it("near miss: a noun after it: 'It was third time lucky' is no place", () => {
    expect(labelOf("For Warrington it was third time lucky.", 3)).not.toMatch(/^place/);
  });

  it("near miss: 'Britain is fifth largest' is no place", () => {
    expect(labelOf("Britain is fifth largest.", 5)).not.toMatch(/^place/);
  });

  it("near miss: 'is second to none' is praise, no place", () => {
    expect(labelOf("What Klopp has done at Dortmund is second to none.", 2)).toBeUndefined();
  });

  it("near miss: a subject cut inside a name names no holder ('the fate of Bali Nine drug smugglers is probably third')", () => {
    expect(labelOf("He says the fate of Bali Nine drug smugglers is probably third on the list of concerns.", 3)).not.toMatch(/^place of/);
  });

  it("a name opening the sentence is whole: 'Rory Sabbatini was third' → place of Rory Sabbatini", () => {
    expect(labelOf("Rory Sabbatini was third and Robert Allenby fourth.", 3)).toBe("place of Rory Sabbatini");
  });
});

describe("the adverb's tag is asked only where a verb of standing could take the place", () => {
  const untagged = (text: string, ordinal: string): boolean => {
    const toks = tokenize(text);
    tagWhenRead(text, toks);
    const i = toks.findIndex((t) => t.l === ordinal);
    movedPlace(toks, i, i + 1);
    return toks.every((t) => t.pending !== undefined);
  };

  it("'for the second time' has no verb of standing: its sentence is left untagged", () => {
    expect(untagged("He scored for the second time this season.", "second")).toBe(true);
  });

  it("'are now fifth' asks the adverb's tag", () => {
    expect(untagged("Arsenal are now fifth.", "fifth")).toBe(false);
  });
});
