// A mutation review of the thirteenth round's figure rules (branch rev13): each test pins a condition that a hand
// mutation flipped or dropped without any other test noticing, as a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card.ts";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences, readSentences } from "#news/sentences.ts";
import { at, exact, exactOnly, figs, one } from "#test/helpers/figures.ts";

/** The card's figures of paragraphs as the brief reads them, with what the cleaner left out (cut clauses). */
function briefFigures(...paragraphs: string[]) {
  const { sentences, leftOut } = readSentences({ paragraphs });
  return findFigures(sentences, { limit: 50, leftOut });
}

const STORY = "Britain's athletes were in action over the weekend.";

describe("total-of.ts", () => {
  it("a total nothing else names keeps 'total' as its own label, so it still ranks above the count (mutant: restore of 'total' dropped, left to the fallback)", () => {
    expect(figs("The club signed 12 players, making a total of £20million.").map((f) => f.label)).toEqual(["total", "players"]);
  });
});

describe("people-verb.ts", () => {
  it("'The firm that employs 300 people announced job cuts': people not at a clause's start take no verb after them (mutant: clauseStart ignored)", () => {
    expect(exactOnly("The firm that employs 300 people announced job cuts.")).toEqual({ value: 300, qualifier: undefined, unit: undefined, label: "people", type: "count" });
  });
  it("'Five people were reported to have died': past 'reported to have' to the casualty verb (mutant: 'reported' skipped only before a casualty word)", () => {
    const f = one("Five people were reported to have died in the blast.");
    expect({ ...exact(f), kind: f.kind }).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "people died", type: "count", kind: "casualties" });
  });
});

describe("lonely-label.ts", () => {
  it("'Sales of the book, which was heavily promoted, brought in around a further £8million': the verb five words back governs it (mutant: reach 3)", () => {
    expect(exactOnly("Sales of the book, which was heavily promoted, brought in around a further £8million.")).toEqual({ value: 8_000_000, qualifier: undefined, unit: "GBP", label: "sales", type: "money" });
  });
});

describe("cut-clause.ts", () => {
  it("a cut clause that does not end a sentence stays out: 'finished third in 7.27 seconds in a high-class women's 60m' (mutant: end mark not required)", () => {
    expect(briefFigures(STORY, "finished third in 7.27 seconds in a high-class women's 60m")).toEqual([]);
  });
  it("'comfortably won the 400m in 51.24 seconds.': one adverb before the verb (mutant: no adverb skipped)", () => {
    expect(briefFigures(STORY, "comfortably won the 400m in 51.24 seconds.").map(exact)).toEqual([{ value: 51.24, qualifier: undefined, unit: undefined, label: "400m time", type: "measure" }]);
  });
});

describe("cut-clause.ts: the verb must be finite", () => {
  it("'finishing third in 7.27 seconds.' stays out: an '-ing' opening is no clause (mutant: '-ing' allowed)", () => {
    expect(briefFigures(STORY, "finishing third in 7.27 seconds.")).toEqual([]);
  });
});

describe("odds.ts", () => {
  const types = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => n.type);
  it("'He won on a 100/1 shot.': a shot's odds are no date (mutant: 'shot' not a word of betting)", () => {
    expect(types("He won on a 100/1 shot.")).toEqual(["other", "other"]);
  });
  it("'She was backed at odds of 5/1 to win.': odds after 'odds of' are no date (mutant: 'odds of' dropped)", () => {
    expect(types("She was backed at odds of 5/1 to win.")).toEqual(["other", "other"]);
  });
});

describe("falling-to.ts: only a verb of falling", () => {
  it("'The Jets rallied 21 to 17 in the final quarter.' keeps both numbers, no earlier level (mutant: any verb of change)", () => {
    const found = figs("The Jets rallied 21 to 17 in the final quarter.");
    expect(found.map((f) => [f.value, f.previous])).toEqual([[21, undefined], [17, undefined]]);
  });
});

describe("plus.ts", () => {
  it("'He scored 25-plus goals last season.': more than 25 goals, a count with a noun after it (mutant: only money and shares)", () => {
    expect(exactOnly("He scored 25-plus goals last season.")).toEqual({ value: 25, qualifier: "more than", unit: undefined, label: "goals", type: "count" });
  });
  it("'He scored around 25-plus goals.': the writer's own hedge stays (mutant: 'more than' over it)", () => {
    expect(exactOnly("He scored around 25-plus goals.")).toEqual({ value: 25, qualifier: "around", unit: undefined, label: "goals", type: "count" });
  });
});

describe("unit-after.ts: a spaced letter after an athlete's verb is metres only when it is 'm'", () => {
  it("'She ran 5 f in the morning.' has no figure (mutant: any spaced glued unit after an athlete's verb)", () => {
    expect(figs("She ran 5 f in the morning.")).toEqual([]);
  });
});

describe("digit-count.ts", () => {
  it("'Three figures of the Virgin Mary were stolen.': figures of someone are statues, counted (mutant: 'of' not checked)", () => {
    expect(exactOnly("Three figures of the Virgin Mary were stolen.")).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "figures", type: "count" });
  });
});

