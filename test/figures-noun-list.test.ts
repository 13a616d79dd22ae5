// A count's noun that opens a list of bare plurals: the count counts the whole list (noun-list.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("a count of a list of bare plurals is labelled by the list", () => {
  it("'Hundreds of innocent men, women and children fled': the list and its verb, not 'innocent men'", () => {
    expect(exactOnly("Hundreds of innocent men, women and children fled the town overnight.")).toEqual(
      want(100, "hundreds of", undefined, "innocent men, women and children fled", "count"),
    );
  });
  it("'Thousands of doctors, nurses and porters joined the strike': the three kinds counted", () => {
    expect(exactOnly("Thousands of doctors, nurses and porters joined the strike.")).toEqual(want(1000, "thousands of", undefined, "doctors, nurses and porters", "count"));
  });
  it("a collective noun is an item ('neighbours, family and former pupils'), and a serial comma ends the list", () => {
    expect(exactOnly("More than 200 neighbours, family and former pupils attended the funeral.")).toEqual(
      want(200, "more than", undefined, "neighbours, family and former pupils", "count"),
    );
    expect(exactOnly("She reviewed 500 films, books, and concerts.")).toEqual(want(500, undefined, undefined, "films, books, and concerts", "count"));
  });
  it("a span after the list is no item: 'took thousands of scientists, engineers and technicians decades'", () => {
    expect(exactOnly("It took thousands of scientists, engineers and technicians decades to build the machine.")).toEqual(
      want(1000, "thousands of", undefined, "scientists, engineers and technicians", "count"),
    );
  });
  it("near misses: items with their own number or article, a mass noun, a clause, 'either', a longer item", () => {
    expect(labelOf("The farm has seven barns, two sheds, a dairy and a kitchen.", 7)).toBe("barns");
    expect(exactOnly("A crash left her with 12 broken bones, burns and a fractured skull.")?.label).toBe("broken bones");
    expect(labelOf("The storm brought 10 tornadoes, hail and winds of up to 80 mph.", 10)).toBe("tornadoes");
    expect(exactOnly("Volunteers viewed pictures from two categories, either animals or tools.")?.label).toBe("categories");
    expect(exactOnly("More than 1,000 firefighters, medics and members of the public helped.")?.label).toBe("firefighters");
  });
  it("near misses: a count that is an item itself, a clause joined by ', and', a unit", () => {
    expect(exactOnly("They seized guns, 40 knives, swords and axes.")?.label).toBe("knives");
    expect(exactOnly("The timer read between 22 and 31 seconds, and orange flares lit the sky.")?.label).toBe("seconds");
    expect(exactOnly("The shelter took in 40 cats, and volunteers fed them.")?.label).toBe("cats");
    expect(exactOnly("He ran 20 miles, rivers and hills.")?.label).not.toContain("rivers");
    // A list longer than a label holds keeps its first item: a cut list would name a part again.
    expect(exactOnly("Some 300 shop owners, taxi drivers and street traders protested.")?.label).toBe("shop owners");
  });
  it("near miss: 'cut 300 jobs, unions and workers said' → the items after the comma are who said it, not what is counted", () => {
    expect(exactOnly("The mill cut 300 jobs, unions and workers said.")).toEqual(want(300, undefined, undefined, "jobs cut", "count"));
  });
  it("'Dozens of nurses, doctors and porters walked out' → still the list (a verb other than saying)", () => {
    expect(exactOnly("Dozens of nurses, doctors and porters walked out.")?.label).toBe("nurses, doctors and porters");
  });
});
