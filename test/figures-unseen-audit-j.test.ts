// Readings found wrong in card audit 16's sample J (docs/audits/card-audit-16.md: cnndm-dev and dev-bbc articles no
// gold was read for). Each is the general construction behind a fault as a one-sentence repro with the exact figure;
// chosen on J, so J's after-figure is fitted and the next fresh sample measures them.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("'-plus' after an amount says more than it (J: '£30 — m-plus bid', a value error)", () => {
  it("'test Liverpool with a £30m-plus bid': more than £30m, a bid", () => {
    expect(exact(at("It is expected Chelsea will test Liverpool with a £30m-plus bid in the summer.", 30000000))).toEqual({ value: 30000000, qualifier: "more than", unit: "GBP", label: "bid", type: "money" });
  });
});

describe("a small number before 'figure(s)' says how many digits an amount has (J: 'six-figure — figures', junk)", () => {
  it("'quit his comfortable six-figure job': no figure", () => {
    expect(figs("He quit his comfortable six-figure job to follow his dreams of being an entrepreneur.")).toEqual([]);
  });
});

describe("a share of 'those' is a share of the people the words after it pick out (J: Newcastle's '5 per cent — country', ranked off)", () => {
  it("'with 5 per cent of those living on Tyneside reporting problems': share of those living on Tyneside", () => {
    expect(exact(at("Newcastle is the most pest-infested place in the country with 5 per cent of those living on Tyneside reporting problems with rats.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "%", label: "share of those living on Tyneside", type: "percent" });
  });

  it("'40% of those surveyed said …' is read, as a share of those surveyed (it was left out)", () => {
    expect(exact(at("Some 40% of those surveyed said they would vote.", 40))).toEqual({ value: 40, qualifier: "some", unit: "%", label: "share of those surveyed", type: "percent" });
  });
});

describe("a rank labelled 'place' or 'position' alone takes what the sentence says it ranks (J: '59th — position', '42nd — position')", () => {
  it("'the sextant from 1731 (59th position)': the thing before the bracket, past its year", () => {
    expect(exact(at("Other gadgets in the list include the sextant from 1731 (59th position) and the marine chronometer.", 59))).toEqual({ value: 59, qualifier: undefined, unit: undefined, label: "position of sextant", type: "rank" });
  });

  it("'Tottenham are in seventh place in the table': the ranking it is in", () => {
    expect(exact(at("Tottenham are in seventh place in the table with eight games remaining.", 7))).toEqual({ value: 7, qualifier: undefined, unit: undefined, label: "place in the table", type: "rank" });
  });
});

describe("money asked for is a sum requested, not the one who asks (J: '$100 — complete stranger')", () => {
  it("'a complete stranger asked you for $100': sum requested", () => {
    expect(exact(at("What would you do if a complete stranger asked you for $100, or offered you an apple?", 100))).toEqual({ value: 100, qualifier: undefined, unit: "USD", label: "sum requested", type: "money" });
  });
});

describe("an amount a job was done for is its cost (J: '20,000 dollars — day')", () => {
  it("'we did it for 20,000 dollars, and in a day or two': cost, not the day of the next phrase", () => {
    expect(exact(at("I think we did it for 20,000 dollars, and in a day or two, and it got used in a movie.", 20000))).toEqual({ value: 20000, qualifier: undefined, unit: "USD", label: "cost", type: "money" });
  });
});

describe("a participle sharing a passive's auxiliary is passive, and its duration the time it was so (J: 'five — days' of 'held for five days')", () => {
  it("'was kidnapped in Syria with his crew and held for five days' (a highlight): days held", () => {
    expect(exact(at("Richard Engel was kidnapped in Syria with his crew and held for five days.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "days", label: "days held", type: "duration" });
  });

  it("'the kidnapping, which saw him held for five days': days held", () => {
    expect(exact(at("The 2012 kidnapping of Mr Engel, which saw him held for five days and expecting to be killed, was carried out by rebels.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "days", label: "days held", type: "duration" });
  });
});

describe("tablespoons and teaspoons are units of measure (J: '3 — tbsp coconut oil [count]')", () => {
  it("'3 tbsp coconut oil.': 3 tbsp of coconut oil, a measure", () => {
    expect(exact(at("3 tbsp coconut oil.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "tbsp", label: "coconut oil", type: "measure" });
  });
});

describe("a place 'at number N' is a rank (J: the Walkman's 'number three' and the iPod's 'number 12', missed)", () => {
  it("'includes the Sony Walkman at number three': place of Sony Walkman", () => {
    expect(exact(at("The magazine's top 100 list of gadgets includes the Sony Walkman at number three.", 3))).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "place of Sony Walkman", type: "rank" });
  });

  it("'the Apple iPod, is at number 12 in the list': place in the list", () => {
    expect(exact(at("The most popular gadget of the moment, the Apple iPod, is at number 12 in the list.", 12))).toEqual({ value: 12, qualifier: undefined, unit: undefined, label: "place in the list", type: "rank" });
  });

  it("'talks at No 10' is Downing Street, no rank", () => {
    expect(figs("The minister held talks at No 10 with the party's reception guests.")).toEqual([]);
  });
});
