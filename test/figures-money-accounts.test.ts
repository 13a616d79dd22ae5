// Two equal sums of money of two classes (a fee and a wage bill) are two facts that happen to agree (same-fact.ts's
// ACCOUNTS): 'The club paid a transfer fee of nearly £4 million on Friday. Its accounts show the wage bill has passed
// £4 million.' carded the fee only, the bill dropped as the same fact (card-audit-50's made-up shape 13).
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const sums = (text: string) => figs(text).filter((f) => f.kind === "money").map((f) => [f.value, f.qualifier, f.unit, f.label]);

describe("equal sums of two classes are two facts", () => {
  it("'… a transfer fee of nearly £4 million … the wage bill has passed £4 million.' → both on the card", () => {
    const text = "The club paid a transfer fee of nearly £4 million on Friday. Its accounts show the wage bill has passed £4 million.";
    expect(sums(text)).toEqual([[4e6, "nearly", "GBP", "transfer fee"], [4e6, undefined, "GBP", "wage bill"]]);
  });

  it("'The bank made a profit of $2 billion. Its debt stands at $2 billion.' → profit and debt both", () => {
    expect(sums("The bank made a profit of $2 billion. Its debt stands at $2 billion.").map((s) => s[3])).toEqual(["profit", "debt"]);
  });

  it("near miss: one class, 'a transfer fee of £4 million … The £4 million bid was accepted.' → one sum", () => {
    expect(sums("The club agreed a transfer fee of £4 million on Friday. The £4 million bid was accepted.")).toHaveLength(1);
  });

  it("near miss: a word for any sum, 'fined £5,000 … The £5,000 payment was made.' → one sum", () => {
    expect(sums("The firm was given a fine of £5,000 on Monday. The £5,000 payment was made on Friday.")).toHaveLength(1);
  });

  it("near miss: a compound's head, 'a £2 million loan fee … The £2 million fee will be paid in two parts.' → one sum", () => {
    expect(sums("Chelsea agreed a £2 million loan fee for the striker. The £2 million fee will be paid in two parts.")).toHaveLength(1);
  });
});
