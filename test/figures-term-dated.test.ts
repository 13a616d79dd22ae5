// "was jailed N years earlier for X": a time that dates the sentencing, no term of N years (prison-term.ts;
// card-audit-49's made-up shape 5).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly } from "#test/helpers/figures.ts";

const duration = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "duration" });

describe("'VERBed N years earlier/before for X': a time before, no term", () => {
  it("'He was jailed three years earlier for running the scheme, but the appeal took time.'", () => {
    expect(exactOnly("He was jailed three years earlier for running the scheme, but the appeal took time.")).toEqual(duration(3, "years", "years earlier"));
  });
  it("'She was sentenced five years earlier for a similar fraud.'", () => {
    expect(exactOnly("She was sentenced five years earlier for a similar fraud.")).toEqual(duration(5, "years", "years earlier"));
  });
  it("'The coach was banned three seasons before for doping his riders.': no ban of three seasons", () => {
    expect(exactOnly("The coach was banned three seasons before for doping his riders.")?.label).not.toContain("ban");
  });
  it("'The rider was banned two years previously for doping.': 'previously'", () => {
    expect(exactOnly("The rider was banned two years previously for doping.")?.label).not.toContain("ban");
  });
});

describe("near misses", () => {
  it("'Sentenced to eight years, they served 114 days before Rep. Bill Richardson flew in.': 'before' an event", () => {
    const s = "Sentenced to eight years, they served 114 days before Rep. Bill Richardson flew to Baghdad.";
    expect(exact(at(s, 114))).toEqual(duration(114, "days", "days in prison"));
  });
  it("'He was jailed for three years for running the scheme.': a term, as before", () => {
    expect(exactOnly("He was jailed for three years for running the scheme.")).toEqual(duration(3, "years", "years in prison"));
  });
  it("'He was jailed for 43 months earlier this year.': 'for' makes it a term whatever follows", () => {
    expect(exactOnly("He was jailed for 43 months earlier this year.")).toEqual(duration(43, "months", "months in prison"));
  });
  it("'He was jailed six months earlier in the week for a separate assault.': 'earlier in the week' dates the news", () => {
    const s = "He was jailed six months earlier in the week for a separate assault.";
    expect(exactOnly(s)).toEqual(duration(6, "months", "months in prison"));
  });
  it("'She was jailed 18 months earlier on Tuesday for fraud.': 'earlier on Tuesday' dates the news", () => {
    expect(exactOnly("She was jailed 18 months earlier on Tuesday for fraud.")).toEqual(duration(18, "months", "months in prison"));
  });
});

describe("a sentencing's time point said 'before' or 'previously', and 'convicted' (dated-sentencing.ts)", () => {
  it("'He had been jailed 18 months earlier at Leeds Crown Court.': a time point, no term", () => {
    expect(exactOnly("He had been jailed 18 months earlier at Leeds Crown Court.")).toEqual(duration(18, "months", "months earlier"));
  });
  it("'He was jailed 18 months before at Leeds Crown Court.': 'before' dates it as 'earlier' does (was 'months jailed')", () => {
    expect(exactOnly("He was jailed 18 months before at Leeds Crown Court.")).toEqual(duration(18, "months", "months earlier"));
    expect(exactOnly("He had been jailed 18 months previously at Leeds Crown Court.")?.label).toBe("months earlier");
  });
  it("'He was convicted two years before of fraud.': the conviction's time (was 'years convicted')", () => {
    expect(exactOnly("He was convicted two years before of fraud.")?.label).toBe("years since being convicted");
    expect(exactOnly("He was convicted two years earlier of fraud.")?.label).toBe("years since being convicted");
  });
  it("near miss: 'jailed for 18 months at Leeds Crown Court' is a term", () => {
    expect(exactOnly("He was jailed for 18 months at Leeds Crown Court.")).toEqual(duration(18, "months", "months in prison"));
  });
  it("near miss: an event after 'before' and no sentencing keep their spans", () => {
    expect(exactOnly("They were jailed 114 days before Rep. Bill Richardson flew in.")?.label).toBe("days jailed");
    expect(exactOnly("He waited two years before, when the court sat.")?.label).toBe("years waiting");
  });
});
