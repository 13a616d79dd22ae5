// A poll share said with the place it puts its holder is the holder's share, not the place's (rank-share.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("a share after a place is whoever holds the place", () => {
  it("'Mr Jones, who has not declared, is a distant second at 18 percent': Mr Jones, over the aside", () => {
    expect(exactOnly("Mr Jones, who has not declared, is a distant second at 18 percent.")).toEqual(want(18, undefined, "%", "Mr Jones", "percent"));
  });
  it("'is third on 12 per cent', 'came a close second on 31 per cent'", () => {
    expect(labelOf("Mr Jones is third on 12 per cent.", 12)).toBe("Mr Jones");
    expect(exactOnly("The Greens came a close second on 31 per cent.")?.label).toBe("Greens");
  });
  it("'is a respectable second at 15 percent': any describing word before the place, not only a gap word", () => {
    expect(exactOnly("Mr Jones is a respectable second at 15 percent.")).toEqual(want(15, undefined, "%", "Mr Jones", "percent"));
  });
  it("near misses: a share 'at' no place keeps its noun; a share of something keeps its whole", () => {
    expect(exactOnly("Support for the party is at 54 per cent.")?.label).toBe("support");
    expect(labelOf("The firm is second at 12 percent of the market.", 12)).toBe("share of market");
  });
  it("near misses: a place with no verb of placing before it, or no place before 'at', leaves the label as it was", () => {
    expect(labelOf("The vote held up, with its rival Greens second at 9 per cent.", 9)).toBe("rival Greens");
    expect(labelOf("Smith, who leads, is level at 20 per cent.", 20)).not.toBe("smith");
  });
});
