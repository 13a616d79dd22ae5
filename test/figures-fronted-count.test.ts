// fronted-count.ts: a change whose subject is a bare count of a group fronted before the comma ("Of the shares
// listed, 12 rose by 5%") is a change in those members, not in the verb ('rise in rose', mutation sweep 41).
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("a change of a count whose group is fronted: 'Of the X, N rose by P%'", () => {
  it("'Of the shares listed, 12 rose by 5% on Monday' → 5% — rise in 12 shares", () => {
    expect(at("Of the shares listed, 12 rose by 5% on Monday.", 5)).toMatchObject({ value: 5, unit: "%", label: "rise in 12 shares" });
  });

  it("'among', a group with a phrase after it: 'Among the clubs in the league, 14 grew by 8% last season'", () => {
    expect(at("Among the clubs in the league, 14 grew by 8% last season.", 8).label).toBe("rise in 14 clubs");
  });

  it("a fall, 'per cent': 'Of the schools in the county, 25 fell by 4 per cent in the rankings'", () => {
    expect(at("Of the schools in the county, 25 fell by 4 per cent in the rankings.", 4).label).toBe("fall in 25 schools");
  });

  it("a second sentence, no 'by': 'Shares fell. Of the banks, 3 dropped 6%.'", () => {
    expect(at("Shares fell. Of the banks, 3 dropped 6%.", 6).label).toBe("fall in 3 banks");
  });

  it("near miss: a fronted phrase with no 'of'/'among' names no group ('In the poll, 12 rose by 5%')", () => {
    expect(at("In the poll, 12 rose by 5%.", 5).label).not.toMatch(/^rise in 12/);
  });

  it("near miss (review): 'Of course,' names no group, so the count is no share of one", () => {
    expect(at("Of course, 12 rose by 5% in the poll.", 5).label).not.toMatch(/course/);
  });
});
