// The thirteenth round's lead fixes, each the general construction behind a card fault as a one-sentence repro with
// the exact figure.
import { describe, expect, it } from "vitest";
import { exactOnly, one } from "#test/helpers/figures.ts";

describe("'a total of' says how an amount is given, not what it is: the amount is labelled past it", () => {
  it.each([
    ["Torpedo was fined a total of 900,000 rubles for various offenses.", { value: 900_000, qualifier: undefined, unit: "RUB", label: "fine for various offenses", type: "money" }],
    ["They paid a combined total of £5m for the site.", { value: 5_000_000, qualifier: undefined, unit: "GBP", label: "payment for the site", type: "money" }],
    ["Managers were handed a total of £1.8 million in bonuses.", { value: 1_800_000, qualifier: undefined, unit: "GBP", label: "bonuses", type: "money" }],
  ] as const)("'%s'", (text, figure) => {
    expect(exactOnly(text)).toEqual(figure);
  });

  it("with nothing else to name it, the total stays: 'making an estimated total of nearly £20million'", () => {
    expect(exactOnly("Three times as much to excavate the basements, making an estimated total of nearly £20million.")).toEqual({
      value: 20_000_000, qualifier: "nearly", unit: "GBP", label: "total", type: "money",
    });
  });

  it("'the bill came to a total of $5m' is still named by the bill", () => {
    expect(exactOnly("The bill came to a total of $5m.")?.label).toBe("bill");
  });
});

describe("a sum the subject names by what was done with it keeps the participle: 'The total paid out was £203,066'", () => {
  it.each([
    ["The total paid out was £203,066.", { value: 203_066, qualifier: undefined, unit: "GBP", label: "total paid out", type: "money" }],
    ["The amount stolen was $3m.", { value: 3_000_000, qualifier: undefined, unit: "USD", label: "amount stolen", type: "money" }],
  ] as const)("'%s'", (text, figure) => {
    expect(exactOnly(text)).toEqual(figure);
  });
});

describe("a count of people says what they did or suffered, past an aside, an auxiliary or an adverb", () => {
  const person = (value: number, label: string, qualifier?: string) => ({ value, qualifier, unit: undefined, label, type: "count" });
  it.each([
    ["Seven people -- including a coach -- died when their small plane crashed.", 7, "people died"],
    ["Only a few kilometers away, 147 people were brutally massacred when militants invaded the campus.", 147, "people killed"],
    ["Five people were initially reported missing.", 5, "people missing"],
    ["Police stand outside the home where four elderly people were found dead.", 4, "elderly people dead"],
    ["183 people have been expelled for cheating.", 183, "people expelled"],
    ["Three people have been taken to hospital after the crash.", 3, "people taken to hospital"],
    ["Two people were taken away by police officers after they rushed the stage.", 2, "people taken away"],
    ["1,500 people were forced to flee the town.", 1500, "people forced to flee"],
    ["(CNN)Seven people -- including Illinois State University associate men's basketball coach Torrey Ward and deputy athletic director Aaron Leetch -- died when their small plane crashed.", 7, "people died"],
    ["The pilot crashed the plane, killing all 150 people on board.", 150, "people killed"],
    ["A survey of 4,600 people found most eat toast.", 4600, "people surveyed"],
    ["He brought new life to her town of 280 people near Orange.", 280, "population"],
    ["The island is home to 1,700 people.", 1700, "population"],
    ["The attack claimed the lives of 68 people.", 68, "people killed"],
    ["Gunmen slaughtered 147 people at a college campus.", 147, "people killed"],
  ] as const)("'%s'", (text, value, label) => {
    expect(exactOnly(text)).toEqual(person(value, label));
  });

  it("'the lives of' is a toll only after a verb that takes them: 'destroyed the lives of over 20 million children' is none", () => {
    expect(exactOnly("Autism has now destroyed the lives of over 20 million children.")).toEqual(person(20_000_000, "children", "over"));
  });

  it("after 'have' alone an irregular participle is active, so no label says what was done to them: 'people have seen'", () => {
    expect(exactOnly("More than 10 million people have seen the video.")).toEqual(person(10_000_000, "people", "more than"));
  });

  it("a casualty counted past an aside ranks as a casualty: 'Seven people -- including a coach -- died'", () => {
    expect(one("Seven people -- including a coach -- died when their small plane crashed.").kind).toBe("casualties");
  });
});
