// A percent that restates a fraction word ("almost half (45 per cent)") is labelled by who the share is of, not by the
// fraction again ('45 per cent — half'): the noun phrase after "of", else what the clause says they do (fraction-bracket.ts).
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

const percent = (value: number, label: string) => ({ value, qualifier: undefined, unit: "%", label, type: "percent" });

describe("a percent restating a fraction", () => {
  it("'almost half (45 per cent) rely on a safe' → rely on a safe", () => {
    const s = "The survey of more than 2,000 Britons found almost half (45 per cent) rely on a safe or filing cabinet to store documents.";
    expect(exact(at(s, 45))).toEqual(percent(45, "rely on a safe"));
  });

  it("'more than a quarter (25%) only do housework' → do housework", () => {
    expect(exact(at("It seems that more than a quarter (25%) only do housework if they absolutely have to.", 25))).toEqual(percent(25, "do housework"));
  });

  it("'Almost a quarter -- 24 per cent -- giving medication' → giving medication", () => {
    const s = "Almost a quarter -- 24 per cent -- giving medication such as morphine had received no training.";
    expect(exact(at(s, 24))).toEqual(percent(24, "giving medication"));
  });

  it("'almost three quarters (73 per cent) of toasted cheese sandwich eaters' → share of toasted cheese sandwich eaters", () => {
    const s = "Almost three quarters (73 per cent) of toasted cheese sandwich eaters have sex at least once a month.";
    expect(exact(at(s, 73))).toEqual(percent(73, "share of toasted cheese sandwich eaters"));
  });
});

describe("a restatement whose clause names nothing short keeps the fraction", () => {
  it("'nearly half - 46 per cent - insisted that …' → half (a clause after the verb)", () => {
    const s = "But nearly half - 46 per cent - insisted that their children were not mature enough.";
    expect(exact(at(s, 46))).toEqual(percent(46, "half"));
  });

  it("'just over half (53 per cent) know the Duke of Wellington led …' → half", () => {
    const s = "Only just over half (53 per cent) know the Duke of Wellington led the British forces.";
    expect(exact(at(s, 53))).toEqual(percent(53, "half"));
  });

  it("'nearly half (44 per cent) disliking if the tone …' → half (no object in reach)", () => {
    const s = "Employers prefer a professional CV, with nearly half (44 per cent) disliking if the tone seemed too informal.";
    expect(exact(at(s, 44))).toEqual(percent(44, "half"));
  });

  it("'almost half (45 per cent) last year relied on …' → half (no verb right after the bracket)", () => {
    expect(exact(at("The survey found almost half (45 per cent) last year relied on food banks.", 45))).toEqual(percent(45, "half"));
  });
});

describe("share.ts: a fraction word restated by a bracketed percent is a share, never periods of a year", () => {
  it("'Almost three quarters (73 per cent) of voters' → 0.75 of voters, not '3 quarters' (a duration)", () => {
    const found = figs("Almost three quarters (73 per cent) of voters backed the plan.");
    expect(found.map(exact).sort((x, y) => (x?.value ?? 0) - (y?.value ?? 0))).toEqual([
      { value: 0.75, qualifier: "almost", unit: undefined, label: "voters backed plan", type: "other" },
      percent(73, "share of voters"),
    ]);
  });

  it("a bracket with no percent restates nothing: 'three quarters (to June)' and '(2004)' stay periods", () => {
    expect(exact(at("Sales fell in three quarters (to June).", 3))).toMatchObject({ unit: "quarters", type: "duration" });
    expect(exact(at("Profits rose in the last three quarters (2004) of trading.", 3))).toMatchObject({ unit: "quarters", type: "duration" });
  });

  it("'A quarter (about 24%) said no': without 'of' the share names nothing, so only its percent is a figure", () => {
    expect(figs("A quarter (about 24%) said no.").map((f) => f.value)).toEqual([24]);
  });
});

describe("a bracketed percent after a fraction whose verb reports what 'they' do (card audit 55's made-up shape 2)", () => {
  it("'with a third (35 per cent) saying they never check their tyres' → the first fraction's people who do it", () => {
    const text = "The survey found a fifth of drivers (22 per cent) admit speeding, with a third (35 per cent) saying they never check their tyres.";
    expect(exact(at(text, 35))).toEqual(percent(35, "drivers who never check their tyres"));
  });

  it("a reported 'it' stands for what the same verb took before: 'skip lunch on weekdays … reporting they skip it on Fridays'", () => {
    const text = "The poll finds that a quarter of workers (27 per cent) skip lunch on weekdays with a tenth (11 per cent) reporting they skip it on Fridays.";
    expect(exact(at(text, 11))).toEqual(percent(11, "workers who skip lunch on Fridays"));
  });

  it("no fraction of people before: 'Almost half (48 per cent) said they rarely cook at home.' → the reported doing", () => {
    expect(exact(at("Almost half (48 per cent) said they rarely cook at home.", 48))).toEqual(percent(48, "rarely cook at home"));
  });

  it("near miss: a reported clause with no verb of doing ('said they were unhappy at work') keeps the fraction", () => {
    expect(at("Nearly a third (31 per cent) said they were unhappy at work.", 31).label).toBe("third");
  });
});
