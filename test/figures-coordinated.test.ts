// Counts joined by "and", or listed with commas after their verb, share the verb one of them carries; two clauses,
// each with its own verb, do not.
// Each a one-sentence repro with the exact figures.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const exact = (text: string) => figs(text).map((f) => ({ display: f.display, value: f.value, qualifier: f.qualifier, unit: f.unit, label: f.label, type: f.type }));
const count = (display: string, value: number, label: string) => ({ display, value, qualifier: undefined, unit: undefined, label, type: "count" });

describe("coordinated counts", () => {
  it("'Five men and two women were detained': 5 men detained, 2 women detained", () => {
    expect(exact("Five men and two women were detained at the port.")).toEqual([count("Five", 5, "men detained"), count("two", 2, "women detained")]);
  });

  it("'Police arrested three men and two women': 3 men arrested, 2 women arrested", () => {
    expect(exact("Police arrested three men and two women.")).toEqual([count("three", 3, "men arrested"), count("two", 2, "women arrested")]);
  });

  it("'The attack killed 142 students, three security officers and two guards': a list after its verb, each killed", () => {
    expect(exact("The attack killed 142 students, three security officers and two guards.")).toEqual([
      count("142", 142, "students killed"),
      count("three", 3, "security officers killed"),
      count("two", 2, "guards killed"),
    ]);
  });

  it("'Police arrested five men, two women were released': a comma before a verb of its own starts a clause", () => {
    expect(exact("Police arrested five men, two women were released.")).toEqual([count("five", 5, "men arrested"), count("two", 2, "women released")]);
  });

  it("'18 people have died and five people are being treated': the five did not die, they are treated", () => {
    expect(exact("He said 18 people have died and five people are being treated.")).toEqual([count("18", 18, "people died"), count("five", 5, "people treated")]);
  });
});
