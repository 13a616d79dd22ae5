// A part "K of them" after a speaker, or its own verb's subject, is of the whole the sentence before counted, not of the speakers (them-subject.ts):
// "The council found 80 broken street lights. Officials said 50 of them would be fixed" read '50 — officials'.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

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
