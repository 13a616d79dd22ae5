// Money listed after things a parcel held or a search found is cash: 'seized a parcel containing clothes and $85,000'
// had no label and was dropped as no figure (card audit 33's pattern 18; listed-cash.ts). Near misses: a list with no
// verb of holding or finding, money first in its list.
import { describe, expect, it } from "vitest";
import { exactOnly, listed, one, want } from "#test/helpers/figures.ts";

describe("money ending a list of things held or found is cash (listed-cash.ts)", () => {
  it("'intercepted a box containing books and $40,000' → cash, a figure again", () => {
    expect(exactOnly("Agents later intercepted a box containing books and $40,000 that was posted to the motel.")).toEqual(want(40000, undefined, "USD", "cash", "money"));
  });

  it("'The suitcase held shirts, shoes and £9,500' → cash, over the list's commas", () => {
    expect(exactOnly("The suitcase held shirts, shoes and £9,500.")).toEqual(want(9500, undefined, "GBP", "cash", "money"));
  });
});

describe("near misses", () => {
  it("'The firm spent its reserves and $40,000 that was left' → no verb of holding or finding: not cash", () => {
    const money = listed("The firm spent its reserves and $40,000 that was left.").find((n) => n.type === "money");
    expect(money?.label).not.toBe("cash");
  });

  it("'a box containing $40,000 that was posted' → money first, what the box held is read as before", () => {
    expect(one("Agents intercepted a box containing $40,000 that was posted to the motel.").label).not.toBe("cash");
  });

  it("'a box containing books worth $40,000' → no list: what is worth it", () => {
    expect(exactOnly("Agents intercepted a box containing books worth $40,000.")).toEqual(want(40000, undefined, "USD", "books", "money"));
  });

  it("'clothes - $85,000 that was sent - was seized' → a dash, not a list's 'and': read as before", () => {
    const money = listed("A parcel containing clothes - $85,000 that was sent to the flat - was seized.").find((n) => n.type === "money");
    expect(money?.label).toBe("clothes");
  });

  it("'was found empty and $85,000 … had gone' → the word before is no thing of a list", () => {
    const money = listed("The parcel containing clothes was found empty and $85,000 that was sent had gone.").find((n) => n.type === "money");
    expect(money?.label).not.toBe("cash");
  });

  it("'contained shoes and socks and £900' → cash: the list's earlier 'and' does not end the reach to its verb", () => {
    expect(exactOnly("The bag contained shoes and socks and £900.")).toEqual(want(900, undefined, "GBP", "cash", "money"));
  });
});
