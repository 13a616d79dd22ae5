// Counts of one noun compared across groups, each group the subject of its own verb (group-compared.ts): each count is
// of its group, not the first count's noun alone three times (card audit 55's made-up shape 1).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const count = (value: number, qualifier: string | undefined, label: string) => want(value, qualifier, undefined, label, "count");
const COMPARED = "The survey found that people in their twenties follow 40 brands online, compared to people in their thirties who follow 25.";
const THREE = "The report found that trainees attend 9 courses, compared with seniors who attend 6, and managers who will have attended just two.";

describe("counts of one noun compared across groups", () => {
  it("the group a 'who' clause names: 25 — brands of people in their thirties", () => {
    expect(exact(at(COMPARED, 25))).toEqual(count(25, undefined, "brands of people in their thirties"));
  });

  it("the first count, once a later one names a group, is of its own verb's subject: 40 — brands of people in their twenties", () => {
    expect(exact(at(COMPARED, 40))).toEqual(count(40, undefined, "brands of people in their twenties"));
  });

  it("a third group past auxiliaries ('managers who will have attended just two') is of its own group, not the second's", () => {
    expect(exact(at(THREE, 2))).toEqual(count(2, "just", "courses of managers"));
  });

  it("near miss: no 'who' before the verb ('and their rivals signed 9') names no group of 'their'", () => {
    expect(at("The club signed 12 players in May, and their rivals signed 9.", 9).label).toBe("players");
  });

  it("near miss: a count compared with another time ('compared to 25 last year') names no group", () => {
    expect(at("The survey found that shoppers follow 40 brands online, compared to 25 last year.", 40).label).not.toMatch(/ of /);
  });
});
