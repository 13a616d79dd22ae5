// Numbers that count nothing: a number word used as a name ('channel Five'), a title's number ('21 Grams actress'), a
// team's line ('the back four'), a stage ('stage three'), a digit count ('six-figure job'), 'Number 10', 'mother-of-one'
// (number-name.ts, title-role.ts, team-line.ts, digit-count.ts, at-number.ts, parent-of.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("number-name.ts: a name is a number word capitalised after another word", () => {
  it("'\"Five died in the blast,\" police said': a quote's capital after its mark is no name, so the toll stays (not: any capitalised number word is a name)", () => {
    expect(exact(at("\"Five died in the blast,\" police said.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "people died", type: "count" });
  });
});

describe("a number word the article uses as a name is no count where it opens a sentence before a verb (pattern 5)", () => {
  const story = "TV channel Five has been criticised for sending advertising material to viewers. Five mailed thousands of fake dossiers including photos. Five admitted it had sent out 55,000 promotion packs but had now stopped.";

  it("'Five mailed …', 'Five admitted …' in a story of channel Five: no figure of 5", () => {
    expect(figs(story).filter((f) => f.value === 5)).toEqual([]);
    expect(exact(at(story, 1000))).toEqual({ value: 1000, qualifier: "thousands of", unit: undefined, label: "fake dossiers", type: "count" });
  });

  it("with no name in the story, 'Five died in the blast' is a toll, and a noun after the word keeps a count", () => {
    expect(exact(at("Five died in the blast.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "people died", type: "count" });
    expect(at("TV channel Five was there. Five people died in the blast.", 5)).toMatchObject({ value: 5, label: "people died" });
  });
});

describe("a number opening a title before a singular role is no count (title-role.ts)", () => {
  it("'21 Grams actress Naomi Watts' gives no figure", () => {
    expect(figs("Vince Vaughn stars in the movie while 21 Grams actress Naomi Watts plays a budding actress.")).toEqual([]);
  });

  it("'12 Monkeys actor Bruce Willis' gives no figure", () => {
    expect(figs("The film stars 12 Monkeys actor Bruce Willis.")).toEqual([]);
  });

  it("near miss: a plural after the name counts ('12 Hollywood stars at the party')", () => {
    expect(exactOnly("There were 12 Hollywood stars at the party.")).toEqual(want(12, undefined, undefined, "Hollywood stars", "count"));
  });
});

describe("a team's line named by its size is no figure", () => {
  it("'we've had to reshuffle the back four': no figure for four", () => {
    const found = figs("I'd want to perform for the next six games, because we've had to reshuffle the back four because of it.");
    expect(found.map(exact)).toEqual([{ value: 6, qualifier: undefined, unit: undefined, label: "games", type: "count" }]);
  });

  it("a line followed by its noun still counts ('The back four players were tired')", () => {
    expect(at("The back four players were tired.", 4).label).toBe("players");
  });

  it("'back' with no determiner before it is an adverb, not a line ('he sent back four' still counts bottles)", () => {
    expect(exact(at("Of the ten bottles, he sent back four.", 4))).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "bottles", type: "count" });
  });
});

describe("a number word after a word of stages names which one, not how many (I: 'three — neuroblastoma cancer [count]')", () => {
  it.each([
    "The boy was diagnosed with stage three neuroblastoma cancer last year.",
    "The drug moved to phase three trials.",
    "The show returns for series two next year.",
  ])("'%s': no count", (text) => {
    expect(figs(text)).toEqual([]);
  });

  it("'for his part two years ago': before a unit of time the number word counts the time, not a part", () => {
    expect(figs("He faces death for his part two years ago in the bombings.").map((f) => [f.value, f.unit, f.type])).toEqual([[2, "years", "duration"]]);
  });

  it("'his favoured 400m to 200m': after metres the second 'm' is no scale of millions, no range of 400 to 200,000,000", () => {
    expect(figs("He stepped down from his favoured 400m to 200m to finish third.").filter((f) => (f.valueMax ?? f.value) > 1000)).toEqual([]);
  });

  it("a count after a stage's number still counts: 'three patients with stage 3 cancer' keeps its three patients", () => {
    expect(figs("Doctors treated three patients with stage 3 cancer.").map((f) => [f.value, f.label, f.type])).toEqual([[3, "patients", "count"]]);
  });
});

describe("a small number before 'figure(s)' says how many digits an amount has (J: 'six-figure — figures', junk)", () => {
  it("'quit his comfortable six-figure job': no figure", () => {
    expect(figs("He quit his comfortable six-figure job to follow his dreams of being an entrepreneur.")).toEqual([]);
  });
});

describe("digit-count.ts", () => {
  it("'Three figures of the Virgin Mary were stolen.': figures of someone are statues, counted (mutant: 'of' not checked)", () => {
    expect(exactOnly("Three figures of the Virgin Mary were stolen.")).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "figures", type: "count" });
  });
});

describe("at-number.ts and parent-of.ts: what is no figure", () => {
  it("'Ministers met at Number 10 in the afternoon.': a capital 'Number 10' is Downing Street, no rank (mutant: any case)", () => {
    expect(figs("Ministers met at Number 10 in the afternoon.")).toEqual([]);
  });
  it("'The mother-of-one was jailed.': one child is no count (mutant: from one)", () => {
    expect(figs("The mother-of-one was jailed.")).toEqual([]);
  });
});
