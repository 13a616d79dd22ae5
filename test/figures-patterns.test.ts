// The patterns issue 12 lists, each a one-sentence repro with the exact figure an editor expects.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, figs } from "#test/helpers/figures.ts";

const values = (text: string) => figs(text).map((f) => f.value);

describe("a casualty verb belongs to its own number", () => {
  it("'killing 3 people and injuring 40': 40 people injured", () => {
    const text = "The bomb exploded in the market, killing 3 people and injuring 40.";
    expect(at(text, 3)).toMatchObject({ label: "people killed", type: "count", kind: "casualties" });
    expect(at(text, 40)).toMatchObject({ label: "people injured", type: "count", kind: "casualties" });
  });

  it("'Five people died and 23 were injured': 23 people injured", () => {
    const text = "Five people died and 23 were injured.";
    expect(at(text, 5)).toMatchObject({ label: "people died" });
    expect(at(text, 23)).toMatchObject({ label: "people injured", kind: "casualties" });
  });

  it("'killed 12 people, injured 300': 300 people injured", () => {
    expect(at("The blast killed 12 people, injured 300 and destroyed the station.", 300)).toMatchObject({ label: "people injured", kind: "casualties" });
  });

  it("'killed 3 and wounded 40': both figures, each with its verb", () => {
    const text = "The gunmen killed 3 and wounded 40.";
    expect(at(text, 3)).toMatchObject({ label: "killed", kind: "casualties" });
    expect(at(text, 40)).toMatchObject({ label: "wounded", kind: "casualties" });
  });
});

describe("numbers the labeller cannot name by their noun are kept, named by their phrase", () => {
  it.each([
    ["Staff will share £35million in pay rises.", 35e6, { unit: "GBP", label: "pay rises", type: "money" }],
    ["The firm reported a 40% drop in profits.", 40, { unit: "%", label: "drop in profits", type: "percent" }],
    ["The service costs $12 per user.", 12, { unit: "USD", label: "cost per user", type: "money" }],
    ["Hospitals paid €99 per scalpel.", 99, { unit: "EUR", label: "payment per scalpel", type: "money" }],
    ["Inflation hit a record 13.3% in March.", 13.3, { unit: "%", label: "inflation", type: "percent" }],
  ])("%s", (text, value, expected) => {
    const f = at(text, value);
    expect(f).toMatchObject(expected);
    expect(f.qualifier).toBeUndefined();
  });

  it("'59.2 trillion rupiah ($6.58bn)': the rupiah amount, the dollar conversion dropped", () => {
    expect(figs("The deficit reached 59.2 trillion rupiah ($6.58bn).")).toEqual([
      expect.objectContaining({ value: 59.2e12, unit: "IDR", label: "deficit", type: "money" }),
    ]);
  });
});

describe("no empty labels", () => {
  it("an age is no figure: 'is still 16'", () => {
    expect(figs("The regular, who is still 16, was banned.")).toEqual([]);
  });

  it("'two-footed' and 'three-legged' describe; they count nothing", () => {
    expect(figs("He was sent off for a two-footed challenge on a three-legged dog.")).toEqual([]);
  });

  it("'a year', 'a day' and 'total' say what the money is", () => {
    expect(at("He earns £50,000 a year.", 50000)).toMatchObject({ label: "earnings a year", unit: "GBP" });
    expect(at("The scheme costs £2 a day.", 2)).toMatchObject({ label: "cost a day" });
    expect(at("The bill came to a total of $5m.", 5e6)).toMatchObject({ label: "bill", unit: "USD" });
  });

  it("an age at diagnosis is no figure: 'diagnosed with diabetes at 17'", () => {
    expect(figs("He was diagnosed with diabetes at 17.")).toEqual([]);
  });

  it("a match minute is no count: an ordinal labelled by what happened in it, never 'minuted'", () => {
    expect(figs("He scored in the 83rd minute.")).toMatchObject([{ value: 83, type: "ordinal", label: "minute scored" }]);
  });
});

