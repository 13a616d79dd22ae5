// coordinated-nationality.ts: "cost 140 French and 320 Spanish lives": the first of two counts, each with its own
// nationality and one noun said after the second, counts that noun (card audit 48's shape 14: '· 140 [identifier]').
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("the first of two counts with coordinated nationalities", () => {
  it("'The siege cost 140 French and 320 Spanish lives' → 140 — French lives", () => {
    expect(exact(at("The siege cost 140 French and 320 Spanish lives.", 140))).toEqual(want(140, undefined, undefined, "French lives", "count"));
  });

  it("a time after, another verb: 'The two floods claimed 45 Dutch and 90 German lives in a single week'", () => {
    expect(at("The two floods claimed 45 Dutch and 90 German lives in a single week.", 45).label).toBe("Dutch lives");
  });

  it("thousands with a comma: 'The war claimed 2,000 Iraqi and 500 American lives' → Iraqi lives", () => {
    expect(at("The war claimed 2,000 Iraqi and 500 American lives.", 2000).label).toBe("Iraqi lives");
  });

  it("spelled, fronted, another noun: 'Twenty Italian and forty French fans were hurt' → Italian fans", () => {
    expect(at("Twenty Italian and forty French fans were hurt.", 20).label).toBe("Italian fans");
  });

  it("spelled, small, 'or': 'Each side may field three Brazilian or four Argentine players' → Brazilian players", () => {
    expect(at("Each side may field three Brazilian or four Argentine players.", 3).label).toBe("Brazilian players");
  });

  it("near miss (review): a plural is no nationality: 'She won 5 Grammys and 2 Brit awards' → 5 Grammys", () => {
    expect(at("She won 5 Grammys and 2 Brit awards.", 5).label).toBe("Grammys");
  });

  it("'Swiss' ends in s and is one: 'The crash killed 12 Swiss and 30 Italian climbers' → Swiss climbers", () => {
    expect(at("The crash killed 12 Swiss and 30 Italian climbers.", 12).label).toMatch(/^Swiss climbers/);
  });
});
