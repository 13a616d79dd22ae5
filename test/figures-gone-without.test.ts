// '"We have gone five matches on the road without a victory"': a run's count by what it lacked, not the noun alone
// (card audit 56, sample AX's made-up shape 10: read 'five — matches', the matches played).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, labelOf, typedList, want } from "#test/helpers/figures.ts";

describe("gone-without.ts: a run's count by what it lacked", () => {
  it("'Dunmore have gone seven games in all competitions without a win.' → 7 — games without a win", () => {
    expect(exactOnly("Dunmore have gone seven games in all competitions without a win.")).toEqual(want(7, undefined, undefined, "games without a win", "count"));
  });
  it("'The Hornets played nine matches without scoring.' → matches without scoring", () => {
    expect(labelOf("The Hornets played nine matches without scoring.", 9)).toBe("matches without scoring");
  });
  it("near miss: 'Dunmore have gone seven games in all competitions.' → games, no 'without'", () => {
    expect(labelOf("Dunmore have gone seven games in all competitions.", 7)).toBe("games");
  });
  it("near miss: 'Dunmore lost seven games without a fight.' → no run's verb, not 'games without a fight'", () => {
    expect(labelOf("Dunmore lost seven games without a fight.", 7)).not.toContain("without");
  });
});

describe("count-without.ts: a count of units a denied verb governs after 'in' (sample BE's shape 1)", () => {
  it.each([
    ["Rangers, who had not won in nine games, went ahead after a quarter of an hour through a header.", 9, "games without winning"],
    ["The striker has not scored in six matches this season.", 6, "matches without scoring"],
    ["The visitors did not lose in 12 games under him.", 12, "games without losing"],
    ["City have not kept a clean sheet in five games.", 5, "games without keeping a clean sheet"],
  ])("'%s' → %i — %s", (text, value, label) => {
    // Was 'N — games': the run read as the games played.
    expect(exact(at(text, value))).toEqual(want(value, undefined, undefined, label, "count"));
  });
  it("near misses: a verb not denied, or a count that is no unit noun's", () => {
    expect(exact(at("He has played in nine games this season.", 9))?.label).toBe("games");
    expect(exact(at("The club had not won in 1999 either, and 40 fans left.", 40))?.label).toBe("fans");
    expect(exact(at("Mrs Obama hasn't driven herself in seven years.", 7))?.label).toBe("years without driving herself");
    // A time time-without.ts left alone stays so: 'if I don't demolish it in 90 days they'll put me in prison' is a deadline.
    expect(exact(at("If I don't demolish it in 90 days they'll put me in prison.", 90))?.label).not.toContain("without");
    expect(exact(at("She has not paid in £500 of fees this year.", 500))?.label).not.toContain("without");
    // A bare count names nothing of its own to run without: left unlabelled, no candidate.
    expect(typedList("Rovers had not won in nine, the coach said.")).toEqual([["nine", "count", false]]);
    expect(labelOf("Rovers had not won in nine, the coach said.", 9)).toBe("");
  });
  it("'had not scored in nine league games': the count's whole noun phrase, not its first word", () => {
    expect(exact(at("The striker had not scored in nine league games before Saturday.", 9))?.label).toBe("league games without scoring");
  });
});