describe("scale and form", () => {
  it("'£2 billion-a-year income' is £2bn", () => {
    expect(at("The deal brings a £2 billion-a-year income.", 2e9)).toMatchObject({ unit: "GBP", type: "money" });
  });

  it("'two thirds' is a fraction, not 2", () => {
    expect(values("Two thirds of voters backed the plan.")).not.toContain(2);
  });

  it("'one hundred millionth of a centimetre' is not 100", () => {
    expect(values("The gap is one hundred millionth of a centimetre.")).not.toContain(100);
  });

  it("'3:28.81' is a race time in seconds", () => {
    expect(at("She won the 1500m in 3:28.81.", 208.81)).toMatchObject({ type: "duration", unit: "seconds" });
  });

  it("'millions of viewers' stays vague", () => {
    expect(at("The final drew millions of viewers.", 1e6)).toMatchObject({ qualifier: "millions of", label: "viewers" });
  });
});

describe("'over' qualifies only an amount", () => {
  it("'a race over 1500 metres' has no qualifier", () => {
    expect(at("He won a race over 1500 metres.", 1500).qualifier).toBeUndefined();
  });

  it("'a bench warrant over $18,104.43' has no qualifier", () => {
    expect(at("A judge issued a bench warrant over $18,104.43 in unpaid fines.", 18104.43).qualifier).toBeUndefined();
  });

  it("'no more than 50' is never 'more than 50'", () => {
    expect(at("No more than 50 people may attend.", 50)).toMatchObject({ qualifier: "no more than", display: "No more than 50" });
  });
});

describe("currency by context", () => {
  it("'4,300 pounds (1,950 kilograms)' is a weight, not sterling", () => {
    expect(at("The rocket will deliver more than 4,300 pounds (1,950 kilograms) of supplies.", 4300)).toMatchObject({ type: "measure", unit: "pounds", qualifier: "more than" });
  });

  it("a bare '$' is USD, also in an Australian court story; 'A$' is AUD", () => {
    expect(at("A Sydney court fined him $5,000.", 5000)).toMatchObject({ unit: "USD" });
    expect(at("A Sydney court fined him A$5,000.", 5000)).toMatchObject({ unit: "AUD" });
  });
});

