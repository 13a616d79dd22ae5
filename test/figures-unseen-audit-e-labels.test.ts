// Labels found wrong in card audit 11's sample E (docs/audits/card-audit-11.md: cnndm-dev articles no gold was read
// for), each the general construction behind it as a one-sentence repro with the exact figure. These fixes were chosen
// on sample E, so E's after-figure is fitted; a later fresh sample measures them.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("money given to someone is the payment or the loan, not its payee or borrower", () => {
  it("'give Newcastle £500,000': a payment to Newcastle", () => {
    expect(exact(at("I'd love to give Newcastle £500,000 because that means we have got promotion.", 500000))).toEqual({ value: 500000, qualifier: undefined, unit: "GBP", label: "payment to Newcastle", type: "money" });
  });

  it("'loaned the previous regime running the club £5million': a loan, its long recipient left out", () => {
    expect(exact(at("The billionaire tycoon loaned the previous regime running the club £5million in January.", 5e6))).toEqual({ value: 5e6, qualifier: undefined, unit: "GBP", label: "loan", type: "money" });
  });

  it("'loaned the previous regime running the football club £5million': the verb eight words back still gives the loan", () => {
    expect(exact(at("The billionaire tycoon loaned the previous regime running the football club £5million in January.", 5e6))).toEqual({ value: 5e6, qualifier: undefined, unit: "GBP", label: "loan", type: "money" });
  });
});

describe("an amount 'of' a thing is the value of that thing", () => {
  it("'crossing the Atlantic with £200million of drugs': the drugs, not the crossing", () => {
    expect(exact(at("A cocaine smuggler who was caught crossing the Atlantic with £200million of drugs got so hungry he started snorting the haul.", 2e8))).toEqual({ value: 2e8, qualifier: undefined, unit: "GBP", label: "drugs", type: "money" });
  });

  it("'$2.8 million of tax payers money': money of money names nothing more, and the verb still says what it is", () => {
    expect(at("The ship has been employed in an operation which could cost $2.8 million of tax payers money.", 2.8e6).label).toBe("cost");
  });
});

describe("a duration is a prison term or a ban only as its own clause says it", () => {
  it("'who was six months pregnant at the time, … but now will serve three and a half years in prison': months pregnant, not in prison", () => {
    const text = "Solomon, who was six months pregnant at the time, originally pleaded not guilty to charges of aggravated assault, but now will serve three and a half years in prison following a plea deal.";
    expect(exact(at(text, 6))).toEqual({ value: 6, qualifier: undefined, unit: "months", label: "months pregnant", type: "duration" });
  });

  it("'also received eight years … while John Powell was sentenced': a term verb right before the years makes them a prison term", () => {
    const text = "Thomas Britteon, 28, also received eight years for the same charges while John Powell, 70, was sentenced for 10.";
    expect(exact(at(text, 8))).toEqual({ value: 8, qualifier: undefined, unit: "years", label: "years in prison", type: "duration" });
  });

  it("'jailed for six years and banned from driving for ten years': the ten years are the ban", () => {
    expect(exact(at("He was jailed for six years and banned from driving for ten years.", 10))).toEqual({ value: 10, qualifier: undefined, unit: "years", label: "years ban", type: "duration" });
  });

  it("'handed him eight years, while his brother was sentenced': over the object pronoun, the term verb makes a prison term", () => {
    const text = "The judge handed him eight years, while his brother was sentenced to community service.";
    expect(exact(at(text, 8))).toEqual({ value: 8, qualifier: undefined, unit: "years", label: "years in prison", type: "duration" });
  });

  it("'sentenced to two years, suspended for 12 months': a suspension past the comma makes no prison term", () => {
    expect(exact(at("He was sentenced to two years, suspended for 12 months.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "years", label: "years", type: "duration" });
  });

  it("'She left prison five days later': a time point, no term", () => {
    expect(exact(at("She left prison five days later.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "days", label: "days later", type: "duration" });
  });
});

describe("a length a fall covers, or a noun 'of' it, says what the length is", () => {
  it("'dropped her from 6 feet above ground': the height of the drop", () => {
    expect(exact(at("Investigators say Glenara's parents dropped her from 6 feet above ground, and her mother then tried to sew her head wound.", 6))).toEqual({ value: 6, qualifier: undefined, unit: "feet", label: "height of drop", type: "measure" });
  });

  it("'It had 18 feet of break': a lone word after 'of' is a noun, whatever the tagger says", () => {
    expect(exact(at("It had 18 feet of break, it comes almost backwards.", 18))).toEqual({ value: 18, qualifier: undefined, unit: "feet", label: "break", type: "measure" });
  });

  it("'dropped from 30 feet to 20 feet' is a change of level, no fall", () => {
    expect(at("The water level dropped from 30 feet to 20 feet.", 30).label).not.toMatch(/drop|fall/);
  });

  it("'He fell 30 feet from the roof': the fall, not a distance from the roof", () => {
    expect(exact(at("He fell 30 feet from the roof of the building.", 30))).toEqual({ value: 30, qualifier: undefined, unit: "feet", label: "fall", type: "measure" });
  });

  it("'threw his young son from 30 feet': the falling verb four words back, over its object", () => {
    expect(exact(at("The man threw his young son from 30 feet into the river.", 30))).toEqual({ value: 30, qualifier: undefined, unit: "feet", label: "height of fall", type: "measure" });
  });
});

describe("a duration's gerund says what the time was spent doing", () => {
  it("'after four days of walking day and night': the walking, not the days alone", () => {
    expect(exact(at("Despite a wound that had barely healed, he made it into Djibouti after four days of walking day and night.", 4))).toEqual({ value: 4, qualifier: undefined, unit: "days", label: "walking", type: "duration" });
  });

  it("'has spent the past 7 years fighting stage four biliary cancer': years fighting the cancer", () => {
    expect(exact(at("Beth O'Rourke has spent the past 7 years fighting stage four biliary cancer.", 7))).toEqual({ value: 7, qualifier: undefined, unit: "years", label: "years fighting stage four biliary cancer", type: "duration" });
  });

  it("'first start in 20 months having twice beaten cancer': after 'in', a gerund is another clause's", () => {
    expect(at("It was his first start for the Magpies in 20 months having twice beaten testicular cancer.", 20).label).toBe("months since last start");
  });
});

describe("a compound measure describes the noun after it, whatever the tagger calls that noun", () => {
  it("'The two-minute clip shows': the clip, not the minutes", () => {
    expect(exact(at("The two-minute clip shows Mrs Talaat wearing a green and silver outfit.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "minutes", label: "clip", type: "duration" });
  });

  it("'a 13-month suspended jail sentence': the sentence, over its participle", () => {
    expect(exact(at("Barry Lyttle, 33, has been given a 13-month suspended jail sentence after he pleaded guilty.", 13))).toEqual({ value: 13, qualifier: undefined, unit: "months", label: "suspended jail sentence", type: "duration" });
  });

  it("'fouled 25-yards out', 'the 40-second-video recorded by': no noun after, or the compound's own", () => {
    expect(at("Ronaldo scored after Luka Modric was fouled 25-yards out in a central position.", 25).label).toBe("distance");
    expect(at("The 40-second-video recorded by Haim Kaplan shows the driver.", 40).label).toBe("video");
  });
});
