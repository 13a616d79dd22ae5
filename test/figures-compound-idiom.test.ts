// Compounds that are idioms, not counts of their word: "-odd" is a vague amount above its floor (odd.ts); a golf club, a
// six-pointer, a three-setter, a four-poster, a four-wheel-drive, 20-somethings, a six-pack, a phone number's letters count nothing
// (compound-idiom.ts). Near misses: the compounds that do count something keep their figure.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

/** Every number of a sentence as `--all` lists it: display, value and type. */
const all = (text: string): [string, number, string | undefined][] => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.value, n.type]);

describe("'-odd' after an amount is more than it, and the noun after is what it counts", () => {
  it("'go clear with 90-odd points': more than 90 points", () => {
    expect(exactOnly("If a team puts a run together they'll go clear with 90-odd points, he added.")).toEqual(want(90, "more than", undefined, "points", "count"));
  });

  it("'thirty-odd people', in words: more than 30 people", () => {
    expect(exactOnly("There were thirty-odd people at the party.")).toEqual(want(30, "more than", undefined, "people", "count"));
  });

  it("'20-odd years at the club': more than 20 years", () => {
    expect(exact(at("He spent 20-odd years at the club.", 20))).toMatchObject({ value: 20, qualifier: "more than", unit: "years", type: "duration" });
  });

  it("near miss: a qualifier said before it stays: 'about 90-odd points'", () => {
    expect(at("They will finish with about 90-odd points.", 90).qualifier).toBe("about");
  });
});

describe("compounds whose number counts nothing", () => {
  it("a golf club: 'threw his 3-iron in the lake', 'hit a 5-wood' are identifiers", () => {
    expect(figs("McIlroy threw his 3-iron in the lake.")).toEqual([]);
    expect(all("He hit a 5-wood to the green.")).toEqual([["5-wood", 5, "identifier"]]);
  });

  it("near miss: 'a 12-wood fence' is no club (clubs are numbered 1 to 9)", () => {
    expect(at("They built a 12-wood fence.", 12).type).toBe("count");
  });

  it("'a six-pointer at Liverpool', 'missed a 3-pointer', 'pushed to three-setters', 'her four-poster bed': no count", () => {
    expect(figs("'Yes it was a six-pointer at Liverpool,' the captain said.")).toEqual([]);
    expect(figs("Crowder missed a 3-pointer.")).toEqual([]);
    expect(figs("Suarez Navarro had been pushed to three-setters in each of her previous two matches.").map((f) => f.value)).toEqual([2]);
    expect(figs("She wanted to die in her beautiful four-poster bed.")).toEqual([]);
  });

  it("'retrieved the four-wheel-drive', 'a 4-wheel-drive car': one car, no count", () => {
    expect(figs("Police have retrieved the four-wheel-drive after it plunged into the lake.")).toEqual([]);
    expect(figs("He drove a 4-wheel-drive car.")).toEqual([]);
  });

  it("'a group of 20-somethings': an age, no count", () => {
    expect(all("He played with a group of 20-somethings.")).toEqual([["20-somethings", 20, "age"]]);
  });

  it("'his six-pack' is no count; near misses: 'a six-pack of beer' holds six, 'a 24-pack' is one", () => {
    expect(figs("Pietro's achievements are as impressive as his six-pack.")).toEqual([]);
    expect(at("They bought a six-pack of beer.", 6).type).toBe("count");
    expect(at("They sold a 24-pack for £10.", 24).type).toBe("count");
  });

  it("'call Crime Stoppers at (800) 577-TIPS': the letters of a phone number, an identifier", () => {
    expect(all("Call Crime Stoppers at (800) 577-TIPS.").find(([d]) => d === "577-TIPS")).toEqual(["577-TIPS", 577, "identifier"]);
  });

  it("near miss: a compound in capitals that is a unit, 'a 100-MPH wind', is no phone number", () => {
    expect(all("A 100-MPH wind hit the coast.").find(([, v]) => v === 100)).toEqual(["100-MPH", 100, "measure"]);
  });

  it("near miss: an acronym after a small number, 'a 3-DVD set', counts discs (3 — dvd set), no phone number", () => {
    expect(exactOnly("The box comes as a 3-DVD set with extras.")).toEqual(want(3, undefined, undefined, "dvd set", "count"));
  });
});
