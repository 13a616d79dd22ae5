// slang-currency.ts: "bucks", "quid" and "grand" after a number are money, not counts of them (card audit 48's shape
// 4: 'fifty million — bucks' [count], 'forty — grand' [count] for £40,000 a week).
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, listed, typedList, want } from "#test/helpers/figures.ts";

/** The exact listed figure of `value` in `text`: a near miss may read a number that never reaches the card. */
const listedAt = (text: string, value: number) => exact(listed(text).find((f) => f.value === value));

describe("slang money", () => {
  it("'Few rappers have made fifty million bucks from one album' → $50 million, money", () => {
    expect(exact(at("Few rappers have made fifty million bucks from one album.", 50e6))).toEqual(want(50e6, undefined, "USD", "earnings", "money"));
  });

  it("digits, a qualifier, past tense: 'He pocketed about 10 million bucks when he sold the app' → about $10 million", () => {
    const f = at("He pocketed about 10 million bucks when he sold the app.", 10e6);
    expect([f.unit, f.type, f.qualifier]).toEqual(["USD", "money", "about"]);
    expect(f.label).not.toMatch(/bucks/);
  });

  it("a small sum and a plural of them: 'They spent 2 million bucks, while the rivals spent 30 bucks on lunch'", () => {
    const text = "They spent 2 million bucks, while the rivals spent 30 bucks on lunch.";
    expect(exact(at(text, 30))).toEqual(want(30, undefined, "USD", "spending on lunch", "money"));
  });

  it("'quid' is pounds: 'He paid 500 quid for the ticket last week' → £500", () => {
    expect(exact(at("He paid 500 quid for the ticket last week.", 500))).toEqual(want(500, undefined, "GBP", "payment for the ticket", "money"));
  });

  it("'grand' a thousand, spelled, a rate: 'Scouts reckon the teenager will soon be earning forty grand a week' → 40,000", () => {
    const text = "Scouts reckon the teenager will soon be earning forty grand a week.";
    expect(exact(at(text, 40000))).toEqual(want(40000, undefined, "GBP", "earnings a week", "money"));
  });

  it("'grand' takes the sentence's other currency: 'The landlord charged $900 a month and wanted 12 grand for the deposit'", () => {
    const f = at("The landlord charged $900 a month and wanted 12 grand for the deposit.", 12000);
    expect([f.unit, f.type]).toEqual(["USD", "money"]);
  });

  it("digits, fronted, comma after: 'For 20 grand, the club kept him' → £20,000", () => {
    const f = at("For 20 grand, the club kept him for another season.", 20000);
    expect([f.unit, f.type]).toEqual(["GBP", "money"]);
  });

  it("near miss: 'grand' before a noun is an adjective ('three grand slams', 'two grand pianos')", () => {
    expect(labelOf("She won three grand slams and bought two grand pianos.", 3)).toBe("grand slams");
    expect(labelOf("She won three grand slams and bought two grand pianos.", 2)).toBe("grand pianos");
  });

  it("near miss: the team 'the Bucks' in capitals is no money ('Tickets went to 18,000 Bucks fans')", () => {
    expect(typedList("Tickets went to 18,000 Bucks fans.")).toEqual([["18,000", "count", true]]);
  });

  it("near miss: deer are no money ('The hunters shot three bucks in the forest' → 3 bucks, a count)", () => {
    expect(listedAt("The hunters shot three bucks in the forest.", 3)).toEqual(want(3, undefined, undefined, "bucks", "count"));
  });

  it("near miss: rabbits are no money ('The rabbit farm keeps 40 bucks and 200 does')", () => {
    expect(listedAt("The rabbit farm keeps 40 bucks and 200 does.", 40)).toEqual(want(40, undefined, undefined, "bucks", "count"));
  });

  it("near miss: a sentence's opening count of deer ('Two bucks and a doe grazed by the road at dawn')", () => {
    expect(typedList("Two bucks and a doe grazed by the road at dawn.")).toEqual([["Two", "count", true]]);
  });

  it("a rate says money without a money verb: 'The job is ten bucks an hour' → $10 an hour", () => {
    const f = listed("The job is ten bucks an hour.").find((x) => x.value === 10);
    expect([f?.unit, f?.type]).toEqual(["USD", "money"]);
  });

  it("a cost said 'set me back': 'It set me back 20 bucks' → $20 (was a count of bucks)", () => {
    expect(listedAt("It set me back 20 bucks.", 20)).toEqual(want(20, undefined, "USD", "cost", "money"));
  });

  it("near miss: 'set back' with no object is no cost ('The hunters set back 20 bucks into the woods')", () => {
    const f = listed("The hunters set back 20 bucks into the woods.").find((x) => x.value === 20);
    expect([f?.unit, f?.type, f?.label]).toEqual([undefined, "count", "bucks"]);
  });

  it("female deer: 'The hunters shot 300 bucks and 200 does' → 200 does (was '200 — bucks', borrowed)", () => {
    expect(listedAt("The hunters shot 300 bucks and 200 does.", 200)).toEqual(want(200, undefined, undefined, "does", "count"));
    expect(listedAt("The hunters shot 300 bucks and 200 does.", 300)?.label).toBe("bucks");
  });

  it("near miss: 'does' as a verb keeps it ('Only one in 200 does not recover', no deer named)", () => {
    expect(listed("Only one in 200 does not recover.").find((x) => x.value === 0.005)?.label).toBe("does not recover");
    expect(labelOf("Of the 300 stags checked, one in 200 does so.", 0.005)).not.toBe("does");
    // (No deer named: "does" at a stop is the verb.)
    expect(listed("Most adults drink tea, and 200 does.").find((x) => x.value === 200)?.label).toBe("");
  });

  it("near miss: 'does' at a stop outside a list is the verb, deer named ('this year 1,500 does')", () => {
    expect(listedAt("The deer cull was 2,000 last year; this year 1,500 does.", 1500)?.label).toBe("deer cull");
    expect(listedAt("The shop sells 40 rabbits a week, and next door 20 does.", 20)?.label).toBe("rabbits a week");
    expect(listedAt("The Bucks rank first in defence, and no other team among the 30 does.", 30)?.label).toBe("");
    // (A comma's list still makes them deer.)
    const list = "The hunters shot 300 bucks, 200 does.";
    expect(listedAt(list, 200)).toEqual(want(200, undefined, undefined, "does", "count"));
  });
});
