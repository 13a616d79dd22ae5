// A percent a market closed, ended or opened "down" or "up" is the change in what traded, read as "went down" is: the
// subject, not the place of trade after it (card audit 54, sample AV's made-up shape 3).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

const pct = (value: number, label: string) => want(value, undefined, "%", label, "percent");

describe("change-verb.ts: a close or an open with 'down' or 'up'", () => {
  it("'Shares in the Dutch chipmaker have closed down 6% in Amsterdam trade after a delay.' → fall in shares", () => {
    // Was '6% — Amsterdam trade': the direction and what fell lost.
    expect(exactOnly("Shares in the Dutch chipmaker have closed down 6% in Amsterdam trade after a delay.")).toEqual(pct(6, "fall in shares"));
  });
  it("'Shares in the insurer ended up 4% in New York trade.' → rise in shares", () => {
    expect(exactOnly("Shares in the insurer ended up 4% in New York trade.")).toEqual(pct(4, "rise in shares"));
  });
  it("'Shares in the bank opened down 2.5% in Paris.' → fall in shares, not the place", () => {
    expect(exactOnly("Shares in the bank opened down 2.5% in Paris.")).toEqual(pct(2.5, "fall in shares"));
  });
  it("near miss: 'The plant closed down 6% of its lines.' → a share of what it shut, no fall", () => {
    expect(exactOnly("The plant closed down 6% of its lines.")).toEqual(pct(6, "share of lines closed down"));
  });
});

describe("percent-head.ts: a close 'N% higher' or 'lower' with the place of trade after it (AV one-liner)", () => {
  it("'The index closed 4% higher in Seoul trade after the rate cut.' → rise in index", () => {
    // Was '4% — higher in Seoul trade': the place of trade read as what was higher.
    expect(exactOnly("The index closed 4% higher in Seoul trade after the rate cut.")).toEqual(pct(4, "rise in index"));
  });
  it("'The Hang Seng ended 1.5% lower in Hong Kong.' → fall in Hang Seng", () => {
    expect(exactOnly("The Hang Seng ended 1.5% lower in Hong Kong.")).toEqual(pct(1.5, "fall in Hang Seng"));
  });
  it("near miss: no verb that quotes a price, 'The risk was 18% higher in smokers.' keeps its scope", () => {
    expect(exactOnly("The risk was 18% higher in smokers.")).toEqual(pct(18, "higher risk in smokers"));
  });
});
