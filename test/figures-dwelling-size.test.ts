// A home's ordinary size in a compound is no figure (dwelling-size.ts): "They rented a two-bedroom flat" read
// '2 — bedroom flat', a card row beside the price or the toll that was the news.
import { describe, expect, it } from "vitest";
import { exact, exactOnly, figs, listed, want } from "#test/helpers/figures.ts";

describe("dwelling-size.ts: 'a two-bedroom flat' describes a home", () => {
  it("'They rented a two-bedroom flat in the city.' → no figure", () => {
    expect(figs("They rented a two-bedroom flat in the city.")).toEqual([]);
  });

  it("'They rented a two-bedroom flat in the city.' is listed, as no card candidate", () => {
    expect(listed("They rented a two-bedroom flat in the city.").map((f) => [f.value, f.candidate])).toEqual([[2, false]]);
  });

  it("'The couple sold their three-bed semi for £300,000.' → only £300,000 — sale price", () => {
    expect(exactOnly("The couple sold their three-bed semi for £300,000.")).toEqual(want(300000, undefined, "GBP", "sale price", "money"));
  });

  it("'A two-bed flat costs £1,000 a month.' → no 2: the home past the tagger's verb", () => {
    expect(figs("A two-bed flat costs £1,000 a month.").map((f) => f.value)).toEqual([1000]);
  });

  it("near miss: 'He lives in a 22-bedroom mansion.' → 22 — bedroom mansion: a big house is news", () => {
    expect(exactOnly("He lives in a 22-bedroom mansion.")).toEqual(want(22, undefined, undefined, "bedroom mansion", "count"));
  });

  it("near miss: 'The 100-bed hospital will close.' → 100 — bed hospital: a capacity, no adjective in '-ed'", () => {
    expect(exactOnly("The 100-bed hospital will close.")).toEqual(want(100, undefined, undefined, "bed hospital", "count"));
  });

  it("near miss: 'The patients were moved to a four-bed ward.' → 4 — bed ward: beds of no home", () => {
    expect(exact(figs("The patients were moved to a four-bed ward.")[0])).toEqual(want(4, undefined, undefined, "bed ward", "count"));
  });

  it("near miss: 'The striker was given a three-match ban.' → 3 — match ban: only a home's rooms describe it", () => {
    expect(exactOnly("The striker was given a three-match ban.")).toEqual(want(3, undefined, undefined, "match ban", "count"));
  });

  it("near miss: 'a three-legged dog' stays no figure: a compound adjective", () => {
    expect(figs("The charity rescued a three-legged dog.")).toEqual([]);
  });

  it("'They bought a 2-bed condo in Miami for $400,000.' → only $400,000 — price: a condo is a home", () => {
    expect(exactOnly("They bought a 2-bed condo in Miami for $400,000.")).toEqual(want(400000, undefined, "USD", "price", "money"));
  });

  it("near miss: 'The zoo's three-toed sloth has died.' → no figure: '-toed' is a compound adjective, only 'bed' is a noun", () => {
    expect(figs("The zoo's three-toed sloth has died.")).toEqual([]);
  });
});
