// "over" before an amount: a hedge when it opens the subject after an opening time phrase, no hedge after a noun it
// hangs on (over-subject.ts, read-core.ts qualifierBefore), no hedge after a verb of leaping across (motion-over.ts).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf } from "#test/helpers/figures.ts";

describe("'over' after an opening time phrase hedges the amount", () => {
  it("'In nine days over $76,000 was raised': more than $76,000 raised", () => {
    expect(exact(at("In nine days over $76,000 was raised for the teen's surgery.", 76000))).toEqual({
      value: 76000, qualifier: "over", unit: "USD", label: "raised for the teen's surgery", type: "money",
    });
  });

  it("'Last year over 500 people died': more than 500 people died", () => {
    expect(exact(at("Last year over 500 people died on the roads.", 500))).toEqual({
      value: 500, qualifier: "over", unit: undefined, label: "people died", type: "count",
    });
  });

  it("near miss: 'fought for years over $5m' is what they fought about, no hedge", () => {
    expect(at("The brothers fought for years over $5m left by their father.", 5e6).qualifier).toBeUndefined();
  });

  it("near miss: 'In a race over 1500 metres' is the race's distance, no hedge", () => {
    expect(at("In a race over 1500 metres he won gold.", 1500).qualifier).toBeUndefined();
  });

  it("near miss: 'a bench warrant over $18,104.43' stays no hedge", () => {
    expect(exact(at("A judge issued a bench warrant over $18,104.43 in unpaid fines.", 18104.43))).toEqual({
      value: 18104.43, qualifier: undefined, unit: "USD", label: "unpaid fines", type: "money",
    });
  });
});

describe("motion-over.ts: 'over' after a verb of leaping across is a preposition (blind sample BB's made-up shape 9)", () => {
  it("'Leaping over three cars is hardly a big deal' → exactly 3, cars leapt over", () => {
    // Was 'over three — cars' with the qualifier "over": more than three.
    expect(exact(at("'Leaping over three cars is hardly a big deal,' the judge joked.", 3))).toEqual({
      value: 3, qualifier: undefined, unit: undefined, label: "cars leapt over", type: "count",
    });
  });
  it("'The horse jumped over 4 fences' and 'climbed over two walls': what was crossed", () => {
    expect(exact(at("The horse jumped over 4 fences before it fell.", 4))).toEqual({
      value: 4, qualifier: undefined, unit: undefined, label: "fences jumped over", type: "count",
    });
    expect(at("The thieves climbed over two walls to reach the yard.", 2).qualifier).toBeUndefined();
    // "under" after such a verb is a preposition too, but the label's verb says "over" only after "over".
    expect(exact(at("The thieves climbed under two fences.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "fences", type: "count" });
    expect(labelOf("The fox leapt onto three cars.", 3)).toBe("cars"); // no "over": nothing crossed
  });
  it("near misses: 'over' still hedges people, units, shares, places, ten or more and millions after such a verb", () => {
    expect(at("The crowd of over 300 people cheered.", 300).qualifier).toBe("over");
    expect(at("No more than 50 people stayed.", 50).qualifier).toBe("no more than");
    expect(at("More than 50 people left.", 50).qualifier).toBe("more than");
    expect(at("Over 40 people jumped over 30 fences.", 40).qualifier).toBe("over");
    expect(at("The climbers climbed over 8,000 metres without oxygen.", 8000).qualifier).toBe("over");
    expect(at("Shares jumped over 30% on the news.", 30).qualifier).toBe("over");
    expect(at("She climbed over 5 places in the world rankings.", 5).qualifier).toBe("over");
    expect(at("The athlete jumped over 2 metres at the trials.", 2).qualifier).toBe("over");
    expect(at("Rescuers flew over 8 passengers to safety.", 8).qualifier).toBe("over");
    expect(at("The airline flew over 3 million passengers last year.", 3e6).qualifier).toBe("over");
    expect(at("Rescuers flew over 200 villagers to safety.", 200).qualifier).toBe("over");
    expect(at("He walked over 12 miles to school.", 12).qualifier).toBe("over");
    expect(at("He has climbed over 100 mountains in Wales.", 100).qualifier).toBe("over");
    expect(at("Over 40 people jumped over 30 fences.", 30).qualifier).toBe("over");
    expect(at("She jumped over 3 million hurdles in her career.", 3e6).qualifier).toBe("over");
  });
});
