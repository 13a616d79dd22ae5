// A time point inside a sentence-opening "Before …ing" clause dates the "-ing" (preposed-ing.ts): "Before starting a
// business … four years ago, Marcus was a bus driver" read '— years ago'. These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("preposed-ing.ts: 'Before …ing … N years ago,' dates the -ing", () => {
  it("'Before opening her shop six years ago, Sara worked in a bank.' → years since opening her shop", () => {
    const text = "Before opening her shop six years ago, Sara worked in a bank.";
    expect(exact(at(text, 6))).toEqual(want(6, undefined, "years", "years since opening her shop", "duration"));
  });

  it("the object's noun phrase alone: 'Before starting a business selling his own jam four years ago, …'", () => {
    const text = "Before starting a business selling his own jam four years ago, Marcus was a bus driver.";
    expect(exact(at(text, 4))).toEqual(want(4, undefined, "years", "years since starting a business", "duration"));
  });

  it("after a conjunction: 'He was a teacher, and before opening a cafe two years ago he had travelled.'", () => {
    const text = "He was a teacher, and before opening a cafe two years ago he had travelled.";
    expect(exact(at(text, 2))).toEqual(want(2, undefined, "years", "years since opening a cafe", "duration"));
  });

  it("no 'before' or 'after': 'Running a cafe two years ago was hard, she said.' dates no running", () => {
    expect(at("Running a cafe two years ago was hard, she said.", 2).label).not.toBe("years since running a cafe");
  });
});
