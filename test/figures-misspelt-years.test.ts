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
  it("\"The 58-yer-old was taken to hospital.\": hyphened, an age, no count of 'yer-olds'", () => {
    expect(typedList("The 58-yer-old was taken to hospital.")).toEqual([["58-yer-old", "age", false]]);
  });
  it("\"A 33-yrs-old man was arrested.\": the short form too", () => {
    expect(typedList("A 33-yrs-old man was arrested.")).toEqual([["33-yrs-old", "age", false]]);
  });
  it("\"A 3-hour-old foal was found.\": a real unit of age is no typo (stays a duration)", () => {
    expect(typedList("A 3-hour-old foal was found.")).toEqual([["3-hour-old", "duration", true]]);
  });
});
