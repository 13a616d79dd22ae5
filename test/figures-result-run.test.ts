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
