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

describe("preposed-ing.ts: an '-ing' after a preposition, its own subject between, dates the -ing", () => {
  it("'The feud led to Maria Kos collapsing in tears on the same court 12 years ago.' → years since collapsing in tears", () => {
    // Was '12 — years ago', where a plain past reads 'years since storming off'.
    const text = "The feud led to Maria Kos collapsing in tears on the same court 12 years ago.";
    expect(exact(at(text, 12))).toEqual(want(12, undefined, "years", "years since collapsing in tears", "duration"));
  });

  it("after 'with' and its subject: 'The row ended with Hill walking off the pitch nine years ago.' → years since walking off the pitch", () => {
    const text = "The row ended with Hill walking off the pitch nine years ago.";
    expect(exact(at(text, 9))).toEqual(want(9, undefined, "years", "years since walking off the pitch", "duration"));
  });

  it("near miss: 'He left without Kim saying goodbye two years ago.' → a denied -ing dates nothing", () => {
    expect(exact(at("He left without Kim saying goodbye two years ago.", 2))).toEqual(want(2, undefined, "years", "years ago", "duration"));
  });

  it("near miss: 'The fear of him losing his job three years ago haunts her.' → an 'of' -ing may never have happened", () => {
    expect(exact(at("The fear of him losing his job three years ago haunts her.", 3))).toEqual(want(3, undefined, "years", "years ago", "duration"));
  });

  it("near miss: 'The death of a man with learning difficulties more than 40 years ago is being investigated.' → no subject: a modifier", () => {
    const text = "The death of a man with learning difficulties more than 40 years ago is being investigated.";
    expect(at(text, 40).label).toBe("years ago");
  });
});
