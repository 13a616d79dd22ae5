// "NOUNs N and N+1 in POSS … career" names a milestone: the second is the career's tally, the first the step to it
// (milestone-pair.ts; card-audit-50's made-up shape 3: '300 — coaching career', '299 — clocking').
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("milestone-pair.ts: 'wins 299 and 300 in her coaching career' is a career's tally", () => {
  const text = "After clocking up wins 299 and 300 in her coaching career, Marsh gave a short speech.";

  it("the second is the tally: 300 — coaching career wins", () => {
    expect(exact(at(text, 300))).toEqual(want(300, undefined, undefined, "coaching career wins", "count"));
  });

  it("the first, the step to it, is off the card", () => {
    expect(figs(text).map((f) => f.value)).toEqual([300]);
  });

  it("'She celebrated victories 199 and 200 in her managerial career.' → managerial career victories", () => {
    expect(at("She celebrated victories 199 and 200 in her managerial career.", 200).label).toBe("managerial career victories");
  });

  it("near miss: 'He scored goals 99 and 100 for the club on Saturday.' has no career phrase: club, as before", () => {
    expect(at("He scored goals 99 and 100 for the club on Saturday.", 100).label).toBe("club");
  });

  it("near miss: 'She counted wins 12 and 30 in her coaching career.': not one apart, no milestone; none carded", () => {
    expect(figs("She counted wins 12 and 30 in her coaching career.")).toEqual([]);
  });

  it("near miss: 'Guests stayed in rooms 101 and 102 in his career hotel.': career names the hotel; 101 kept", () => {
    const text = "Guests stayed in rooms 101 and 102 in his career hotel.";
    expect(at(text, 102).label).not.toMatch(/career rooms/);
    expect(at(text, 101).label).toBe("rooms");
  });
});
