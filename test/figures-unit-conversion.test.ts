// A measure said again in other units, in brackets after its unit, is read past the bracket (unit-conversion.ts): what
// it is of and its dimension are the words after the bracket, as they are when no bracket stands there.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a measure's bracketed conversion", () => {
  it("'0.71 grams (0.025 ounces) of methamphetamine' → methamphetamine", () => {
    expect(exact(at("Police found 0.71 grams (0.025 ounces) of methamphetamine in his home.", 0.71))).toEqual(want(0.71, undefined, "grams", "methamphetamine", "measure"));
  });

  it("a hedged conversion: 'at least 4,000 kilograms (more than 8,000 pounds) of waste' → waste", () => {
    expect(exact(at("The climbers plan to pick up at least 4,000 kilograms (more than 8,000 pounds) of waste from the camps.", 4000))).toEqual(want(4000, "at least", "kilograms", "waste", "measure"));
  });

  it("a scaled conversion: '2 million tons (1.8 million tonnes) of ash' → ash", () => {
    expect(exact(at("The volcano spewed 2 million tons (1.8 million tonnes) of ash into the air.", 2000000))).toEqual(want(2000000, undefined, "tons", "ash", "measure"));
  });

  it("grams glued in the bracket: '4.2 ounces (118g) of gold' → gold", () => {
    expect(exact(at("Divers recovered 4.2 ounces (118g) of gold from the wreck.", 4.2))).toEqual(want(4.2, undefined, "ounces", "gold", "measure"));
  });

  it("a dimension past the bracket: '10 centimeters (4 inches) long' → length", () => {
    expect(exact(at("That wound measured 10 centimeters (4 inches) long, doctors said.", 10))).toEqual(want(10, undefined, "centimeters", "length", "measure"));
  });

  it("a glued conversion: 'a large crater 960 miles (1,550 km) wide' → width", () => {
    expect(exact(at("On Mercury is a large crater 960 miles (1,550 km) wide called the Caloris Basin.", 960))).toEqual(want(960, undefined, "miles", "width", "measure"));
  });

  it("'about 260 miles (418 km) above Earth' → height", () => {
    expect(exact(at("The station flies about 260 miles (418 km) above Earth.", 260))).toEqual(want(260, "about", "miles", "height", "measure"));
  });
});

describe("near misses: brackets that are no conversion, and 'within'", () => {
  it("a bracket of words ends the reading: '0.71 grams (police said) of methamphetamine' stays the unit", () => {
    expect(exact(at("Officers found 0.71 grams (police said) of methamphetamine.", 0.71))).toEqual(want(0.71, undefined, "grams", "grams", "measure"));
  });

  it("a money bracket is no unit conversion: '30 kilograms (£300) of cheese' stays the unit", () => {
    expect(exact(at("Thieves took 30 kilograms (£300) of cheese from the shop.", 30))).toEqual(want(30, undefined, "kilograms", "kilograms", "measure"));
  });

  it("'within 120 miles (193km) of Los Angeles' names where it is measured from: a distance", () => {
    expect(exact(at("Radar operators spotted a UFO within 120 miles (193km) of Los Angeles.", 120))).toEqual(want(120, undefined, "miles", "distance", "measure"));
  });

  it("a bracket after a dimension stays out of it: '10 centimeters long (4 inches)' → length", () => {
    expect(exact(at("That wound measured 10 centimeters long (4 inches), doctors said.", 10))).toEqual(want(10, undefined, "centimeters", "length", "measure"));
  });
});
