// A time that heads a relative clause is what the clause's subject did in it (relative-time.ts): it was labelled by
// its unit alone (card audit 41, item 3). Made-up sentences.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time heading a relative clause", () => {
  it("'The eight years I lived in care homes were hard' → years lived in care homes", () => {
    expect(exact(at("The eight years I lived in care homes were hard.", 8))).toEqual(duration(8, "years", "years lived in care homes"));
  });

  it("an irregular past by its '-ing': 'In the five years he ran the club, it won nothing' → years running the club", () => {
    expect(exact(at("In the five years he ran the club, it won nothing.", 5))).toEqual(duration(5, "years", "years running the club"));
  });

  it("a regular past with an object by its '-ing': 'over the six months he had visited the cafe' → months visiting the cafe", () => {
    expect(exact(at("She put up with his jokes over the six months he had visited the cafe.", 6))).toEqual(duration(6, "months", "months visiting the cafe"));
  });

  it("near miss: a time said of a verb, no determiner before it: 'I lived there eight years I think' → years", () => {
    expect(exact(at("I lived there eight years I think.", 8))).toEqual(duration(8, "years", "years"));
  });
});
