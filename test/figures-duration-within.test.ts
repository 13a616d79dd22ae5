// A time "within" which something is to be done is a deadline named by the doing; one within which something happened
// ran up to it (time-within.ts, event-after.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a deadline", () => {
  it("'Hardy may appeal the NFL's decision within three days' → days to appeal the NFL's decision", () => {
    expect(exact(at("Hardy may appeal the NFL's decision within three days.", 3))).toEqual(duration(3, "days", "days to appeal the NFL's decision"));
  });

  it("'has been ordered to leave Russia within ten days' → days to leave Russia", () => {
    expect(exact(at("She has been ordered to leave Russia within ten days.", 10))).toEqual(duration(10, "days", "days to leave Russia"));
  });
});

describe("a deadline's object ends at its preposition", () => {
  it("'may appeal the decision to the league within three days' → days to appeal the decision", () => {
    expect(exact(at("Hardy may appeal the decision to the league within three days.", 3))).toEqual(duration(3, "days", "days to appeal the decision"));
  });
});

describe("a past within a time", () => {
  it("'Paramedics arrived on the scene within eight minutes' → minutes before arriving on the scene", () => {
    expect(exact(at("Paramedics arrived on the scene within eight minutes.", 8))).toEqual(duration(8, "minutes", "minutes before arriving on the scene"));
  });

  it("fronted: 'Within two years, he had lost his job' → years before losing his job", () => {
    expect(exact(at("Within two years, he had lost his job.", 2))).toEqual(duration(2, "years", "years before losing his job"));
  });
});

describe("near misses stay their unit", () => {
  it("a copula is no doing: 'could be ready for human trials within three years'", () => {
    expect(exact(at("The therapy could be ready for human trials within three years.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a present is no deadline: 'The firm pays the bill within three days'", () => {
    expect(exact(at("The firm pays the bill within three days.", 3))).toEqual(duration(3, "days", "days"));
  });

  it("an object longer than the card: 'may appeal the National Football League's decision within three days'", () => {
    expect(exact(at("Hardy may appeal the National Football League's decision within three days.", 3))).toEqual(duration(3, "days", "days"));
  });

  it("a pronoun object: 'missed chances to win it within 90 minutes'", () => {
    expect(exact(at("Both teams missed chances to win it within 90 minutes.", 90))).toEqual(duration(90, "minutes", "minutes"));
  });

  it("no object: 'She would die within two years if left untreated'", () => {
    expect(exact(at("She would die within two years if left untreated.", 2))).toEqual(duration(2, "years", "years"));
  });

  it("a spacing: 'sin-binned within 15 minutes of each other'", () => {
    expect(exact(at("Clark and Waller were sin-binned within 15 minutes of each other.", 15))).toEqual(duration(15, "minutes", "minutes"));
  });

  it("a fronted future: 'Within two years, he will lose his job'", () => {
    expect(exact(at("Within two years, he will lose his job.", 2))).toEqual(duration(2, "years", "years"));
  });
});
