// A time "within" which something is to be done is a deadline named by the doing; one within which something happened
// ran up to it (time-within.ts, event-after.ts); one "within" a time "of" an event came after it (label-duration.ts' since).
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

describe("a time within a time of an event is a time after it", () => {
  it("'Within 20 minutes of that phone call, the baker was …' → minutes after that phone call, not the call's length", () => {
    expect(exact(at("Within 20 minutes of that phone call, the baker was lying on the floor of his shop.", 20))).toEqual(duration(20, "minutes", "minutes after that phone call"));
  });

  it("'must be charged within 30 days of his arrest' → days after his arrest", () => {
    expect(exact(at("The suspect must be charged within 30 days of his arrest.", 30))).toEqual(duration(30, "days", "days after his arrest"));
  });

  it("a gerund the tagger calls a noun: 'sold out within 15 minutes of opening, on Monday' → minutes after opening", () => {
    expect(exact(at("The concert tickets sold out within 15 minutes of opening, on Monday.", 15))).toEqual(duration(15, "minutes", "minutes after opening"));
  });

  it("a 'but' joins no subject: 'arrived within six minutes of the alarm but found nobody' → minutes after the alarm", () => {
    expect(exact(at("Firefighters arrived within six minutes of the alarm but found nobody inside.", 6))).toEqual(duration(6, "minutes", "minutes after the alarm"));
  });

  it("an event's purpose: 'within four weeks of her operation to repair the valve' → weeks after her operation", () => {
    expect(exact(at("She was back at work within four weeks of her operation to repair the valve.", 4))).toEqual(duration(4, "weeks", "weeks after her operation"));
  });
});

describe("near misses stay their unit", () => {
  it("a length 'of' a thing stays its thing: 'He walked four hours of the route'", () => {
    expect(exact(at("He walked four hours of the route before dawn.", 4))).toEqual(duration(4, "hours", "route"));
  });

  it("a clause's subject is no event: 'within five minutes of the storm breaking' stays minutes", () => {
    expect(exact(at("The boats capsized within five minutes of the storm breaking over the bay.", 5))).toEqual(duration(5, "minutes", "minutes"));
  });

  it("a spacing: 'born within three days of one another'", () => {
    expect(exact(at("The two foals were born within three days of one another.", 3))).toEqual(duration(3, "days", "days"));
  });

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

describe("near miss: a distance 'within' so far 'of' a place", () => {
  it("'came within 5 miles of the town' is a distance from the town, not a time after it (measured-thing.ts)", () => {
    const f = exact(at("The wildfire came within 5 miles of the town on Sunday.", 5));
    expect([f?.value, f?.unit, f?.label]).toEqual([5, "miles", "distance from town"]);
  });
});
