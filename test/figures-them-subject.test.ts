// A part "K of them" after a speaker, or its own verb's subject, is of the whole the sentence before counted, not of the speakers (them-subject.ts):
// "The council found 80 broken street lights. Officials said 50 of them would be fixed" read '50 — officials'.
import { describe, expect, it } from "vitest";
import { at, exact, figs, labelOf, listed, want } from "#test/helpers/figures.ts";

const LIGHTS = "The council found 80 broken street lights. Officials said 50 of them would be fixed.";

describe("them-subject.ts: 'NOUNs said K of them' after a counted whole", () => {
  it("'The council found 80 broken street lights. Officials fixed 50 of them.' → 50 — broken street lights: a verb's own subject", () => {
    expect(exact(at("The council found 80 broken street lights. Officials fixed 50 of them.", 50))?.label).toBe("broken street lights");
  });

  it("'The council found 80 broken street lights. Officials will fix 50 of them.' → 50 — broken street lights, past a modal", () => {
    expect(exact(at("The council found 80 broken street lights. Officials will fix 50 of them.", 50))?.label).toBe("broken street lights");
  });

  it("near miss: 'The council found 80 broken street lights. Crews met officials and 50 of them stayed.' → no verb between", () => {
    expect(exact(at("The council found 80 broken street lights. Crews met officials and 50 of them stayed.", 50))?.label).not.toMatch(/street lights/);
  });

  it(`'${LIGHTS}' → 50 — broken street lights`, () => {
    expect(exact(at(LIGHTS, 50))).toEqual(want(50, undefined, undefined, "broken street lights", "count"));
  });

  it("the same in the list of every number (figures --all)", () => {
    expect(labelOf(LIGHTS, 50)).toBe("broken street lights");
  });

  it("'Police arrested 12 men. Officers said five of them had been charged.' → five — men charged, the state kept", () => {
    expect(exact(at("Police arrested 12 men. Officers said five of them had been charged.", 5))).toEqual(want(5, undefined, undefined, "men charged", "count"));
  });

  it("'Police seized 40 guns. Detectives believe that 30 of them were stolen.' → 30 — guns stolen", () => {
    expect(exact(at("Police seized 40 guns. Detectives believe that 30 of them were stolen.", 30))).toEqual(want(30, undefined, undefined, "guns stolen", "count"));
  });

  it("near miss: 'The council found 80 broken street lights. Officials said 90 of them would be fixed.' → no part of 80", () => {
    expect(exact(at("The council found 80 broken street lights. Officials said 90 of them would be fixed.", 90))?.label).toBe("officials");
  });

  it("near miss: 'The union surveyed 2,000 teachers. Teachers said 300 of them had been assaulted.' → teachers assaulted", () => {
    expect(exact(at("The union surveyed 2,000 teachers. Teachers said 300 of them had been assaulted.", 300))?.label).toBe("teachers assaulted");
  });

  it("near miss: 'Police said 80 lights were broken. Officials said 50 of them would be fixed.' → lights, not the sentence before's speakers", () => {
    expect(exact(at("Police said 80 lights were broken. Officials said 50 of them would be fixed.", 50))?.label).toBe("lights");
  });

  it("near miss: 'The airline cancelled 120 flights on Monday. Stranded passengers said 40 of them had slept at the airport.' → 40 — passengers: a speaker who may be of the counted", () => {
    expect(exact(at("The airline cancelled 120 flights on Monday. Stranded passengers said 40 of them had slept at the airport.", 40))).toEqual(want(40, undefined, undefined, "passengers", "count"));
  });

  it("near miss: 'The hospital treated 300 patients last week. Nurses said 40 of them had been assaulted at work.' → 40 — nurses assaulted", () => {
    expect(exact(at("The hospital treated 300 patients last week. Nurses said 40 of them had been assaulted at work.", 40))).toEqual(want(40, undefined, undefined, "nurses assaulted", "count"));
  });
});

// "Officials said they would fix 50 of them" read '50 — officials': the part is the object of a verb whose subject
// ("they", the officials) its "them" never is (mutation sweep 45's finding).
describe("them-subject.ts: a part 'K of them' that is its verb's object", () => {
  it("'The council found 200 potholes on the main roads. Officials said they would fix 50 of them by June.' → 50 — potholes", () => {
    const text = "The council found 200 potholes on the main roads. Officials said they would fix 50 of them by June.";
    expect(exact(at(text, 50))).toEqual(want(50, undefined, undefined, "potholes", "count"));
  });

  it("'The inspectors found 80 faults in the tower. Engineers said they had repaired 30 of them.' → 30 — faults", () => {
    const text = "The inspectors found 80 faults in the tower. Engineers said they had repaired 30 of them.";
    expect(exact(at(text, 30))).toEqual(want(30, undefined, undefined, "faults", "count"));
  });

  it("'The club sold 400 tickets. Fans said they had bought 300 of them online.' → 300 — tickets, not the buyers", () => {
    const text = "The club sold 400 tickets. Fans said they had bought 300 of them online.";
    expect(exact(at(text, 300))).toEqual(want(300, undefined, undefined, "tickets", "count"));
  });

  it("'Officials said they would fix 50 of them.' with no whole counted before → no figure, not '50 — officials'", () => {
    const text = "Officials said they would fix 50 of them.";
    expect(figs(text).find((f) => f.value === 50)).toBeUndefined();
    expect(listed(text).find((f) => f.value === 50)).toMatchObject({ label: "", candidate: false });
  });

  it("'Residents have complained about potholes. Officials will fix 50 of them.' → no figure: no whole was counted", () => {
    const text = "Residents have complained about potholes for years. Officials will fix 50 of them by June.";
    expect(figs(text).find((f) => f.value === 50)).toBeUndefined();
  });

  it("near miss: 'Children were 12 of them, the driver said.' → 12 — children: a copula's subject is of the part", () => {
    expect(exact(at("Children were 12 of them, the driver said.", 12))).toEqual(want(12, undefined, undefined, "children", "count"));
  });
});
