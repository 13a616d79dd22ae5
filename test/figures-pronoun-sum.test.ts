// pronoun-sum.ts: a sum after "the" whose relative clause has a pronoun subject is named by the clause's money verb
// ('pay', 'earnings', 'loss'), not by the noun governing "of the" (card audit 48's shape 1 with 'he will be paid').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const labelOf = (text: string, value: number) => listed(text).find((f) => f.value === value)?.label;

describe("a sum named by a pronoun's relative clause after it", () => {
  it("a passive pay verb: 'says nothing about the $120 million or more he will be paid for the fight'", () => {
    const text = "The interview says nothing about the $120 million or more he will be paid for the fight.";
    expect(exact(at(text, 120e6))).toEqual(want(120e6, "or more", "USD", "pay for the fight", "money"));
  });

  it("an earning verb, 'from': 'she says nothing of the $40 million she will earn from the tour'", () => {
    const text = "Ask the singer what drives her and she says nothing of the $40 million she will earn from the tour.";
    expect(exact(at(text, 40e6))).toEqual(want(40e6, undefined, "USD", "earnings from the tour", "money"));
  });

  it("a rate's period: 'no reference to the £300,000 a week he will earn at his new club'", () => {
    const text = "When the striker explains why he moved, there is no reference to the £300,000 a week he will earn at his new club.";
    expect(labelOf(text, 300000)).toBe("weekly earnings at his new club");
  });

  it("'they', an auxiliary, a loan: 'The letter made no mention of the £2m they had borrowed from the bank'", () => {
    expect(labelOf("The letter made no mention of the £2m they had borrowed from the bank.", 2e6)).toBe("borrowing from the bank");
  });

  it("a passive's agent is the payer: 'The memoir glosses over the 5,000 euros she was paid by the magazine'", () => {
    const text = "The memoir glosses over the 5,000 euros she was paid by the magazine.";
    expect(exact(at(text, 5000))).toEqual(want(5000, undefined, "EUR", "pay from the magazine", "money"));
  });

  it("'that', a loss: 'He never talks about the £500 that he lost at the casino'", () => {
    expect(labelOf("He never talks about the £500 that he lost at the casino.", 500)).toBe("loss at the casino");
  });

  it("near miss: a verb before an infinitive wants, it moves nothing ('the $3,000 he wanted to spend on a car')", () => {
    expect(labelOf("Nobody asked about the $3,000 he wanted to spend on a car.", 3000)).not.toBe("sum requested");
  });

  it("near miss: a verb that moves no money leaves the sum alone ('the £8,000 she mentioned')", () => {
    expect(labelOf("The judge asked about the £8,000 she mentioned in court.", 8000)).not.toContain("mention");
  });

  it("near miss: money a pronoun took may be stolen, no takings ('The court heard nothing of the £40,000 she took')", () => {
    expect(labelOf("The court heard nothing of the £40,000 she took.", 40000)).not.toBe("takings");
  });
});
