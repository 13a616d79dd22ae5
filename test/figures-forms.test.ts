// Numbers said without digits or labels that are still the news (issue 12's candidates): each form a one-sentence
// repro with the exact figure, and the look-alike it must not fire on.
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { at, exact, figs, labelOf, want } from "#test/helpers/figures.ts";

/** The figure of `text` with this display (the test fails, listing what was found, if there is none). */
function shown(text: string, display: string): KeyFigure {
  const found = figs(text);
  const f = found.find((x) => x.display === display);
  expect(f, `figure ${JSON.stringify(display)} of ${JSON.stringify(text)} among ${JSON.stringify(found)}`).toBeDefined();
  return f as KeyFigure;
}


describe("multiples without digits", () => {
  it("'a doubling in profit': 2, profit", () => {
    expect(exact(shown("Parmalat has reported a doubling in profit.", "doubling"))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "profit", type: "other" });
  });

  it("'revenue nearly tripled': nearly 3, the firm's revenue", () => {
    const f = shown("The firm's revenue nearly tripled in the fourth quarter of 2004.", "nearly tripled");
    expect(exact(f)).toEqual({ value: 3, qualifier: "nearly", unit: undefined, label: "firm's revenue", type: "other" });
  });

  it("'has doubled its profits': what doubled is the object", () => {
    expect(shown("The company has doubled its profits.", "doubled").label).toBe("profits");
  });

  it("'was twice rebuffed': 2 times rebuffed, a count", () => {
    const f = shown("He wrote to the Palace, but was twice rebuffed.", "twice");
    expect(exact(f)).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "times rebuffed", type: "count" });
  });

  it("idioms, comparisons, frequencies and denials are no multiples", () => {
    for (const text of [
      "Smokers are twice as likely to die.",
      "It is twice the size of Wales.",
      "She takes the pill twice a day.",
      "He eats twice a day.",
      "You should think twice.",
      "Rooney doubled the lead in 2015.",
      "The French champions' Ibrahimovic doubled the lead just before halftime.",
      "He scored twice as many goals.",
      "He doubled over in pain.",
      "The firm is doubling down on its bet.",
      "There are risks, but not doubling the risks.",
      "Twice French Open champion Serena Williams lost.",
    ]) {
      expect(figs(text), text).toEqual([]);
    }
  });
});

describe("ordinals and ranks that are the news", () => {
  it("'sacked … for the second time': 2, sacked and whom (the verb's object says what happened twice)", () => {
    const f = shown("The club have sacked coach Ze Maria for the second time in a week.", "second time");
    expect(exact(f)).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "sacked coach Ze Maria", type: "ordinal" });
  });

  it("'quizzed a second boy': 2, boy", () => {
    expect(exact(shown("Days later, officers quizzed a second boy.", "second boy"))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "boy", type: "ordinal" });
  });

  it("'a record eighth Olympic medal': 8, Olympic medal", () => {
    const f = shown("He is targeting a British record eighth Olympic medal in Rio.", "eighth");
    expect(exact(f)).toEqual({ value: 8, qualifier: undefined, unit: undefined, label: "Olympic medal", type: "ordinal" });
  });

  it("'left Ceahlaul 16th in the standings': rank 16, position in the standings", () => {
    const f = shown("The result left Ceahlaul 16th in the standings.", "16th");
    expect(exact(f)).toEqual({ value: 16, qualifier: undefined, unit: undefined, label: "position in the standings", type: "rank" });
  });

  it("'the UK's number 1 dry shampoo brand': rank 1, dry shampoo brand", () => {
    const f = shown("The deal is with the UK's number 1 dry shampoo brand.", "number 1");
    expect(exact(f)).toEqual({ value: 1, qualifier: undefined, unit: undefined, label: "dry shampoo brand", type: "rank" });
  });

  it("'brought on in the 83rd minute': 83, minute brought on", () => {
    const f = shown("Townsend was brought on in the 83rd minute for Tottenham.", "83rd minute");
    expect(exact(f)).toEqual({ value: 83, qualifier: undefined, unit: undefined, label: "minute brought on", type: "ordinal" });
  });

  it("a unit of time, a fan, an edition and a century are none of them", () => {
    for (const text of [
      "Wait a second, he said.",
      "She is my number one fan.",
      "He is her number 1 fan.",
      "The 50th Academy of Country Music Awards were held.",
      "It was a 19th Century building.",
      "He scored for the first time in 2015.",
      "He is the club's number 1 fan.",
    ]) {
      expect(figs(text), text).toEqual([]);
    }
  });

  it("a news ordinal lends its label to no bare number after it", () => {
    // "15" after "a second boy" is his age; before, it would have inherited "boy".
    expect(figs("Officers quizzed a second boy, also 15.").map((f) => f.value)).toEqual([2]);
  });
});

