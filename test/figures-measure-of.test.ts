// A measure named by its head before "of" keeps what it measures: "the rate of inflation fell to 2.3%" read '— rate'
// (noun-phrase.ts backNP; the 38th sweep's 'head noun cut before of').
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a measure of something", () => {
  it("\"A fall in the rate of inflation to 2.3% in January boosted shares.\": the rate of inflation", () => {
    expect(exactOnly("A fall in the rate of inflation to 2.3% in January boosted shares.")).toEqual(want(2.3, undefined, "%", "rate of inflation", "percent"));
  });
  it("\"The level of unemployment rose to 5.2%.\": the level of unemployment", () => {
    expect(exactOnly("The level of unemployment rose to 5.2%.")).toEqual(want(5.2, undefined, "%", "level of unemployment", "percent"));
  });
  it("\"The value of his shares rose by £2m.\": the value of his shares", () => {
    expect(exactOnly("The value of his shares rose by £2m.")).toEqual(want(2000000, undefined, "GBP", "value of his shares", "money"));
  });
  it("\"They cut the top rate of income tax from 50p to 45p in 2012.\": the top rate of income tax", () => {
    expect(exactOnly("They cut the top rate of income tax from 50p to 45p in 2012.")).toEqual(want(0.45, undefined, "GBP", "top rate of income tax", "money"));
  });
});

describe("near misses", () => {
  it("\"The rate fell to 2.3%.\": no 'of', the head alone", () => {
    expect(exactOnly("The rate fell to 2.3%.")).toEqual(want(2.3, undefined, "%", "rate", "percent"));
  });
});
