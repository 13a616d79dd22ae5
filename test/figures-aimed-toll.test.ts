// A toll's verb that someone aimed at or sent someone to do ("threatened to kill 20 people", "hire a hitman to kill two
// people") is no toll: nobody died, so the card must not say "killed" (card audit 19's cnndm_test-06568).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("a toll aimed at is no toll", () => {
  it("'He threatened to kill 20 people' → 20 — people targeted, not killed", () => {
    expect(exact(at("He threatened to kill 20 people.", 20))).toEqual({ value: 20, qualifier: undefined, unit: undefined, label: "people targeted", type: "count" });
    expect(at("He threatened to kill 20 people.", 20).kind).toBe("people");
  });

  it("'accused of attempting to hire a hitman to kill two people' → two — people targeted (the sender a few words back)", () => {
    expect(at("He was accused of attempting to hire a hitman to kill two people.", 2)).toMatchObject({ label: "people targeted", kind: "people" });
  });

  it("'jailed for plotting to kill three officers' → three — officers targeted", () => {
    expect(at("He was jailed for plotting to kill three officers.", 3)).toMatchObject({ label: "officers targeted", kind: "people" });
  });

  it("a deed stays a toll: 'The attack killed 12 people', 'It took 30 years to kill 11,000 people'", () => {
    expect(at("The attack killed 12 people.", 12)).toMatchObject({ label: "people killed", kind: "casualties" });
    expect(at("It took 30 years to kill 11,000 people.", 11000)).toMatchObject({ label: "people killed", kind: "casualties" });
  });
});
