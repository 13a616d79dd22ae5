// A list line "thing (bracket) price" prices the thing it opens with, not the bracket (list-line.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, one } from "#test/helpers/figures.ts";

const gbp = (value: number, label: string) => ({ value, qualifier: undefined, unit: "GBP", label, type: "money" });

describe("a price ending a list line", () => {
  it("'Mats Hummels (Borussia Dortmund) £36m.': the player, not the selling club", () => {
    expect(exactOnly("Mats Hummels (Borussia Dortmund) £36m.")).toEqual(gbp(36e6, "Mats Hummels"));
  });
  it("quoted: \"'Gareth Bale (Real Madrid) £120m.\"", () => {
    expect(exactOnly("'Gareth Bale (Real Madrid) £120m.")).toEqual(gbp(120e6, "Gareth Bale"));
  });
  it("'Leek & Potato Soup (v) £4.50.': a menu's dish, its joining mark dropped", () => {
    expect(exactOnly("Leek & Potato Soup (v) £4.50.")).toEqual(gbp(4.5, "leek Potato Soup"));
  });
  it("'Mats Hummels (Borussia Dortmund) £36m' without a full stop: the line's end", () => {
    expect(one("Mats Hummels (Borussia Dortmund) £36m").label).toBe("Mats Hummels");
  });
});

describe("near misses", () => {
  it("'Fans (mostly locals) spent £36m.': a verb between the bracket and the price, no list line", () => {
    expect(exactOnly("Fans (mostly locals) spent £36m.")).toEqual(gbp(36e6, "spending"));
  });
  it("'(Borussia Dortmund) £36m.': a line that opens with its bracket names no thing, the bracket stays", () => {
    expect(exactOnly("(Borussia Dortmund) £36m.")).toEqual(gbp(36e6, "Borussia Dortmund"));
  });
  it("'He joined Chelsea (then champions) £36m.': a clause before the bracket, no thing priced", () => {
    expect(one("He joined Chelsea (then champions) £36m.").label).not.toMatch(/joined/i);
  });
  it("'Mats Hummels (Borussia Dortmund) £36m or more, said Smith.': words after the price, no line's end", () => {
    expect(figs("Mats Hummels (Borussia Dortmund) £36m or more, said Smith.").map((f) => f.label)).not.toContain("Mats Hummels");
  });
  it("'The best young centre back in the whole of Europe right now (Hummels) £36m.': a thing too long for a line", () => {
    expect(one("The best young centre back in the whole of Europe right now (Hummels) £36m.").label).not.toMatch(/best/);
  });
});
