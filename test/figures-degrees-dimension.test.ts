// Degrees with no noun of their own are a temperature or an angle, by the words of the sentence (degrees-dimension.ts).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const degrees = (value: number, label: string, qualifier?: string) => ({ value, qualifier, unit: "degrees", label, type: "measure" });

describe("degrees by the sentence's words", () => {
  it("'His ankle appeared to have twisted 180 degrees.': an angle", () => {
    expect(exactOnly("His ankle appeared to have twisted 180 degrees.")).toEqual(degrees(180, "angle"));
  });
  it("'Tilting the tower 45 degrees helped.': an angle", () => {
    expect(exactOnly("Tilting the tower 45 degrees helped.")).toEqual(degrees(45, "angle"));
  });
  it("'Merkel had to settle for a measly 12 degrees in the sunshine.': a temperature", () => {
    expect(exactOnly("Merkel had to settle for a measly 12 degrees in the sunshine.")).toEqual(degrees(12, "temperature"));
  });
  it("'Then turn your oven on to a warm temperature - around 150 degrees.': heat outweighs the turn", () => {
    expect(exactOnly("Then turn your oven on to a warm temperature - around 150 degrees.")).toEqual(degrees(150, "temperature", "around"));
  });
});

describe("near misses", () => {
  it("'It was 40 degrees out here.': neither said, the unit stays", () => {
    expect(exactOnly("It was 40 degrees out here.")).toEqual(degrees(40, "degrees"));
  });
  it("'The driver turned 50 laps.': a turn said of laps is no angle", () => {
    expect(exactOnly("The driver turned 50 laps.")).toEqual({ value: 50, qualifier: undefined, unit: "laps", label: "laps", type: "measure" });
  });
});
