// "Rival bidder Hopworth is ready to borrow £610m": a kind of rival said between the rival word and its name still
// makes the money the rival's (rival-owner.ts' roles; card-audit-53's made-up shape 2: '£610m — borrowing to finance
// an offer' beside the subject's own offers).
import { describe, expect, it } from "vitest";
import { exact, labelOf, listed, want } from "#test/helpers/figures.ts";

describe("'rival ROLE NAME': the money names the rival", () => {
  it("'Rival bidder Tannery Group is ready to borrow £720m to fund a bid.' → the rival's borrowing", () => {
    const [f] = listed("Rival bidder Tannery Group is ready to borrow £720m to fund a bid.");
    expect(exact(f)).toEqual(want(7.2e8, undefined, "GBP", "rival Tannery Group's borrowing to fund", "money"));
  });
  it("'Meanwhile, rival suitor Calder has offered $3.3bn for the chain.' → rival Calder's offer", () => {
    expect(labelOf("Meanwhile, rival suitor Calder has offered $3.3bn for the chain.", 3.3e9)).toBe("rival Calder's offer for the chain");
  });
});

describe("near misses: no rival, or a rival bought, keep their labels", () => {
  it("'Bidder Tannery Group is ready to borrow £720m to fund a bid.': no rival word", () => {
    expect(labelOf("Bidder Tannery Group is ready to borrow £720m to fund a bid.", 7.2e8)).not.toMatch(/rival/);
  });
  it("'Pellmart is to buy rival retailer Dunmore for £2bn.': the buyer's price", () => {
    expect(labelOf("Pellmart is to buy rival retailer Dunmore for £2bn.", 2e9)).toBe("purchase price");
  });
});