describe("share-of-those.ts", () => {
  it("'40% of those who, like him, …': 'who' with no verb after it picks no one out (mutant: 'share of those who')", () => {
    expect(figs("Some 40% of those who, like him, left the party voted.").map((f) => f.label)).not.toContain("share of those who");
  });
  it("'12% of those aged 10 to 14 said they smoked': an age's span is one word (mutant: cut at '10')", () => {
    expect(exact(at("Some 12% of those aged 10 to 14 said they smoked.", 12))).toEqual({ value: 12, qualifier: "some", unit: "%", label: "share of those aged 10-14", type: "percent" });
  });
  it("'3% of those aged 65 and over said they smoked': 65-plus (mutant: cut at '65')", () => {
    expect(exact(at("Some 3% of those aged 65 and over said they smoked.", 3))).toEqual({ value: 3, qualifier: "some", unit: "%", label: "share of those aged 65-plus", type: "percent" });
  });
});

describe("rank-place.ts", () => {
  it("'Steve Bruce's side are in 15th place.': a name opening the sentence keeps its capital (mutant: 'steve')", () => {
    expect(exactOnly("Steve Bruce's side are in 15th place.")).toEqual({ value: 15, qualifier: undefined, unit: undefined, label: "place of Steve Bruce's side", type: "rank" });
  });
});

describe("asked-for.ts", () => {
  it("'He asked his father for $100.': whom it asked may be two words (mutant: reach 1)", () => {
    expect(exactOnly("He asked his father for $100.")).toEqual({ value: 100, qualifier: undefined, unit: "USD", label: "sum requested", type: "money" });
  });
});

describe("job-price.ts", () => {
  it("'A bottle of it for £5 is cheap.': a pronoun after a preposition is no verb's object, so no cost (mutant: any word before the pronoun)", () => {
    expect(exactOnly("A bottle of it for £5 is cheap.")).toEqual({ value: 5, qualifier: undefined, unit: "GBP", label: "bottle", type: "money" });
  });
});

describe("passive-participle.ts", () => {
  it("'He walked in and held the door for five minutes.': an 'and' after an active verb shares no passive (mutant: any participle before it)", () => {
    expect(exactOnly("He walked in and held the door for five minutes.")).toEqual({ value: 5, qualifier: undefined, unit: "minutes", label: "minutes holding the door", type: "duration" });
  });
});

describe("at-number.ts", () => {
  it("'The song went into the charts at number 11.': a ranking before 'at' is what the place is in (mutant: read as the thing placed)", () => {
    expect(exactOnly("The song went into the charts at number 11.")).toEqual({ value: 11, qualifier: undefined, unit: undefined, label: "place in the charts", type: "rank" });
  });
  it("'The album made its debut at number six.': an entry into a ranking (mutant: 'place of debut')", () => {
    expect(exactOnly("The album made its debut at number six.")).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "place on debut", type: "rank" });
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

describe("parent-of.ts", () => {
  it("'She is the mother of two of the victims.': 'two of' counts the victims, not children (mutant: 'of' after the number not checked)", () => {
    expect(exactOnly("She is the mother of two of the victims.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "victims", type: "count" });
  });
});

describe("times-done.ts", () => {
  it("'He hit the target three times faster.': a comparison after 'times' is a multiple, no count of events (mutant: any word after 'times')", () => {
    expect(figs("He hit the target three times faster.")).toEqual([]);
  });
  it("'The drug boosted memory five times in the trial.': a verb of change makes it a multiple (mutant: any done verb)", () => {
    expect(figs("The drug boosted memory five times in the trial.")).toEqual([]);
  });
  it("'The case came to authorities' attention four times last year.': the plural possessive keeps its apostrophe (mutant: dropped)", () => {
    expect(exactOnly("The case came to authorities' attention four times last year.")).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "times came to authorities' attention", type: "count" });
  });
});

describe("unit-after.ts, lonely-label.ts and share-of-those.ts: the last conditions", () => {
  it("'The crater is 20 m in diameter.': a size after 'in' makes a spaced 'm' metres (mutant: 'in' not passed)", () => {
    expect(exactOnly("The crater is 20 m in diameter.")).toEqual({ value: 20, qualifier: undefined, unit: "m", label: "crater", type: "measure" });
  });
  it("'He would not go around with 666, the mark of the beast.': the appositive's head and what it is of (mutant: head alone)", () => {
    expect(exactOnly("He would not go around with 666, the mark of the beast.")).toEqual({ value: 666, qualifier: undefined, unit: undefined, label: "mark of the beast", type: "count" });
  });
  it("'Some 40% of those eligible voted.': an adjective picks 'those' out (mutant: participles and 'who' only)", () => {
    expect(exactOnly("Some 40% of those eligible voted.")).toEqual({ value: 40, qualifier: "some", unit: "%", label: "share of those eligible", type: "percent" });
  });
});

describe("parent-of.ts: a compound takes no noun of its own", () => {
  it("'The mother-of-two teacher was jailed.': the compound counts children, the noun after it is who she is (mutant: a noun after it drops the count)", () => {
    expect(exactOnly("The mother-of-two teacher was jailed.")).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "children", type: "count" });
  });
});
