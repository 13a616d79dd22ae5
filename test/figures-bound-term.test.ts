// A time served or faced after "a minimum of" / "a maximum of" is the term's bound (bound-term.ts; card audit 52's
// made-up shape 4).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const duration = (value: number, label: string) => want(value, undefined, "years", label, "duration");

describe("bound-term.ts: 'serving a minimum of N years'", () => {
  it("'Tate was found guilty of the robbery in 2009 and jailed for life, serving a minimum of 22 years.': 22 years — minimum term", () => {
    // Was '22 — years', the unit alone.
    expect(exact(at("Tate was found guilty of the robbery in 2009 and jailed for life, serving a minimum of 22 years.", 22))).toEqual(duration(22, "minimum term"));
  });
  it("'The three brothers could face a maximum of 12 years.': 12 years — maximum term", () => {
    expect(exact(at("The three brothers could face a maximum of 12 years.", 12))).toEqual(duration(12, "maximum term"));
  });
  it("near miss: 'Applicants must wait a minimum of four years.': a wait, no term", () => {
    expect(exact(at("Applicants must wait a minimum of four years.", 4))).toEqual(duration(4, "years"));
  });
  it("near miss: 'By then he had served a total of 22 years.': a total is no bound", () => {
    expect(exact(at("By then he had served a total of 22 years.", 22))).toEqual(duration(22, "years"));
  });
  it("near miss: 'She got a maximum of 30 minutes to speak.': minutes are no term", () => {
    expect(exact(at("She got a maximum of 30 minutes to speak.", 30))).toEqual(want(30, undefined, "minutes", "minutes", "duration"));
  });
});
