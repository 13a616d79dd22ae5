// A count's noun cut off after its describing word is taken in: a quoted head ('20 hand-rolled "cigarettes"') and a
// plural head the tagger reads as a verb ('three straight-forward points') (cut-head.ts). One-sentence repros with the
// exact figure and near misses.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a quoted head after the count's modifier is what it counts (cut-head.ts)", () => {
  it("'up to 20 hand-rolled \"cigarettes\" every day': hand-rolled cigarettes", () => {
    expect(exactOnly('They smoke up to 20 hand-rolled "cigarettes" every day.')).toEqual(want(20, "up to", undefined, "hand-rolled cigarettes", "count"));
  });

  it("'two home-made \"pipe bombs\"': a quoted head of two words", () => {
    expect(exactOnly('Police found two home-made "pipe bombs" in the flat.')).toEqual(want(2, undefined, undefined, "home-made pipe bombs", "count"));
  });

  it("'two cheap 'designer' bags': a quoted word that only describes runs on to the noun after it", () => {
    expect(exactOnly("He bought two cheap 'designer' bags.")).toEqual(want(2, undefined, undefined, "cheap designer bags", "count"));
  });
});

describe("a plural after the count's one adjective is its head, whatever the tag (cut-head.ts)", () => {
  it("'three straight-forward points at home': straight-forward points", () => {
    expect(exactOnly("United dropped three straight-forward points at home.")).toEqual(want(3, undefined, undefined, "straight-forward points", "count"));
  });

  it("near miss: 'Each of the two brothers owns a farm': after a noun the plural is the verb", () => {
    expect(exactOnly("Each of the two brothers owns a farm in Kent.")).toEqual(want(2, undefined, undefined, "brothers", "count"));
  });
});

// card-audit-50's made-up shape 4: after the count's adjective, a competition's name of two or more words left its
// plural head to a verb's tag or past a capital read as a determiner, and the label ended inside the name.
describe("a plural after the count's adjective and a name of two or more words is its head (cut-head.ts)", () => {
  it("'lost in seven successive Serie A matches': successive Serie A matches, not 'successive Serie'", () => {
    expect(exactOnly("The side have lost in seven successive Serie A matches.")).toEqual(want(7, undefined, undefined, "successive Serie A matches", "count"));
  });

  it("'found the net in four consecutive Champions League matches': the head the parse calls a verb", () => {
    expect(exactOnly("He has found the net in four consecutive Champions League matches.")).toEqual(want(4, undefined, undefined, "consecutive Champions League matches", "count"));
  });

  it("'drawn six straight Europa League matches': straight Europa League matches", () => {
    expect(exactOnly("The club have drawn six straight Europa League matches.")).toEqual(want(6, undefined, undefined, "straight Europa League matches", "count"));
  });

  it("near miss: 'in nine consecutive Bundesliga games': a name of one word was read whole already", () => {
    expect(exactOnly("They have won in nine consecutive Bundesliga games.")).toEqual(want(9, undefined, undefined, "consecutive Bundesliga games", "count"));
  });

  it("near miss: 'in 12 World Cup matches': no adjective, read whole as before", () => {
    expect(exactOnly("He has played in 12 World Cup matches.")).toEqual(want(12, undefined, undefined, "World Cup matches", "count"));
  });
});
