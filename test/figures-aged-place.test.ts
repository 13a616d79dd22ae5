// "Doyle, 38, finished third.": the subject's age between commas stands between it and the verb of finishing; the
// place is still the subject's (came-place.ts; card-audit-53's made-up shape 9: '· third', no candidate). A possessive
// opens the event as "the" does ("finished fourth in his final ride" → place in his final ride).
import { describe, expect, it } from "vitest";
import { exact, find, listed, want } from "#test/helpers/figures.ts";

const placeOf = (text: string) => exact(find(listed(text), 3) ?? find(listed(text), 4) ?? find(listed(text), 5));

describe("a place taken after the subject's age", () => {
  it("'Okafor, 44, finished fifth.' → place of Okafor", () => {
    expect(placeOf("Okafor, 44, finished fifth.")).toEqual(want(5, undefined, undefined, "place of Okafor", "rank"));
    expect(listed("Okafor, 44, finished fifth.").map((n) => n.candidate)).toEqual([false, true]);
  });
  it("'Lena Moss, 29, came fourth.' → place of Lena Moss", () => {
    expect(placeOf("Lena Moss, 29, came fourth.")).toEqual(want(4, undefined, undefined, "place of Lena Moss", "rank"));
  });
  it("'Okafor, 44, finished third in her farewell race.' → place in her farewell race", () => {
    expect(placeOf("Okafor, 44, finished third in her farewell race.")).toEqual(want(3, undefined, undefined, "place in her farewell race", "rank"));
  });
});

describe("near misses", () => {
  it("'Okafor finished fifth.': no aside, as before", () => {
    expect(placeOf("Okafor finished fifth.")).toEqual(want(5, undefined, undefined, "place of Okafor", "rank"));
  });
  it("'In Paris, 12, finished fifth.': no name before the commas, no holder", () => {
    expect(listed("In Paris, 12, finished fifth.").some((n) => n.label === "place of Paris")).toBe(false);
  });
});
