// Money that is the subject of a verb of going or flowing "to" someone is labelled by where it goes, said with the
// verb: not the recipient alone, which reads as an amount the recipient has (flowing-to.ts; blind sample AZ's made-up
// shape 10).
import { describe, expect, it } from "vitest";
import { at, want, exact } from "#test/helpers/figures.ts";

describe("money going or flowing to someone", () => {
  it("\"… 3.4 billion rupees was flowing to the wealthiest tenth of households\": not 'wealthiest tenth'", () => {
    const text = "Yet it also showed 3.4 billion rupees was flowing to the wealthiest tenth of households, not to the farmers who need it.";
    expect(exact(at(text, 3.4e9))).toEqual(want(3.4e9, undefined, "INR", "flowing to wealthiest tenth of households", "money"));
  });
  it("\"About $2m is going to the council.\": a present progressive", () => {
    expect(at("About $2m is going to the council.", 2e6).label).toBe("going to council");
  });
  it("\"The £5m went to charity.\": a past, said as its '-ing'", () => {
    expect(at("The £5m went to charity.", 5e6).label).toBe("going to charity");
  });
});

describe("how far", () => {
  it("\"About £2m has been going to the council.\": two auxiliaries", () => {
    expect(at("About £2m has been going to the council.", 2e6).label).toBe("going to council");
  });
  it("\"About £2m went to the poorest tenth of rural households in the north.\": a part whose whole would not fit", () => {
    expect(at("About £2m went to the poorest tenth of rural households in the north.", 2e6).label).toBe("going to poorest tenth");
  });
});

describe("near misses", () => {
  it("\"About £2m went into the council's fund.\": no 'to'", () => {
    expect(at("About £2m went into the council's fund.", 2e6).label).not.toMatch(/^going/);
  });
  it("\"The £5m is going to fund new beds.\": a purpose to come, no recipient", () => {
    expect(at("The £5m is going to fund new beds.", 5e6).label).not.toMatch(/^going to/);
  });
  it("\"He paid £5m before going to the council.\": the verb is not the money's", () => {
    expect(at("He paid £5m before going to the council.", 5e6).label).not.toMatch(/^going to/);
  });
});
