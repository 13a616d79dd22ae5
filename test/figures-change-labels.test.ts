// What a change names: the subject of its verb past an article and an adjective, a relative clause or an appositive,
// the thing after 'the number of' or an '-ing' modifier; what a multiple or a '-fold' word says grew; what reached a
// peak (label.ts, change-in.ts, multiples.ts, fold-multiple.ts, peak-of.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, listed, one, want } from "#test/helpers/figures.ts";

describe("a change said with an article and an adjective is still the change of its subject", () => {
  it.each([
    ["GDP rose by a strong 0.7% in the three months to December.", 0.7, "rise in GDP"],
    ["Inflation rose by a record 13.3% in March.", 13.3, "rise in inflation"],
    ["Profits fell a massive 40% last year.", 40, "fall in profits"],
    // "an" as "a" (was "astonishing"); after "by" the object before it is the topic (was "rise in apple").
    ["Profits fell by an astonishing 40% last year.", 40, "fall in profits"],
    ["Apple increased its dividend by a record 26% on Tuesday.", 26, "rise in dividend"],
  ])("%s", (text, value, label) => {
    const f = at(text, value);
    expect(f).toMatchObject({ unit: "%", type: "percent", label });
    expect(f.qualifier).toBeUndefined();
  });

  it("'shot up', 'went down': the particle's verb, not the verb taken for a noun, ends the subject", () => {
    expect(at("In fact, sales of the brand's classic trench coats shot up a substantial 10 per cent.", 10)).toMatchObject({ unit: "%", type: "percent", label: "rise in sales" });
    expect(at("House prices went up by 0.4% on the month.", 0.4)).toMatchObject({ unit: "%", type: "percent", label: "rise in house prices" });
    expect(at("House prices went down by 0.4% on the month.", 0.4)).toMatchObject({ unit: "%", type: "percent", label: "fall in house prices" });
  });
});

describe("a change in 'the number of' something is a change in that thing", () => {
  it("'a 500% increase in the number of phishing e-mail messages'", () => {
    expect(at("Lycos Europe reported a 500% increase in the number of phishing e-mail messages it was catching.", 500)).toMatchObject({ display: "500%", unit: "%", type: "percent", label: "increase in phishing e-mail messages" });
    expect(at("Ministers reported a 40% increase in the amount of household debt.", 40)).toMatchObject({ display: "40%", unit: "%", type: "percent", label: "increase in household debt" });
  });
});

describe("a subject set off by a relative clause between commas is still the verb's subject", () => {
  it("'the services sector, which accounts for nearly three-quarters of the UK economy, grew 1.0%': the rise in the services sector", () => {
    expect(at("The ONS said the services sector, which accounts for nearly three-quarters of the UK economy, grew 1.0% in the quarter.", 1)).toMatchObject({ display: "1.0%", unit: "%", type: "percent", label: "rise in services sector" });
    // "who" as "which" (was "workforce").
    expect(at("Unemployment among young men, who make up a third of the workforce, rose 2% last year.", 2)).toMatchObject({ display: "2%", unit: "%", type: "percent", label: "rise in unemployment" });
  });
});

describe("a subject renamed by an appositive between commas is the subject, not the appositive's last noun", () => {
  it("'Shares in Solidere, the Lebanese company founded by … Rafik Hariri, fell 15%': a fall in shares", () => {
    expect(exact(at("Shares in Solidere, the Lebanese company founded by assassinated former prime minister Rafik Hariri, fell 15% in renewed trading in Beirut.", 15))).toEqual({ value: 15, qualifier: undefined, unit: "%", label: "fall in shares", type: "percent" });
  });

  it("an appositive with 'a' renames its noun as one with 'the' does ('Shares in Solidere, a Lebanese company …, fell 15%')", () => {
    expect(exact(at("Shares in Solidere, a Lebanese company founded by Rafik Hariri, fell 15% in trading.", 15))).toEqual({ value: 15, qualifier: undefined, unit: "%", label: "fall in shares", type: "percent" });
  });

  it("a fronted clause with a verb of its own is no appositive ('Adjusted for seasonal changes, the rate is 11.7%, up 0.3 points')", () => {
    expect(at("Adjusted for seasonal changes, the overall unemployment rate is 4.875 million people or 11.7%, up 0.3 percentage points from the previous month.", 0.3).label).not.toMatch(/seasonal/);
  });
});

