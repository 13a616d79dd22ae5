// A season table set out one line a sentence, "Rovers 2008/09 - 188.", has no figure of its own: the prose above
// says what its numbers measure (season-line.ts; card-audit-50's made-up shape 1: '188 — Rovers' as a count).
import { describe, expect, it } from "vitest";
import { at, figs } from "#test/helpers/figures.ts";

const HEAD = "The longest spells at the top of the hockey league are listed below.";

describe("season-line.ts: 'NAME SEASON - N.' lines are no figure of their own", () => {
  it("'Rovers 2008/09 - 188.' and 'Harbour City 2011/12 - 173.' under the prose: none carded", () => {
    expect(figs(`${HEAD} Rovers 2008/09 - 188. Harbour City 2011/12 - 173.`)).toEqual([]);
  });

  it("'Rovers 2016/17 - 151 *. Ashby 2004/05 - 140.': a marker, and a line after it, too", () => {
    expect(figs(`${HEAD} Rovers 2016/17 - 151 *. Ashby 2004/05 - 140.`)).toEqual([]);
  });

  it("with the record in the prose, the card holds it once: 188 days, not also '188 — Rovers'", () => {
    const text = "Rovers held first place over 188 days in 2008/09, the most ever. Rovers 2008/09 - 188.";
    expect(figs(text).map((f) => [f.value, f.type])).toEqual([[188, "duration"]]);
  });

  it("near miss: 'Rovers 2008/09 - 188 days.' names its own unit: a duration, as before", () => {
    expect(at(`${HEAD} Rovers 2008/09 - 188 days.`, 188).type).toBe("duration");
  });

  it("near miss: 'Rovers won 188 games in 2008/09.' is prose: games", () => {
    expect(at("Rovers won 188 games in 2008/09.", 188).label).toBe("games");
  });
});