describe("vague amounts", () => {
  it("'several dozens stitches': several 12, stitches", () => {
    const f = shown("He received several dozens stitches on his left leg.", "several dozens");
    expect(exact(f)).toEqual({ value: 12, qualifier: "several", unit: undefined, label: "stitches", type: "count" });
  });

  it("'several' alone counts nothing", () => {
    expect(figs("He received several stitches in 2015.")).toEqual([]);
  });
});

describe("counts named after them", () => {
  it("'brought to 49 the number of banks that Mr Bondi has sued': 49, banks sued", () => {
    const f = shown("That brought to 49 the number of banks that Mr Bondi has sued.", "49");
    expect(exact(f)).toEqual({ value: 49, qualifier: undefined, unit: undefined, label: "banks sued", type: "count" });
  });

  it("a small bare number with no tally after it still names nothing", () => {
    expect(figs("That brought it to 49 in the end.")).toEqual([]);
    // "a number of" is "several", no tally.
    expect(figs("It rose to 12 a number of times.")).toEqual([]);
  });
});

describe("measures said before their noun", () => {
  it("'the 32,000 acre (13,000 hectare) farm': 32,000 acres is a measure, not an identifier", () => {
    // The unit joins the display and the farm is what it measures (test/figures-reading.test.ts reads the same form).
    expect(shown("They plan to seize land from the 32,000 acre (13,000 hectare) farm.", "32,000 acre")).toMatchObject({ value: 32000, type: "measure", kind: "measure", unit: "acres", label: "farm" });
  });
});

describe("plural nouns the tagger calls verbs", () => {
  it("'It took five takes to film the clip': 5, takes", () => {
    const f = shown("It took five takes to film the clip, the couple told KPTV.", "five");
    expect(exact(f)).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "takes", type: "count" });
  });

  it("a verb with its object is no count's noun: 'No. 40 reveals the truth'", () => {
    expect(figs("Episode No. 40 reveals the truth.")).toEqual([]);
    expect(figs("He said 11 seems fair.")).toEqual([]);
  });
});

describe("amounts named by the clause after them", () => {
  it("'short of the 2.5% which the French government had predicted': 2.5%, French government predicted", () => {
    const f = shown("GDP rose, but fell short of the 2.5% which the French government had predicted.", "2.5%");
    expect(exact(f)).toEqual({ value: 2.5, qualifier: undefined, unit: "%", label: "French government predicted", type: "percent" });
  });

  it("'that year' after an amount is no relative clause", () => {
    expect(shown("Unemployment hit 2.5% that year in France.", "2.5%").label).toBe("unemployment");
  });
});

describe("counted-after.ts: a game's tally the tagger reads as a verb is the noun counted (AV one-liner)", () => {
  it("'Tom Reyes has 21 tries for Harwick since his debut.' → 21 — tries (was an identifier: 'tries' read as a verb)", () => {
    expect(exact(at("Tom Reyes has 21 tries for Harwick since his debut.", 21))).toEqual(want(21, undefined, undefined, "tries", "count"));
  });
  it("'The flanker has 21 tries this season.' → tries, a time after it no object (was 'flanker')", () => {
    expect(exact(at("The flanker has 21 tries this season.", 21))).toEqual(want(21, undefined, undefined, "tries", "count"));
  });
  it("near miss: another plural read as a verb stays a verb, 'The UK total of 2.1 million translates into 4.5 lines per 100 people.'", () => {
    expect(labelOf("The UK total of 2.1 million translates into 4.5 lines per 100 people.", 2_100_000)).not.toBe("translates");
  });
});
