// A time a denied doing names is how long it went undone (time-without.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time without", () => {
  it("'Mrs. Obama hasn't driven herself in seven or eight years' → years without driving herself", () => {
    expect(exact(at("Mrs. Obama hasn't driven herself in seven or eight years, she said.", 7))).toEqual(duration(7, "years", "years without driving herself"));
  });

  it("'They didn't speak for more than five months' → months without speaking", () => {
    expect(exact(at("They didn't speak for more than five months after that.", 5))).toEqual(duration(5, "months", "months without speaking", "more than"));
  });

  it("a denied passive: 'has not been paid for three months' → months without being paid", () => {
    expect(exact(at("He has not been paid for three months.", 3))).toEqual(duration(3, "months", "months without being paid"));
  });

  it("'has not started a game for England in nearly two years': the object cut before its preposition", () => {
    expect(exact(at("Alex Corbisiero has not started a game for England in nearly two years.", 2))).toEqual(duration(2, "years", "years without starting a game", "nearly"));
  });

  it("an adverb after the verb: 'has not competed indoors for five years' → years without competing indoors", () => {
    expect(exact(at("Johnson has not competed indoors for five years.", 5))).toEqual(duration(5, "years", "years without competing indoors"));
  });

  it("a future: 'won't get another hearing for 15 years' → years without getting another hearing", () => {
    expect(exact(at("The inmate won't get another hearing for 15 years.", 15))).toEqual(duration(15, "years", "years without getting another hearing"));
  });
});

describe("'at all' before the time sets it outside a denied ability (BB shape 10)", () => {
  it("'I can't jump at all for three or four weeks' → weeks without jumping", () => {
    expect(exact(at("'I can't jump at all for three or four weeks,' she said.", 3))).toEqual(duration(3, "weeks", "weeks without jumping"));
  });

  it("other modals and objects: 'cannot drive at all for six months', 'couldn't see his son at all for 20 minutes'", () => {
    expect(at("He cannot drive at all for six months after the operation.", 6).label).toBe("months without driving");
    expect(at("He couldn't see his son at all for 20 minutes.", 20).label).toBe("minutes without seeing his son");
  });

  it("a denied past with 'at all' keeps its doing: 'They didn't speak at all for more than five months'", () => {
    expect(at("They didn't speak at all for more than five months.", 5).label).toBe("months without speaking");
  });
});

describe("a name the tagger calls a verb", () => {
  it("'Rachelle hadn't seen Laurel for nine years' → years without seeing Laurel", () => {
    expect(exact(at("Rachelle hadn't seen Laurel for nine years but Laurel reached out on Facebook.", 9))).toEqual(duration(9, "years", "years without seeing Laurel"));
  });
});

describe("near misses stay their unit", () => {
  it("an object longer than the card: 'hasn't driven her own red car in seven years'", () => {
    expect(exact(at("She hasn't driven her own red car in seven years.", 7))).toEqual(duration(7, "years", "years"));
  });

  it("a stranded preposition: 'people who you haven't heard from in three years'", () => {
    expect(exact(at("People who you haven't heard from in three years send you messages.", 3))).toEqual(duration(3, "years", "years"));
  });

  it("a denied present, a deadline: 'If it is not done in three weeks'", () => {
    expect(exact(at("If it is not done in three weeks, I'll find someone else.", 3))).toEqual(duration(3, "weeks", "weeks"));
  });

  it("no auxiliary: 'If its not done in three weeks'", () => {
    expect(exact(at("If its not done in three weeks, I'll find someone else.", 3))).toEqual(duration(3, "weeks", "weeks"));
  });

  it("an ability: 'I can't run for 45 minutes'", () => {
    expect(exact(at("I can't run for 45 minutes.", 45))).toEqual(duration(45, "minutes", "minutes"));
  });

  it("a denial not right before the verb: 'haven't always seen eye-to-eye in the past 12 months'", () => {
    expect(exact(at("Nico Rosberg and Lewis Hamilton haven't always seen eye-to-eye in the past 12 months.", 12))).toEqual(duration(12, "months", "months"));
  });
});

describe("a passive whose subject is 'no' something: the time went without it (none-subject.ts)", () => {
  it("'no new infections have been reported for the past 42 days' → days without new infections", () => {
    expect(exact(at("The department said no new infections have been reported for the past 42 days.", 42))).toEqual(duration(42, "days", "days without new infections"));
  });

  it("near miss: 'No one has been charged for 20 years': a pronoun of none names nothing", () => {
    expect(exact(at("No one has been charged for 20 years.", 20))).toEqual(duration(20, "years", "years"));
  });

  it("'No cases were recorded for 10 days': a bare noun", () => {
    expect(exact(at("No cases were recorded for 10 days.", 10))).toEqual(duration(10, "days", "days without cases"));
  });

  it("'No new cases of the disease were reported for 12 days': the head before the subject's 'of', past the four-word reach → days without new cases", () => {
    expect(exact(at("No new cases of the disease were reported for 12 days.", 12))).toEqual(duration(12, "days", "days without new cases"));
  });

  it("near miss: a subject past the reach with no 'of' ('No new cases in the capital were reported') names no time", () => {
    expect(exact(at("No new cases in the capital were reported for 12 days.", 12))).toEqual(duration(12, "days", "days reported"));
  });

  it("near miss: 'No one of the men was seen for 12 days': a pronoun of none before the 'of' names nothing", () => {
    expect(exact(at("No one of the men was seen for 12 days.", 12))).toEqual(duration(12, "days", "days seen"));
  });

  it("near miss: an 'of' subject longer than eight words is not read as one", () => {
    expect(exact(at("No new cases of the deadly Ebola virus disease were reported for 12 days.", 12))).toEqual(duration(12, "days", "days reported"));
  });

  it("near miss: a verb inside the subject ('No cases of flu seen there were reported') ends it: no time without", () => {
    expect(exact(at("No cases of flu seen there were reported for 12 days.", 12))).toEqual(duration(12, "days", "days reported"));
  });
});
