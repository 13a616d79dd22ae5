// A measure labelled by its unit alone: a temperature scale after degrees ("five degree Celsius") is the unit too
// (unit-dimension.ts), so degrees-dimension.ts names it a temperature.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a unit alone, said otherwise", () => {
  it("'Overnight temperatures in the valley have fallen as low as five degree Celsius.': temperature", () => {
    expect(exactOnly("Overnight temperatures in the valley have fallen as low as five degree Celsius.")).toEqual(want(5, undefined, "degrees", "temperature", "measure"));
  });
  it("'It was 98 degrees Fahrenheit in the shade.': the scale said with its unit", () => {
    expect(exactOnly("It was 98 degrees Fahrenheit in the shade.")).toEqual(want(98, undefined, "degrees", "temperature", "measure"));
  });
});
