// Durations labelled by their unit alone ("21 — hours": about 9% of the card figures of card audits 11–13's samples)
// where the sentence says what the time spans without "for": the verb whose object it is, a rate's period and what it
// is spent doing, a role "as", a gerund "of". Each a one-sentence repro with the exact figure; time points ("six weeks
// ago", "with 15 minutes to go") keep their unit by the ninth round's decision.
import { describe, expect, it } from "vitest";
import { at, duration, exact, listed } from "#test/helpers/figures.ts";

describe("a duration a verb takes as its object is labelled by that verb", () => {
  it("'waited 21 hours for a flight': hours waiting for flight", () => {
    expect(exact(at("Passengers waited 21 hours for a flight.", 21))).toEqual({ value: 21, qualifier: undefined, unit: "hours", label: "hours waiting for flight", type: "duration" });
  });

  it("'where he played 64 minutes': minutes played", () => {
    expect(exact(at("Alves vies for the ball with Almeria's Edgar Mendez during the win where he played 64 minutes.", 64))).toEqual({ value: 64, qualifier: undefined, unit: "minutes", label: "minutes played", type: "duration" });
  });

  it("a noun 'wait' is no verb, and a verb that spans nothing leaves the unit ('it rained 21 hours')", () => {
    expect(at("It rained 21 hours.", 21).label).toBe("hours");
  });
});

describe("a duration at a rate keeps its period, and what it is spent doing after it", () => {
  it("'spends a staggering 21 hours a week watching TV': hours a week watching TV", () => {
    expect(exact(at("The average pet spends a staggering 21 hours a week watching TV, according to a new study.", 21))).toEqual({ value: 21, qualifier: undefined, unit: "hours", label: "hours a week watching TV", type: "duration" });
  });

  it("'where he works two days a week': days worked a week", () => {
    expect(exact(at("Bill Dudley celebrated his 90th birthday at the outlet in Mold, where he works two days a week.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "days", label: "days worked a week", type: "duration" });
  });

  it("a label the card would cut leaves out the period ('spent up to eight hours a day working on the site')", () => {
    expect(at("A profile reported that he spent up to eight hours a day working on the site.", 8).label).toBe("hours working on the site");
  });

  it("a label of exactly six words keeps its period ('spent eight hours a day working on cars')", () => {
    expect(exact(at("He spent eight hours a day working on cars.", 8))).toEqual({ value: 8, qualifier: undefined, unit: "hours", label: "hours a day working on cars", type: "duration" });
  });
});

describe("a duration spent in a role is labelled by the role", () => {
  it("'during his five years as Labour leader': years as Labour leader", () => {
    expect(exact(at("Mr Miliband has consistently lagged behind David Cameron in polls during his five years as Labour leader.", 5))).toEqual({ value: 5, qualifier: undefined, unit: "years", label: "years as Labour leader", type: "duration" });
  });

  it("'as' starting a clause is no role ('lasted just over 10 minutes as he pulled up')", () => {
    expect(at("However Costa lasted just over 10 minutes as he pulled up with a hamstring injury.", 10).label).toBe("minutes");
  });

  it("a role runs on over its 'of' ('after four years as secretary of state')", () => {
    expect(exact(at("She resigned after four years as secretary of state.", 4))).toEqual({ value: 4, qualifier: undefined, unit: "years", label: "years as secretary of state", type: "duration" });
  });

  it("'as part of' starts no role ('his five years as part of the squad')", () => {
    expect(at("He won many caps during his five years as part of the squad.", 5).label).toBe("years");
  });
});

describe("a duration 'of' a gerund the tagger calls a noun is that doing", () => {
  it("'required to have 480 hours of training': 480 hours — training", () => {
    const f = at("The written policy is that a reserve deputy is required to have 480 hours of training.", 480);
    expect([f.display, exact(f)]).toEqual(["480 hours", { value: 480, qualifier: undefined, unit: "hours", label: "training", type: "duration" }]);
  });
});

describe("a duration's gerund says what the time was spent doing", () => {
  it("'after four days of walking day and night': the walking, not the days alone", () => {
    expect(exact(at("Despite a wound that had barely healed, he made it into Djibouti after four days of walking day and night.", 4))).toEqual({ value: 4, qualifier: undefined, unit: "days", label: "walking", type: "duration" });
  });

  it("'has spent the past 7 years fighting stage four biliary cancer': years fighting the cancer", () => {
    expect(exact(at("Beth O'Rourke has spent the past 7 years fighting stage four biliary cancer.", 7))).toEqual({ value: 7, qualifier: undefined, unit: "years", label: "years fighting stage four biliary cancer", type: "duration" });
  });

  it("'first start in 20 months having twice beaten cancer': after 'in', a gerund is another clause's", () => {
    expect(at("It was his first start for the Magpies in 20 months having twice beaten testicular cancer.", 20).label).toBe("months since last start");
  });
});

describe("a time missed, completed or lived through, and one taken whole (labels48)", () => {
  it("'played the full 90 minutes' → 90 — minutes played", () => {
    expect(exact(at("Terry played the full 90 minutes as Chelsea won.", 90))).toEqual(duration(90, "minutes", "minutes played"));
  });

  it("'He missed five months with a knee injury' → five — months missed", () => {
    expect(exact(at("He missed five months with a knee injury.", 5))).toEqual(duration(5, "months", "months missed"));
  });

  it("'after completing 90 minutes for the under 21 side' → 90 — minutes completed", () => {
    expect(exact(at("Wilshere is closer to recovery after completing 90 minutes for the under 21 side.", 90))).toEqual(duration(90, "minutes", "minutes completed"));
  });

  it("'survived four nights alone in the bush' → four — nights survived", () => {
    expect(exact(at("The boy survived four nights alone in the bush.", 4))).toEqual(duration(4, "nights", "nights survived"));
  });

  it("near miss: a window that is the object stays: 'has missed the last three weeks through injury' → weeks", () => {
    expect(exact(at("Drogba has missed the last three weeks through injury.", 3))).toEqual(duration(3, "weeks", "weeks"));
  });
});

describe("span-of.ts: a hyphened span whose head is a bare length of time takes its 'of' or 'without' phrase (sample BE's shape 3)", () => {
  it("'with a 25-year period of no parole': years without parole, no '— period'", () => {
    const text = "The robbery count can lead to life behind bars, or a minimum of 25 years in prison with a 25-year period of no parole.";
    expect(listed(text).filter((f) => f.display === "25-year").map(exact)).toEqual([duration(25, "years", "years without parole")]);
  });
  it.each([
    ["The firm enjoyed a 10-year period of growth before the crash.", 10, "years", "years of growth"],
    ["The club endured a five-year stretch without a trophy.", 5, "years", "years without trophy"],
    ["Farmers face a three-month spell of no rain this summer.", 3, "months", "months without rain"],
  ])("'%s' → %i %s — %s", (text, value, unit, label) => {
    expect(exact(at(text, value))).toEqual(duration(value, unit, label));
  });
  it("near misses: a head that says more than time ('a 10-year plan of reform'), a span with no phrase after it", () => {
    expect(exact(at("Ministers unveiled a 10-year plan of reform for the schools.", 10))?.label).not.toContain("of reform");
    expect(exact(at("The firm enjoyed a 10-year period before the crash.", 10))?.label).toBe("period");
    expect(exact(at("The side had a two-year spell of 40 wins in a row.", 2))?.label).toBe("spell");
  });
});
