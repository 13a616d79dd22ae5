// A body of states named with its size after "the" is an epithet, no count (bloc-epithet.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";

describe("a body of states sized by its members, after 'the'", () => {
  it("'Members of the 28-nation bloc met on Monday': no figure", () => {
    expect(figs("Members of the 28-nation bloc met on Monday.")).toEqual([]);
  });

  it("'The 15-member Security Council voted on Friday': no figure, past the council's capitalised name", () => {
    expect(figs("The 15-member Security Council voted on Friday.")).toEqual([]);
  });

  it("'The 193-member General Assembly adopted the resolution': no figure", () => {
    expect(figs("The 193-member General Assembly adopted the resolution.")).toEqual([]);
  });

  it("'Growth is slowing in the 19-nation euro zone': no figure", () => {
    expect(figs("Growth is slowing in the 19-nation euro zone.")).toEqual([]);
  });

  it("'The 27-member bloc agreed the budget': no figure", () => {
    expect(figs("The 27-member bloc agreed the budget.")).toEqual([]);
  });

  it("'the 12-country alliance' and 'the 28-nation EU's gas': no figure for the size, the share of gas kept", () => {
    expect(figs("Leaders of the 12-country alliance met in Brussels.")).toEqual([]);
    expect(figs("Russia supplies 30 per cent of the 28-nation EU's gas.").map((f) => f.value)).toEqual([30]);
  });

  it("'Ministers of a 28-nation bloc met': without 'the' the size is said of a new bloc, a count of nations, the bloc's (compound-head.ts)", () => {
    expect(exactOnly("Ministers of a 28-nation bloc met.")).toEqual({ value: 28, qualifier: undefined, unit: undefined, label: "nation bloc", type: "count" });
  });

  it("'The 34-member team plans to depart': a team is no body of states, a count of the team's members", () => {
    expect(exactOnly("The 34-member team plans to depart.")).toEqual({ value: 34, qualifier: undefined, unit: undefined, label: "team members", type: "count" });
  });
});
