// Readings found wrong in card audit 14's sample H (docs/audits/card-audit-14.md, "Patterns": cnndm-dev and dev-bbc
// articles no gold was read for): junk (a name, a role, a piece of a date, a compound that counts nothing) and
// misreads (a range split, a hedge that is a preposition, measures read as an identifier or an age). Each is the
// general construction behind it as a one-sentence repro with the exact figure; chosen on H, so H's after-figure is
// fitted and the next fresh sample measures them.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a number word the article uses as a name is no count where it opens a sentence before a verb (pattern 5)", () => {
  const story = "TV channel Five has been criticised for sending advertising material to viewers. Five mailed thousands of fake dossiers including photos. Five admitted it had sent out 55,000 promotion packs but had now stopped.";

  it("'Five mailed …', 'Five admitted …' in a story of channel Five: no figure of 5", () => {
    expect(figs(story).filter((f) => f.value === 5)).toEqual([]);
    expect(exact(at(story, 1000))).toEqual({ value: 1000, qualifier: "thousands of", unit: undefined, label: "fake dossiers", type: "count" });
  });

  it("with no name in the story, 'Five died in the blast' is a toll, and a noun after the word keeps a count", () => {
    expect(exact(at("Five died in the blast.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "died", type: "count" });
    expect(at("TV channel Five was there. Five people died in the blast.", 5)).toMatchObject({ value: 5, label: "people died" });
  });
});

describe("an ordinal that names a role orders nothing (pattern 6)", () => {
  it("'by fourth official Phil Crossley', 'the third umpire': no figure", () => {
    expect(figs("The game was stopped by fourth official Phil Crossley.")).toEqual([]);
    expect(figs("The third umpire gave him out.")).toEqual([]);
  });

  it("'his fourth official visit' counts visits", () => {
    expect(exact(at("It was his fourth official visit to China.", 4))).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "official visit", type: "ordinal" });
  });
});

describe("a date written with spaces round its slash is a date (pattern 7)", () => {
  it("'post-9 / 11 safety mechanisms': no figure", () => {
    expect(figs("Andreas Lubitz exploited post-9 / 11 safety mechanisms to carry out his murderous plan.")).toEqual([]);
  });
});

describe("time counted back and a thing's age (pattern 9)", () => {
  it("'formed 172,000 to 130,000 years ago': one span of years ago, not a count of 172,000", () => {
    const f = at("Analysis revealed that the calcite on skull was formed 172,000 to 130,000 years ago, during a period.", 130000);
    expect(exact(f)).toEqual({ value: 130000, qualifier: undefined, unit: "years", label: "years ago", type: "duration" });
    expect(f.valueMax).toBe(172000);
  });

  it("'the bones to be 128,000 to 187,000 years old': a thing's age, more years than anyone lives, is a duration", () => {
    const f = at("Analysis of the calcite has shown the bones to be 128,000 to 187,000 years old.", 128000);
    expect(exact(f)).toEqual({ value: 128000, qualifier: undefined, unit: "years", label: "years old", type: "duration" });
    expect(f.valueMax).toBe(187000);
  });

  it("'She is 45 years old' is still a person's age: no figure", () => {
    expect(figs("She is 45 years old.")).toEqual([]);
  });
});

describe("'about' after a verb of thought or speech is the verb's preposition, not a hedge (pattern 10)", () => {
  it("'I'm thinking about two dudes': two, unhedged", () => {
    expect(exact(at("When I'm talking about Mayweather-Pacquiao, I'm thinking about two dudes strictly in the boxing ring.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "dudes", type: "count" });
  });

  it("'We waited about two hours' still hedges", () => {
    expect(at("We waited about two hours.", 2).qualifier).toBe("about");
  });
});

describe("measures misread as an identifier or an age, and an ordinal minute (pattern 12)", () => {
  it("'55,000 promotion packs': a count of the compound noun, though the tagger calls 'packs' a verb", () => {
    expect(exact(at("Five admitted it had sent out 55,000 promotion packs but had now stopped.", 55000))).toEqual({ value: 55000, qualifier: undefined, unit: undefined, label: "promotion packs", type: "count" });
  });

  it("'Two people stands on the edge': a plural noun keeps its verb", () => {
    expect(exact(at("Two people stands on the edge of both sides.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "people", type: "count" });
  });

  it("'At 6-foot-5 and 289lb …': a height, not an age ('died at 50.' is one)", () => {
    expect(exact(at("At 6-foot-5 and 289lb JJ Watt is a terror on the football field.", 6.417))).toEqual({ value: 6.417, qualifier: undefined, unit: "feet", label: "height", type: "measure" });
    expect(figs("He died at 50.")).toEqual([]);
  });

  it("'289lb JJ Watt is…': a weight, the name after it whose weight it is, not an identifier", () => {
    expect(exact(at("At 6-foot-5 and 289lb JJ Watt is a terror on the football field.", 289))).toEqual({ value: 289, qualifier: undefined, unit: "lb", label: "weight", type: "measure" });
  });

  it("'crash into the Alps at 400mph': the speed, not the place", () => {
    expect(exact(at("The plane was sent to crash into the Alps at 400mph.", 400))).toEqual({ value: 400, qualifier: undefined, unit: "mph", label: "speed", type: "measure" });
  });

  it("'with a 36th minute header': when in the match the goal came, as '36th-minute header'", () => {
    expect(exact(at("Kieran Lee fired Wednesday into the lead with a 36th minute header.", 36))).toEqual({ value: 36, qualifier: undefined, unit: undefined, label: "minute header", type: "ordinal" });
  });
});

describe("an 'N-way' compound describes its noun and counts nothing (pattern 4)", () => {
  it("'his own three-way success', 'a five-way tie': no figure", () => {
    expect(figs("Former captain Boyd insists a treble for Celtic this season will equal his own three-way success from 2001.")).toEqual([]);
    expect(figs("McIlroy and Woods were in a five-way tie for fifth.").filter((f) => f.value === 5)).toEqual([]);
  });
});
