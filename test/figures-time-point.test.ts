// A time point ("seven months ago") is labelled by the word that makes it one, shown by the event it dates where its
// clause names one (dated-event.ts), and ranks as it did when its label was its unit alone: that word says when, not
// what the story is about, nor another thing counted.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures, repeatKey } from "#brief/figures/card/card.ts";
import { untimed } from "#brief/figures/label/durations/label-duration.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, typedList } from "#test/helpers/figures.ts";

describe("a time point says when", () => {
  it("'adopted the cat seven months ago' → seven — months since adopting the cat", () => {
    expect(exact(at("The couple adopted the cat seven months ago.", 7))).toEqual({ value: 7, qualifier: undefined, unit: "months", label: "months since adopting the cat", type: "duration" });
  });

  it("'had been born two days earlier' → two — days earlier (no '-ing' known for 'born')", () => {
    expect(exact(at("She had been born two days earlier.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "days", label: "days earlier", type: "duration" });
  });

  it("'was found 18 days later in a field' → 18 — days before being found", () => {
    expect(exact(at("The body was found 18 days later in a field.", 18))).toEqual({ value: 18, qualifier: undefined, unit: "days", label: "days before being found", type: "duration" });
  });

  it("a time counted from an event keeps the event: 'Four days after the crash, he died'", () => {
    expect(at("Four days after the crash, he died.", 4)).toMatchObject({ unit: "days", label: "days after the crash" });
  });

  it("a rate's period is no time point: 'works 21 hours a week'", () => {
    expect(at("She works 21 hours a week.", 21).label).not.toMatch(/ago|later|earlier/);
  });
});

describe("a time point ranks as its unit", () => {
  it("its 'ago' is not what the story is about: '20 — years ago' under 'Crash 20 years ago remembered'", () => {
    const s = articleSentences({ paragraphs: ["The crash happened 20 years ago.", "It killed 12 people."] });
    const years = cardCandidates(s, { headline: "Crash 20 years ago remembered" }).find((c) => c.figure.value === 20);
    expect([years?.figure.label, years?.signals.about]).toEqual(["years ago", false]);
  });

  it("the card picks as if its label were its unit: '11 months ago' waits behind '16 weeks', as '11 months' did", () => {
    const paras = ["Confidence is at its highest for 15 months.", "The index last stood this high 11 months ago.", "Sales are at their lowest for 16 weeks."];
    const s = articleSentences({ paragraphs: paras });
    const options = { salience: [1, 1, 1], headline: "Markets" };
    const card = pickFigures(cardCandidates(s, options), s.length, 3, CARD_WEIGHTS);
    expect(card.map((f) => [f.value, f.label])).toEqual([[15, "months"], [16, "weeks"], [11, "months since standing this high"]]);
    const asUnits = cardCandidates(s, options).map((c) => ({ ...c, figure: { ...c.figure, label: untimed(c.figure.label) } }));
    expect(pickFigures(asUnits, s.length, 3, CARD_WEIGHTS).map((f) => f.value)).toEqual(card.map((f) => f.value));
  });

  it("the repeat penalty compares it with its unit: 'Years ago' and 'years' are one label, 'years old' another", () => {
    expect(repeatKey("Years ago")).toBe(repeatKey("years"));
    expect(repeatKey("days later")).toBe("days");
    expect(repeatKey("years old")).toBe("years old");
    expect(repeatKey("ago")).toBe("ago");
    // A time ahead is a time point too (cnndm_test-09743: a quoted "in six years' time" escaped the penalty).
    expect(repeatKey("years from now")).toBe("years");
    expect(repeatKey("from now")).toBe("from now");
  });
});

describe("a verb before a time point, or a toll's before any time, counts no time: it names the event the time dates", () => {
  it("'He died four days after the crash' → four — days after the crash, not 'days died'", () => {
    expect(exact(at("He died four days after the crash.", 4))).toEqual({ value: 4, qualifier: undefined, unit: "days", label: "days after the crash", type: "duration" });
  });

  it("a toll's verb after a time is no more the time's: 'Her partner who she had lived with for 12 years died' → years living (fold.ts foldAfterCount)", () => {
    expect(exact(at("Her partner who she had lived with for 12 years died in 2010.", 12))).toEqual({ value: 12, qualifier: undefined, unit: "years", label: "years living", type: "duration" });
    expect(exact(at("A Utah couple who had been married for 74 years died five hours apart.", 74))).toEqual({ value: 74, qualifier: undefined, unit: "years", label: "years married", type: "duration" });
  });

  it("near misses: a fold verb that is no toll's still folds after a time ('Three days were lost' → days lost), a toll's after a noun no time does ('Three horses died')", () => {
    expect(exact(at("Three days were lost to strikes.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "days", label: "days lost", type: "duration" });
    expect(exact(at("Three horses died.", 3))).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "horses died", type: "count" });
  });

  it("'He was killed two years ago in the war' → two — years since being killed", () => {
    expect(exact(at("He was killed two years ago in the war.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "years", label: "years since being killed", type: "duration" });
  });

  it("nor does any verb before a time point: 'He was arrested two days later' → two — days before being arrested", () => {
    expect(exact(at("He was arrested two days later.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "days", label: "days before being arrested", type: "duration" });
    expect(at("He was jailed for 10 years.", 10)).toMatchObject({ label: "years in prison" });
  });

  it("a toll's verb still labels its count: 'The attack killed 12 people'", () => {
    expect(at("The attack killed 12 people.", 12)).toMatchObject({ label: "people killed", kind: "casualties" });
  });
});

describe("an amount 'for' a lot auctioned is its auction price, not the time said between", () => {
  it("'is being auctioned 70 years later for £21,000' → £21,000 — auction price", () => {
    expect(exact(at("The order is being auctioned 70 years later for £21,000.", 21000))).toEqual({ value: 21000, qualifier: undefined, unit: "GBP", label: "auction price", type: "money" });
  });

  it("'sold at auction for $1.2 million' stays a sale price", () => {
    expect(at("The notes have been sold at auction for $1.2 million.", 1200000)).toMatchObject({ label: "sale price" });
  });
});

describe("a number after a name and before a unit of time is a duration, not a model number (K: 'in Gambia 13 years ago' read as an identifier)", () => {
  it("'Smith married Jane in Paris 13 years ago': 13 years", () => {
    expect(exact(at("Smith married Jane in Paris 13 years ago.", 13))).toEqual({ value: 13, qualifier: undefined, unit: "years", label: "years ago", type: "duration" });
  });
});

describe("a match minute said with 'on' is when it happened, not a duration", () => {
  it("'ahead on 79 minutes' is a time; '10 minutes of footage' and 'after 73 minutes' stay durations", () => {
    expect(typedList("Rooney put United ahead on 79 minutes as he crashed home.")).toEqual([["79", "time", false]]);
    expect(at("They spent on 10 minutes of footage.", 10)).toMatchObject({ display: "10 minutes", unit: "minutes", label: "footage", type: "duration" });
    expect(typedList("He scored after 73 minutes.")).toEqual([["73", "duration", true]]);
  });
});