describe("a percent's change 'in' an '-ing' modified noun names it (change-in.ts)", () => {
  it("'a 45 per cent decrease in its asking price': decrease in asking price", () => {
    expect(exact(at("In Queensland, a four-bedroom property has seen a 45 per cent decrease in its asking price.", 45))).toEqual(want(45, undefined, "%", "decrease in asking price", "percent"));
  });

  it("'a 12% fall in operating profit': fall in operating profit", () => {
    expect(exactOnly("The firm reported a 12% fall in operating profit.")).toEqual(want(12, undefined, "%", "fall in operating profit", "percent"));
  });

  it("'a 10 per cent rise in selling prices': rise in selling prices", () => {
    expect(exactOnly("There was a 10 per cent rise in selling prices.")).toEqual(want(10, undefined, "%", "rise in selling prices", "percent"));
  });

  it("near miss: 'a 24 per cent increase in the five months since November' stays the change", () => {
    expect(exact(at("That marks a 24 per cent increase in the five months since November.", 24))?.label).toBe("increase");
  });
});

describe("what a multiple says grew is the subject's head, and a match's doubled lead is no growth", () => {
  it("'Prescriptions for anti-depressants have more than trebled': the prescriptions, not the anti-depressants", () => {
    expect(at("Prescriptions for anti-depressants have more than trebled since 1998 in the world's richest countries.", 3)).toMatchObject({ display: "more than trebled", qualifier: "more than", type: "other", label: "prescriptions" });
  });

  it("'doubled Napoli's advantage', 'doubled his side's lead': a second goal, past the owner's name", () => {
    expect(figs("Antonio Balzano's own-goal doubled Napoli's advantage.")).toEqual([]);
    expect(figs("Salah almost doubled his side's lead when he shot at goal.")).toEqual([]);
  });

  it("a team named in more words, or its owner's apostrophe a token of its own: no growth", () => {
    expect(figs("Slovakian Hamsik doubled the Italians lead midway through the first half.")).toEqual([]);
    expect(figs("Rafael Sobis doubled Tigres' lead after a fine run.")).toEqual([]);
    expect(figs("Ibrahimovic doubled the French champions' lead before half-time.")).toEqual([]);
    expect(figs("Ronaldo doubled Real Madrid's lead after the break.")).toEqual([]);
    expect(figs("Iago Falque doubled Genoa's advantage minutes later.")).toEqual([]);
    expect(figs("Kane doubled the lead minutes later.")).toEqual([]);
  });

  it("near misses: an owner's sales grow, and 'lead' before a noun is no match's", () => {
    expect(figs("The firm doubled its rivals' sales.").map((f) => f.value)).toEqual([2]);
    expect(exactOnly("The mine doubled the lead output.")).toEqual(want(2, undefined, undefined, "lead output", "other"));
    expect(figs("The company doubled Apple's revenue.").map((f) => f.value)).toEqual([2]);
  });
});

describe("a growth said as a '-fold' word is read as 'tripled' is (fold-multiple.ts)", () => {
  it("'Prices have risen more than tenfold': more than tenfold = 10 — prices", () => {
    expect(exactOnly("Prices have risen more than tenfold.")).toEqual(want(10, "more than", undefined, "prices", "other"));
  });

  it("'has seen a fivefold rise in profits': fivefold = 5 — profits", () => {
    expect(exactOnly("The mining firm has seen a fivefold rise in profits.")).toEqual(want(5, undefined, undefined, "profits", "other"));
  });

  // The participle after "of" once ended the phrase at 'songs'; read past it, the head is what grew, as with "digital
  // songs" (noun-phrase.ts backNP).
  it("'Sales of downloaded songs shot up threefold': threefold = 3 — sales, as a percent's 'rise in sales' reads", () => {
    expect(exactOnly("Sales of downloaded songs shot up threefold.")).toEqual(want(3, undefined, undefined, "sales", "other"));
  });

  it("near miss: 'The challenge was twofold' (two parts) gives no figure", () => {
    expect(figs("The challenge all along was twofold: to assure the world.")).toEqual([]);
  });
});

