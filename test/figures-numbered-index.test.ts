// numbered-index.ts: a percent an index named with its digits rose or fell by ("the Pacific Growth 50 has risen by
// 5%") is the rise or fall in that index, not its period or its name cut at the digits (card audit 47's shape 6).
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("a change of an index whose name ends in digits", () => {
  it("'the Pacific Growth 50 has risen by 5% in the past month' → rise in Pacific Growth 50 (not 'past month')", () => {
    expect(at("Shares in Asia steadied; the Pacific Growth 50 has risen by 5% in the past month.", 5).label).toBe("rise in Pacific Growth 50");
  });

  it("a fall, four name words: 'the Dow Jones Transport 20 has dropped by 4% in the past fortnight'", () => {
    const text = "Bond prices fell sharply on Monday; the Dow Jones Transport 20 has dropped by 4% in the past fortnight.";
    expect(at(text, 4).label).toBe("fall in Dow Jones Transport 20");
  });

  it("'over the past month', no 'by' elsewhere: 'The Nordic Tech 40 has climbed by 6% over the past month'", () => {
    expect(at("The Nordic Tech 40 has climbed by 6% over the past month.", 6).label).toBe("rise in Nordic Tech 40");
  });

  it("no 'by', past tense, decimals: 'The FTSE 100 fell 2.5 per cent on Friday' → fall in FTSE 100", () => {
    expect(at("The FTSE 100 fell 2.5 per cent on Friday.", 2.5).label).toBe("fall in FTSE 100");
  });

  it("near miss: a subject with no digits is read as before ('Tech shares rose 3% on Friday')", () => {
    expect(at("Tech shares rose 3% on Friday.", 3).label).toBe("rise in tech shares");
  });

  // change-verb.ts' changeTopic: after digits the tagger may call the verb a noun, so the phrase before "by" was the
  // verb itself ('fall in fell'); no auxiliary between.
  it("'The Hang Seng 30 climbed by 3% on Friday' → rise in Hang Seng 30 (not 'rise in climbed')", () => {
    expect(at("The Hang Seng 30 climbed by 3% on Friday.", 3)).toMatchObject({ value: 3, unit: "%", label: "rise in Hang Seng 30" });
  });

  it("'Last week the Euro Stoxx 50 dropped by 1.5 per cent' → fall in Euro Stoxx 50", () => {
    expect(at("Last week the Euro Stoxx 50 dropped by 1.5 per cent.", 1.5).label).toBe("fall in Euro Stoxx 50");
  });

  it("'Shares in the Nikkei 225 rose by 4% yesterday' → rise in Nikkei 225", () => {
    expect(at("Shares in the Nikkei 225 rose by 4% yesterday.", 4).label).toBe("rise in Nikkei 225");
  });

  it("'The Nordic Tech 40 fell by 6% as rates rose' → fall in Nordic Tech 40", () => {
    expect(at("The Nordic Tech 40 fell by 6% as rates rose.", 6).label).toBe("fall in Nordic Tech 40");
  });

  it("near miss: a real object before 'by' stays the topic ('The company raised prices by 10% last year')", () => {
    expect(at("The company raised prices by 10% last year.", 10).label).toBe("rise in prices");
  });

  // A name of four words and digits: "fall in" would pass the card's six-word label and cut the digits.
  it("'The Dow Jones Emerging Markets 50 fell 2%' → Dow Jones Emerging Markets 50 fall (its digits kept)", () => {
    expect(at("The Dow Jones Emerging Markets 50 fell 2% on Monday.", 2)).toMatchObject({ value: 2, unit: "%", label: "Dow Jones Emerging Markets 50 fall" });
  });

  it("'by', a rise: 'The Dow Jones Emerging Markets 50 rose by 3% last week' → Dow Jones Emerging Markets 50 rise", () => {
    expect(at("The Dow Jones Emerging Markets 50 rose by 3% last week.", 3).label).toBe("Dow Jones Emerging Markets 50 rise");
  });

  it("an auxiliary: 'Meanwhile the MSCI Asia Pacific Tech 100 has dropped by 7%' → MSCI Asia Pacific Tech 100 fall", () => {
    expect(at("Meanwhile the MSCI Asia Pacific Tech 100 has dropped by 7%.", 7).label).toBe("MSCI Asia Pacific Tech 100 fall");
  });

  it("'per cent', another topic: 'The Premier League Fantasy Top 20 climbed 12 per cent' → … Top 20 rise", () => {
    expect(at("The Premier League Fantasy Top 20 climbed 12 per cent this season.", 12).label).toBe("Premier League Fantasy Top 20 rise");
  });
});
