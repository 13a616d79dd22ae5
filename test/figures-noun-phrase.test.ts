// Where a label's noun phrase starts and ends: over a dotted abbreviation, adjectives, participles and a sentence's
// capitalised first word, at the head before 'to' or 'of', and never on a word that names nothing ('per cent', a
// preposition, 'along') (phrase.ts, lonely-label.ts, candidates.ts shortLabel, adverb-adjective.ts,
// coordinated-adjective.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, listed, want } from "#test/helpers/figures.ts";

describe("'per cent' is the unit of a number, never the noun an amount counts", () => {
  it("'25 per cent of £6.3 million worth of transfer fees': the money is the transfer fees, not 'cent'", () => {
    expect(at("They say 25 per cent of £6.3 million worth of transfer fees were paid in commission.", 6.3e6)).toMatchObject({ display: "£6.3 million", unit: "GBP", type: "money", label: "transfer fees" });
  });

  // The sentence's first word keeps its capital before another capitalised word (readn16: phrase.ts' nameRun).
  it("'closed down 5.4 per cent at $149.61': the price is the shares'", () => {
    expect(at("Time Warner Cable shares closed down 5.4 per cent at $149.61 on Friday.", 149.61)).toMatchObject({ display: "$149.61", unit: "USD", type: "money", label: "Time Warner Cable shares" });
    // "percent" in one word after its number too (was "percent").
    expect(at("Time Warner Cable shares closed down 5.4 percent at $149.61 on Friday.", 149.61)).toMatchObject({ display: "$149.61", unit: "USD", type: "money", label: "Time Warner Cable shares" });
  });

  it("'fell by £900million or 3.7 per cent … to £23.2 billion': the level reached is the sales'", () => {
    expect(at("Sales of goods fell by £900million or 3.7 per cent in February alone to £23.2 billion.", 23.2e9)).toMatchObject({ display: "£23.2 billion", unit: "GBP", type: "money", label: "sales" });
  });
});

describe("a dotted abbreviation ('U.S.') is one word, so the noun phrase it opens is not cut at its dots", () => {
  it.each([
    ["Delta Air Lines came in second place with 5.6 million U.S. award seats.", 5.6e6, "5.6 million", "U.S. award seats"],
    ["There are 28,500 U.S. troops stationed there.", 28500, "28,500", "U.S. troops"],
  ])("%s", (text, value, display, label) => {
    expect(at(text, value)).toMatchObject({ display, type: "count", label });
  });
});

describe("after a determiner, a participle before a noun describes it and the noun phrase runs on", () => {
  it("'paying $950,000 to the devastated family': the payment to the family, not 'payment to the'", () => {
    expect(at("Now the final two teens reached an agreement - reportedly paying $950,000 to the devastated family.", 950000)).toMatchObject({ display: "$950,000", unit: "USD", type: "money", label: "payment to the devastated family" });
  });
});

describe("an '-ing' word after an adjective, with no noun after it, is the head of the phrase", () => {
  it("'30 minutes of continuous shushing': minutes of continuous shushing, not 'continuous'", () => {
    expect(at("The device can be programmed to make 15 minutes or 30 minutes of continuous shushing.", 30)).toMatchObject({ display: "30 minutes", unit: "minutes", type: "duration", label: "continuous shushing" });
  });

  it("before a noun it is a modifier as before: '19 regional shopping centers'", () => {
    expect(at("The company owns 19 regional shopping centers.", 19)).toMatchObject({ label: "regional shopping centers" });
  });
});

describe("an adjective with its determiner before 'of' is the noun a measure is", () => {
  it("'delivered a personal best of 6.50m': 6.5 m — personal best (was no label, left off the card)", () => {
    expect(at("The 24-year-old delivered a personal best of 6.50m to win the European trials.", 6.5)).toMatchObject({ display: "6.50m", unit: "m", type: "measure", label: "personal best" });
    // After an owner as after a determiner (was "season's").
    expect(at("She jumped a season's best of 6.50m in Rome.", 6.5)).toMatchObject({ display: "6.50m", unit: "m", type: "measure", label: "season's best" });
  });

  it("a quantifier or a hedge before 'of' is no noun: 'short of the 87.129', 'a total of 30 billion'", () => {
    expect(listed("Her score was short of the 87.129 she recorded last year.")[0]?.label).not.toBe("short");
    expect(at("Forecasts suggest a total of 30 billion for the year.", 30e9).label).not.toBe("total");
  });
});

describe("'X to Y' is X: the head before 'to', as before 'of' or 'in'", () => {
  it("'Exports to the Continent were worth £147.9 billion', 'Latin American exports to China grew 34%'", () => {
    expect(at("Exports to the Continent were worth £147.9 billion in 2014.", 147.9e9)).toMatchObject({ display: "£147.9 billion", unit: "GBP", type: "money", label: "exports" });
    expect(at("In fact, Latin American exports to China grew 34%, to $14bn.", 34)).toMatchObject({ display: "34%", unit: "%", type: "percent", label: "rise in Latin American exports" });
  });
});

describe("a sentence's first word keeps its capital before another capitalised word (phrase.ts' nameRun)", () => {
  it("'South Korea's economy grew by 4.5% last year': 4.5% — rise in South Korea's economy, not 'south Korea's'", () => {
    expect(exactOnly("South Korea's economy grew by 4.5% last year.")).toEqual(want(4.5, undefined, "%", "rise in South Korea's economy", "percent"));
  });

  it("a closed-class first word is still lowercased: 'The BBC lost 5,000 viewers' gives 'viewers lost'", () => {
    expect(exactOnly("The BBC lost 5,000 viewers.")).toEqual(want(5000, undefined, undefined, "viewers lost", "count"));
  });
});