describe("a number and 'fold' ('12-fold', 'seven-fold', 'ten fold') is a multiple as 'tenfold' is (fold-multiple.ts foldNumberAt)", () => {
  // They were counts labelled 'folds', 'fold increase' (4 cnndm-dev cards).
  it("'has increased 30-fold': 30-fold = 30 — production, digits, a hyphen and 'fold'", () => {
    expect(exactOnly("The production of marijuana has increased 30-fold.")).toEqual(want(30, undefined, undefined, "production", "other"));
  });

  it("'a 12-fold increase in the risk': 12-fold = 12 — risk, what follows the change noun", () => {
    expect(exactOnly("Genes bring a 12-fold increase in the risk of developing diabetes.")).toEqual(want(12, undefined, undefined, "risk", "other"));
  });

  it("'Sales of cars have increased seven-fold': seven-fold = 7 — sales, a number word hyphened", () => {
    const f = one("Sales of cars have increased seven-fold since then.");
    expect(exact(f)).toEqual(want(7, undefined, undefined, "sales", "other"));
    expect(f.display).toBe("seven-fold");
  });

  it("'Prices have risen ten fold': ten fold = 10 — prices, spaced", () => {
    const f = one("Prices have risen ten fold.");
    expect(exact(f)).toEqual(want(10, undefined, undefined, "prices", "other"));
    expect(f.display).toBe("ten fold");
  });

  it("'have risen more than 2.5-fold': the hedge and the decimal are the multiple's", () => {
    expect(exactOnly("Prices have risen more than 2.5-fold.")).toEqual(want(2.5, "more than", undefined, "prices", "other"));
  });

  it("'a five-fold improvement in information retrieval': an improvement is a change noun too", () => {
    expect(exactOnly("A nap produces a five-fold improvement in information retrieval.")).toEqual(want(5, undefined, undefined, "information retrieval", "other"));
  });

  it("near miss: 'had become two-fold' (two parts) gives no figure, as 'twofold' does, and is listed as none", () => {
    const text = "The sticking points had clearly become two-fold: reform and resignation.";
    expect(figs(text)).toEqual([]);
    expect(listed(text)).toEqual([]);
  });

  it("near miss: 'Of the 40 clubs, ten fold each year': a spaced 'fold' that says no growth may be the verb; ten stays a count", () => {
    expect(at("Of the 40 clubs, ten fold each year.", 10)).toMatchObject({ display: "ten", type: "count" });
  });
});

describe("a peak, high or low of an amount is what reached it (peak-of.ts)", () => {
  it("'Unemployment hit a peak of 10%': unemployment peak", () => {
    expect(exactOnly("Unemployment hit a peak of 10% in 1982.")).toEqual(want(10, undefined, "%", "unemployment peak", "percent"));
  });

  it("'Its market share fell to a low of 12%': market share low", () => {
    expect(exactOnly("Its market share fell to a low of 12% in May.")).toEqual(want(12, undefined, "%", "market share low", "percent"));
  });

  it("a participle after a comma runs on from the main clause: 'Internet Explorer was …, attaining a peak of about 95 per cent'", () => {
    expect(exactOnly("Internet Explorer was one of the most widely used web browsers, attaining a peak of about 95 per cent.")).toEqual(want(95, "about", "%", "Internet Explorer peak", "percent"));
  });

  it("near miss: 'It hit a high of 40%': a pronoun names nothing, so the frame stays alone", () => {
    expect(exactOnly("It hit a high of 40%.")).toEqual(want(40, undefined, "%", "high", "percent"));
  });

  it("near miss: 'Shares near a high of 500p were sold': a preposition, not a verb, before the frame, so nothing reached it", () => {
    expect(exactOnly("Shares near a high of 500p were sold.")).toEqual(want(5, undefined, "GBP", "high", "money"));
  });

  it("near miss: 'The peak of 10% came in 1982' has no verb before its frame: peak", () => {
    expect(exactOnly("The peak of 10% came in 1982.")).toEqual(want(10, undefined, "%", "peak", "percent"));
  });
});

describe("falling-to.ts, label-count.ts, phrase.ts: a fall with the unit on both levels", () => {
  it("'Output fell 12km to 9 km.': 9 km from 12, output (was 12km alone)", () => {
    const f = one("Output fell 12km to 9 km.");
    expect({ ...exact(f), previous: f.previous }).toEqual({ value: 9, qualifier: undefined, unit: "km", label: "output", type: "measure", previous: 12 });
  });
  it("'Output fell from 12km to 9km.': 9km from 12, output (a glued unit moved to from a level is an amount, not the bare '5,000m' of a race; was no figure)", () => {
    const f = one("Output fell from 12km to 9km.");
    expect({ ...exact(f), previous: f.previous }).toEqual({ value: 9, qualifier: undefined, unit: "km", label: "output", type: "measure", previous: 12 });
  });
});

describe("a count after a change verb, its object and 'by' is the size of that change", () => {
  it("'reduce its workforce by between 7,000 and 8,000' is a workforce reduction; 'cut its staff by 500' a staff cut", () => {
    expect(at("The company would aim to reduce its workforce by between 7,000 and 8,000 a year.", 7000)).toMatchObject({ display: "7,000 and 8,000", valueMax: 8000, type: "count", label: "workforce reduction" });
    expect(at("The firm will cut its staff by 500.", 500)).toMatchObject({ display: "500", type: "count", label: "staff cut" });
    expect(at("The council increased its fleet by 200.", 200)).toMatchObject({ display: "200", type: "count", label: "fleet increase" });
  });

  it("'reduce' is a falling verb for a percentage too; a count with no change verb keeps its subject", () => {
    expect(at("Natural light could help to reduce cases by 26 per cent.", 26)).toMatchObject({ unit: "%", label: "fall in cases" });
    expect(at("The firm hired its staff by 500.", 500).label).not.toMatch(/cut|reduction|increase/);
  });
});
