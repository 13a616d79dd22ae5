// work-title.ts: a number right after a work's noun that opens a run of capitalised words starts the work's title and
// counts nothing (card audit 47's shape 8: "1964 live album 20,000 Jazz Lovers Can't Be Wrong" → '20,000 — Jazz
// Lovers', junk). Near misses: a common noun after the number, one capitalised word only.
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("work-title.ts: a title right after its work's noun is no count", () => {
  it("a year and an adjective first: 'the cover of 1964 live album 20,000 Jazz Lovers Can't Be Wrong' → only the 12 pictures", () => {
    const text = "The photo is best known for appearing on the cover of 1964 live album 20,000 Jazz Lovers Can't Be Wrong, which had 12 pictures of the band.";
    expect(exactOnly(text)).toEqual(want(12, undefined, undefined, "pictures", "count"));
  });

  it("'the 1971 film 40 Horses Can't Be Wrong' is an identifier", () => {
    expect(typedList("She is best remembered for the 1971 film 40 Horses Can't Be Wrong.")).toEqual([["1971", "year", false], ["40", "identifier", false]]);
  });

  it("a memoir, digits under ten: 'Her 2019 memoir 7 Lessons From The Sea topped the list' → no figure", () => {
    expect(typedList("Her 2019 memoir 7 Lessons From The Sea topped the list.")).toEqual([["2019", "year", false], ["7", "identifier", false]]);
  });

  it("no year, after the verb: 'They played the single 99 Red Balloons twice' → no figure", () => {
    expect(typedList("They played the single 99 Red Balloons at the end.")).toEqual([["99", "identifier", false]]);
  });

  it("a thousands comma, a movie, past tense: 'the movie 1,000 Ways To Win was pulled' → no figure", () => {
    expect(typedList("Last year the movie 1,000 Ways To Win was pulled from cinemas.")).toEqual([["1,000", "identifier", false]]);
  });

  it("near miss: a common noun after the number counts ('The film 300 soldiers died in was shot in Spain')", () => {
    expect(exactOnly("The film 300 soldiers died in was shot in Spain.")).toEqual(want(300, undefined, undefined, "soldiers died", "count"));
  });

  it("near miss: one capitalised word is not enough ('The show 20 Irish dancers joined was a hit')", () => {
    expect(exactOnly("The show 20 Irish dancers joined was a hit.")).toEqual(want(20, undefined, undefined, "Irish dancers", "count"));
  });
});