describe("an adverb of the list before a plural noun describes it (adverb-adjective.ts)", () => {
  it("'created only 20 clear cut chances': only 20 — clear cut chances created", () => {
    expect(exactOnly("Hull have created only 20 clear cut chances in the Premier League this season, fewer than any other team.")).toEqual(
      want(20, "only", undefined, "clear cut chances created", "count"),
    );
  });

  it("'four points clear at the top' still ends on the points", () => {
    expect(exactOnly("Chelsea are four points clear at the top.")).toEqual(want(4, undefined, undefined, "points", "count"));
  });
});

describe("a count's noun is past the first of two adjectives a comma parts (coordinated-adjective.ts)", () => {
  it("'inside 30 enclosed, air-conditioned glass capsules': air-conditioned glass capsules", () => {
    expect(exactOnly("It will offer views from inside 30 enclosed, air-conditioned glass capsules when it opens.")).toEqual(want(30, undefined, undefined, "air-conditioned glass capsules", "count"));
  });

  it("'made 20 small, cheap cars': cheap cars (was no figure)", () => {
    expect(exactOnly("The firm made 20 small, cheap cars last year.")).toEqual(want(20, undefined, undefined, "cheap cars", "count"));
  });

  it("near miss: a clause after the comma ('won 3 straight, beating rivals twice') gives the count no noun", () => {
    expect(figs("The team won 3 straight, beating rivals twice.")).toEqual([]);
  });
});

describe("sample I's labels and types read from the phrase", () => {
  it("'spotted a DIY whitening kit online for £17.99': an '-ing' noun before a noun modifies it, the kit is priced (was 'DIY')", () => {
    expect(exact(at("When Teresa spotted a DIY whitening kit online for £17.99, she was tempted.", 17.99))).toEqual({ value: 17.99, qualifier: undefined, unit: "GBP", label: "DIY whitening kit", type: "money" });
  });

  it("'the firm which runs the five tube lines': lines with a noun before them are lines run, a count (was typed a measure, as scan lines are)", () => {
    expect(exact(at("Metrovias, the private firm which runs the five tube lines in the city, has offered a rise.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "tube lines", type: "count" });
    expect(exact(at("The screen has 1080 lines of resolution.", 1080))).toMatchObject({ type: "measure" });
  });

  it("'could grow to nine metres as adults': a length grown to is a size, not a distance", () => {
    expect(exact(at("Another Daspletosaurus, which could grow to nine metres (30ft) as adults, fed on the body.", 9))).toEqual({ value: 9, qualifier: undefined, unit: "metres", label: "size", type: "measure" });
  });
});

describe("a label never ends on a preposition, article or conjunction left where its noun phrase ran on", () => {
  it.each([
    ["The system is gaining in popularity and now has 28 million users around the world.", 28000000, "users"],
    ["Skype is rolling out a service at 350 hotspots around the UK this week.", 350, "hotspots"],
  ])("'%s': %d — %s (was '… around')", (text, value, label) => {
    expect(exact(at(text, value))).toEqual({ value, qualifier: undefined, unit: undefined, label, type: "count" });
  });

  it("a phrasal verb's particle stays: the label 'coming on' is not cut to 'coming'", () => {
    expect(figs("He scored twice in 10 minutes after coming on.").find((f) => f.value === 10)?.label).not.toMatch(/coming$/);
  });
});

describe("lonely-label.ts: a label of words that name nothing takes a dimension or the governing verb's subject", () => {
  it("'dragged face first for 3ft along a pavement' is a distance (was '3ft — along')", () => {
    expect(exact(at("He was dragged face first for 3ft along a pavement.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "ft", label: "distance", type: "measure" });
  });
  it("'A property in Kincumber, north of Sydney, went from $889,000' is the property's (was '$889,000 — to')", () => {
    const text = "A property in Kincumber, north of Sydney, went from $889,000 to a 55 per cent cut.";
    expect(exact(at(text, 889000))).toEqual({ value: 889000, qualifier: undefined, unit: "USD", label: "property", type: "money" });
  });
});

describe("lonely-label.ts", () => {
  it("'Sales of the book, which was heavily promoted, brought in around a further £8million': the verb five words back governs it (mutant: reach 3)", () => {
    expect(exactOnly("Sales of the book, which was heavily promoted, brought in around a further £8million.")).toEqual({ value: 8_000_000, qualifier: undefined, unit: "GBP", label: "sales", type: "money" });
  });
});

describe("candidates.ts shortLabel: the DANGLING strip keeps at least one word", () => {
  // The one word left is a poor label ("along"); an empty one is worse, and a label must say something.
  it("'dragged face first for 3ft along a pavement' keeps a label (not: `end > 0`, stripping it to nothing)", () => {
    const f = at("He was dragged face first for 3ft along a pavement.", 3);
    expect({ value: f.value, unit: f.unit, type: f.type }).toEqual({ value: 3, unit: "ft", type: "measure" });
    expect(f.label).not.toBe("");
  });
});

describe("an amount said 'in the number of' something counts that thing, not 'number' (nearest.ts, pastQuantity)", () => {
  it("'Officials reported a rise of 3,400 in the number of nurses in training.' → 3,400 — nurses", () => {
    expect(exact(at("Officials reported a rise of 3,400 in the number of nurses in training.", 3400))).toEqual(want(3400, undefined, undefined, "nurses", "count"));
  });

  it("near miss: 'a rise of 3,400 in the number.' → number: nothing follows to name", () => {
    expect(at("Officials reported a rise of 3,400 in the number.", 3400).label).toBe("number");
  });

  it("near miss: 'a rise of 3,400 in the ranks of nurses.' → ranks: no quantity noun", () => {
    expect(at("Officials reported a rise of 3,400 in the ranks of nurses.", 3400).label).toBe("ranks");
  });
});
