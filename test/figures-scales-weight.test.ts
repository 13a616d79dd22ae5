// "tipped the scales at 70st": the weight, not the idiom's noun (scales-weight.ts).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly } from "#test/helpers/figures.ts";

describe("'the scales at' weighs", () => {
  it("'He once tipped the scales at 70st': 70, st, weight", () => {
    expect(exactOnly("He once tipped the scales at 70st.")).toEqual({ value: 70, qualifier: undefined, unit: "st", label: "weight", type: "measure" });
  });

  it("'hit the scales at 161.9 and … saw him register 160.6': both weights", () => {
    const text = "Quillin initially hit the scales at 161.9 and saw him register 160.6.";
    expect(exact(at(text, 161.9))?.label).toBe("weight");
    expect(exact(at(text, 160.6))?.label).toBe("weight");
  });

  it("'tipped the scales at 20 stone': a spaced unit's weight, as before", () => {
    expect(exactOnly("She tipped the scales at 20 stone.")).toEqual({ value: 20, qualifier: undefined, unit: "stone", label: "weight", type: "measure" });
  });
});

describe("near misses: scales that weigh nothing", () => {
  it("'He played three scales at the concert': a count of scales", () => {
    expect(exactOnly("He played three scales at the concert.")).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "scales", type: "count" });
  });

  it("'He bought three scales after he tipped the scales at 20st': a count of scales beside the idiom", () => {
    expect(exact(at("He bought three scales after he tipped the scales at 20st.", 3))?.label).toBe("scales");
  });

  it("'The scales showed 160.6': no idiom, the label as read", () => {
    expect(exactOnly("The scales showed 160.6.")).toEqual({ value: 160.6, qualifier: undefined, unit: undefined, label: "scales", type: "count" });
  });
});
