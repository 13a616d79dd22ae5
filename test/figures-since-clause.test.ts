// A time "since" a clause is how long since its event ("It has been three years since they last won a trophy" → years
// since last winning a trophy), read from the clause's past (since-clause.ts); not a copula, an active common noun, a
// modal, an adjective after a copula, nor a "for" time.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time since a clause: the clause's event", () => {
  it("'three years since they last won a trophy' → three — years since last winning a trophy", () => {
    expect(exact(at("It has been three years since they last won a trophy -- under Kenny Dalglish.", 3))).toEqual(duration(3, "years", "years since last winning a trophy"));
  });

  it("a name's past: 'ten years since Smith won the title' → years since winning the title", () => {
    expect(exact(at("It's ten years since Smith won the title.", 10))).toEqual(duration(10, "years", "years since winning the title"));
  });

  it("an age as the subject: '20 years since the 61-year-old played Bond' → years since playing Bond", () => {
    expect(exact(at("It may have been 20 years since the 61-year-old played Bond, but he still leaves us shaken.", 20))).toEqual(duration(20, "years", "years since playing Bond"));
  });

  it("a pronoun's past of going: 'seven months since she went missing' → months since going missing", () => {
    expect(exact(at("It's been seven months since she went missing and we know nothing.", 7))).toEqual(duration(7, "months", "months since going missing"));
  });

  it("a person's passive: 'three years since Dana Vulin was set alight' → years since being set alight", () => {
    expect(exact(at("It's been three years since Dana Vulin was set alight at her Perth home.", 3))).toEqual(duration(3, "years", "years since being set alight"));
  });

  it("a thing's passive keeps the thing: '19 years since the first mammal was cloned' → years since first mammal cloned", () => {
    expect(exact(at("It's 19 years since the first mammal was cloned.", 19))).toEqual(duration(19, "years", "years since first mammal cloned"));
  });

  it("a name after 'the' done to is a thing: 'five years since the Government was formed' → years since Government formed", () => {
    expect(exact(at("It's five years since the Government was formed.", 5))).toEqual(duration(5, "years", "years since Government formed"));
  });

  it("a name after 'the' that did it stays who did it: 'two years since the Queen visited the town' → years since visiting the town", () => {
    expect(exact(at("It's two years since the Queen visited the town.", 2))).toEqual(duration(2, "years", "years since visiting the town"));
  });
});

describe("near misses: no event the clause names", () => {
  it("a copula is no event: '7 days since you were physically with me' stays days", () => {
    expect(exact(at("It has been 7 days since you were physically with me in this room.", 7))).toEqual(duration(7, "days", "days"));
  });

  it("an active common noun is no one who did it: '18 months since situational anxieties saw him quit' stays months", () => {
    expect(exact(at("Trott returned to the side 18 months since situational anxieties saw him quit the tour.", 18))).toEqual(duration(18, "months", "months"));
  });

  it("a modal past did not happen: 'five years since they would have played a final' stays years", () => {
    expect(exact(at("It's five years since they would have played a final.", 5))).toEqual(duration(5, "years", "years"));
  });

  it("a copula's adjective is no participle: 'three years since the sky was red' stays years", () => {
    expect(exact(at("It's three years since the sky was red.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a progressive is no passive: 'two years since the fans were singing' stays years", () => {
    // The copula's adjective above is also left by the verb test; this one only the participle test leaves.
    expect(exact(at("It's been two years since the fans were singing.", 2))).toEqual(duration(2, "years", "years"));
  });

  it("a 'for' time is the verb's: 'has not played for five weeks since he came off injured' → weeks without playing", () => {
    expect(exact(at("And he has not played for more than five weeks since he came off injured during the quarter-final.", 5))?.label).toBe("weeks without playing");
  });
});
