// A misspelt "years" before "old" still says an age (misspelt-years.ts).
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("a misspelt 'years old'", () => {
  it("\"The boy, 12 yeras old, was hurt.\": an age, no count of 'yeras old'", () => {
    expect(typedList("The boy, 12 yeras old, was hurt.")).toEqual([["12 yeras old", "age", false]]);
  });
  it("\"He is twenty yaers old.\": in words too", () => {
    expect(typedList("He is twenty yaers old.")).toEqual([["twenty yaers old", "age", false]]);
  });
});