describe("linked amounts", () => {
  it("'43.305 … up from a close of 43.41' is one figure with its previous value", () => {
    const found = figs("The index ended at 43.305 points, up from a close of 43.41 points.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 43.305, previous: 43.41 });
  });

  it("'£75m … compared with £125m' gives the earlier value", () => {
    const found = figs("Profit was £75m, compared with £125m a year earlier.");
    expect(found).toEqual([expect.objectContaining({ value: 75e6, previous: 125e6, unit: "GBP" })]);
  });

  it("'77m euros (£53m; $100m), up from 38m': both conversions dropped, the bare 38m is the earlier amount", () => {
    expect(figs("Its pre-tax earnings in the fourth quarter were 77m euros (£53m; $100m), up from 38m in the same period of 2003.")).toEqual([
      expect.objectContaining({ value: 77e6, unit: "EUR", previous: 38e6, label: "pre-tax earnings" }),
    ]);
  });

  it("'to X from Y' and 'from X to Y' are one figure with its earlier value; 'ranged from X to Y' is a range", () => {
    expect(figs("He wants to raise the number of home-grown players in club squads from eight to 12, a rise clubs oppose.")).toEqual([
      expect.objectContaining({ value: 12, previous: 8, label: "home-grown players" }),
    ]);
    expect(figs("Prices ranged from $300,000 to $600,000.")).toEqual([expect.objectContaining({ value: 300000, valueMax: 600000, unit: "USD" })]);
    expect(figs("He bought a watch, which ranges in price from £299 to £13,500.")).toEqual([expect.objectContaining({ value: 299, valueMax: 13500, unit: "GBP" })]);
  });

  it("the same fact twice is kept once", () => {
    const card = (paragraphs: string[]) => findFigures(articleSentences({ paragraphs }), { limit: 10 });
    expect(card(["The juice is 100 per cent natural.", "It is 100 percent real, the maker says."]).filter((f) => f.value === 100)).toHaveLength(1);
    expect(card(["Fares could rise by as much as 30%.", "The 30% hike angered commuters."]).filter((f) => f.value === 30)).toHaveLength(1);
  });
});

describe("what takes the card's slots", () => {
  it("durations that are the news are candidates; '2077 miles' is no year", () => {
    expect(at("She spent six days in hospital.", 6)).toMatchObject({ type: "duration", unit: "days", label: "days in hospital" });
    expect(at("Callers hang up after 65 seconds.", 65)).toMatchObject({ type: "duration", unit: "seconds" });
    // The motion that covered it names it (label-duration.ts).
    expect(at("The convoy drove 2077 miles to the border.", 2077)).toMatchObject({ type: "measure", label: "miles driven" });
  });

  it("a measured range with its unit is kept even when its noun names nothing: 'fell between 10 to 12ft'", () => {
    expect(at("The toddler slipped and fell between 10 to 12ft and into the pit.", 10)).toMatchObject({ valueMax: 12, display: "10 to 12ft", type: "measure", unit: "ft" });
  });

  it("a hypothetical amount ranks below what the story reports: 'you don't need a £10,000 bike'", () => {
    expect(figs("You don't need a £10,000 bike to enjoy cycling, say the 40 riders.").map((f) => f.value)).toEqual([40, 10000]);
  });

  it("trivia and hypotheticals rank below the news", () => {
    const s = articleSentences({ paragraphs: ["The three-day conference drew two Chihuahuas.", "The charity raised £40,000 for 120 families."] });
    const top = findFigures(s, { limit: 2, salience: [1, 0.5] }).map((f) => f.value);
    expect(top).toEqual([40000, 120]);
  });

  it("a duration that is the news (a prison term, a ban) ranks above trivia at equal salience", () => {
    const card = (news: string, trivia: string) => findFigures(articleSentences({ paragraphs: [trivia, news] }), { limit: 1, salience: [1, 1] })[0];
    expect(card("He was jailed for eight years for the robbery.", "The three-day conference drew two Chihuahuas.")).toMatchObject({ value: 8, label: "years in prison" });
    expect(card("He was banned from driving for two years.", "The club keeps three Chihuahuas.")).toMatchObject({ value: 2, label: "years ban" });
  });

  it("seats: 'won 210 of the 400 seats, down from 245' keeps 210 with 245 before it, as seats", () => {
    const found = figs("The party won 210 of the 400 seats, down from 245.");
    expect(found[0]).toMatchObject({ value: 210, previous: 245, label: "seats", type: "count" });
    expect(found[0]?.kind).not.toBe("people");
  });
});

describe("labels from the parse", () => {
  it("an adjective after a link verb is no subject: 'unemployment remains high at about 10%'", () => {
    expect(at("But unemployment remains high at about 10%.", 10)).toMatchObject({ label: "unemployment", qualifier: "about", type: "percent" });
  });

  it("'a slight drop in annual pre-tax profits to £170m from £194m': what dropped, and from what", () => {
    expect(at("Analysts expect a slight drop in annual pre-tax profits to £170m from £194m last year.", 170e6)).toMatchObject({
      label: "annual pre-tax profits",
      previous: 194e6,
      unit: "GBP",
    });
  });

  it("a number word right after a '(CNN)' credit starts the sentence", () => {
    expect(at("(CNN)Eight Iranian border guards have been killed in clashes with militants.", 8)).toMatchObject({ kind: "casualties", label: "Iranian border guards killed" });
  });

  it("'10-11 year olds' is an age group, not a count; a 'four-year period' is a duration", () => {
    expect(figs("A third of 10-11 year olds are overweight.")).toEqual([expect.objectContaining({ value: 0.333, type: "other", label: "10-11 year olds" })]);
    expect(at("The abuse went on over a four-year period.", 4)).toMatchObject({ type: "duration", unit: "years" });
  });
});
