// A side's results over a run of games (result-run.ts): a bare count after a result verb and before a window of
// games ("of their last six", "in a row") counts games won, lost or drawn, each count by its own verb, past the
// coordinated results that share the window.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");
const FORM = "City are 13th in the form table after losing four and winning two of their last six.";

describe("results coordinated before one window of games", () => {
  it("'losing four and winning two of their last six': four — games lost, not 'lost'", () => {
    expect(exact(at(FORM, 4))).toEqual(count(4, "games lost"));
  });

  it("the second count takes its own verb: two — games won, not the first's 'lost'", () => {
    expect(exact(at(FORM, 2))).toEqual(count(2, "games won"));
  });

  it("a third result past a comma: 'lost four, drawn one and won one of their last six' → games lost", () => {
    expect(exact(at("They have lost four, drawn one and won one of their last six.", 4))).toEqual(count(4, "games lost"));
  });
});

describe("a win or a draw over a window counts games, as a defeat does", () => {
  it("'have won three of their last seven' → games won", () => {
    expect(exact(at("Rovers have won three of their last seven.", 3))).toEqual(count(3, "games won"));
  });

  it("'had drawn five in a row' → games drawn", () => {
    expect(exact(at("The visitors had drawn five in a row before the break.", 5))).toEqual(count(5, "games drawn"));
  });

  it("no window, no games: 'won two' stays unlabelled by a result", () => {
    expect(at("The two sides have each won two since then, and the table is close.", 2).label).not.toBe("games won");
  });
});

describe("a bare count its own game verb governs, after a count of games (card audit 55's made-up shape 9)", () => {
  it("'has featured in 18 matches since May but started only five' → only five — matches started, not 'matches'", () => {
    expect(exact(at("The striker has featured in 18 matches since May but started only five.", 5))).toEqual(want(5, "only", undefined, "matches started", "count"));
  });

  it("a result verb: 'have played 20 games this season but won just six' → just six — games won", () => {
    expect(exact(at("The hosts have played 20 games this season but won just six.", 6))).toEqual(want(6, "just", undefined, "games won", "count"));
  });

  it("near miss: 'played in 24 cup ties but scored just two' counts goals, so no 'cup ties scored'", () => {
    expect(at("She has played in 24 cup ties this season but scored just two.", 2).label).not.toMatch(/scored|started/);
  });

  it("near miss: the same verb governs both counts ('won four matches in May, while their rivals won two'): the noun alone, as before", () => {
    expect(at("The hosts won four matches in May, while their rivals won two.", 2).label).toBe("matches");
  });

  it("near miss: no games before ('opened four exhibitions this spring, and has since drawn more than 9,000'): no 'exhibitions drawn'", () => {
    expect(at("The trust opened four exhibitions this spring, and has since drawn more than 9,000.", 9000).label).not.toMatch(/drawn/);
  });
});
