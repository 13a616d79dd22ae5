// A percent after "by" that measures a comparative of doing ("did a bit worse on the spelling quiz, by about 4 per
// cent") is a fall or a rise in what was done (did-better.ts; card audit 43, sample AK's made-up shape: 'about 4 per
// cent — spelling quiz', the direction lost).
import { describe, expect, it } from "vitest";
import { exactOnly, one, want } from "#test/helpers/figures.ts";

describe("did-better.ts: 'did worse on X, by N per cent' is a fall on X", () => {
  it("'did a bit worse on the spelling quiz, by about 4 per cent' → fall on spelling quiz", () => {
    expect(exactOnly("The untrained pupils did a bit worse on the spelling quiz, by about 4 per cent.")).toEqual(want(4, "about", "%", "fall on spelling quiz", "percent"));
  });

  it("'scored worse in the reading test by 3%' → fall in reading test; 'did better, by about 14 per cent' → whose rise", () => {
    expect(exactOnly("Girls scored worse in the reading test by 3%.")).toEqual(want(3, undefined, "%", "fall in reading test", "percent"));
    expect(exactOnly("Bilingual adults did better, by about 14 per cent.")).toEqual(want(14, "about", "%", "rise for bilingual adults", "percent"));
  });

  it("a verb of becoming: 'got a bit worse on the memory game they played, by about 3 per cent' → fall on memory game", () => {
    expect(exactOnly("The second group got a bit worse on the memory game they played, by about 3 per cent.")).toEqual(want(3, "about", "%", "fall on memory game", "percent"));
  });

  it("near miss: a comparative with no verb of doing ('were higher than in Paris by 5%') is a gap, no rise", () => {
    expect(one("Rents in London were higher than in Paris by 5%.").label).not.toMatch(/^(?:rise|fall)\b/);
    expect(one("Rents were higher on Monday by 5%.").label).not.toMatch(/^(?:rise|fall)\b/);
  });

  it("near miss: no verb of doing ('Prices were cut by 5%') keeps its label", () => {
    expect(exactOnly("Prices were cut by 5%.")).toEqual(want(5, undefined, "%", "prices", "percent"));
  });
});
