// A bare count after "to" that a run of games reaches is the run's length in games (run-to.ts; card audit 52's
// made-up shape 6).
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("run-to.ts: a run stretched to a bare count", () => {
  it("'The loss at Eastfield stretched the club's run without a win to nine.': nine — games without a win", () => {
    // Was '· nine', no label and no candidate.
    expect(exact(at("The loss at Eastfield stretched the club's run without a win to nine.", 9))).toEqual(count(9, "games without a win"));
  });
  it("'A draw with Dunmore extended their winless streak to six.': six — winless streak (a count in words)", () => {
    expect(exact(at("A draw with Dunmore extended their winless streak to six.", 6))).toEqual(count(6, "winless streak"));
  });
  it("'A late goal stretched your winless streak to five.': five — winless streak (every owner opens the run, 'your' too)", () => {
    // Was 'your winless streak': the opener list left out 'your', so the label ran back to the verb.
    expect(exact(at("A late goal stretched your winless streak to five.", 5))).toEqual(count(5, "winless streak"));
  });
  it("near miss: 'A draw with Dunmore extended their winless streak to six matches.': six — matches (the noun said)", () => {
    expect(exact(at("A draw with Dunmore extended their winless streak to six matches.", 6))).toEqual(count(6, "matches"));
  });
  it("'Win over Leeds extends unbeaten run to seven.': seven — unbeaten run (a headline's verb opens the run)", () => {
    expect(exact(at("Win over Leeds extends unbeaten run to seven.", 7))).toEqual(count(7, "unbeaten run"));
  });
  it("near miss: 'The storm cut the number of homes without power to ninety.': no run, no label, no figure", () => {
    expect(figs("The storm cut the number of homes without power to ninety.")).toEqual([]);
  });
  it("near miss: 'It was their long proud unbeaten home run to seven.': past the describing words a label holds, none", () => {
    expect(figs("It was their long proud unbeaten home run to seven.")).toEqual([]);
  });
});

// "winning", "losing" before the run's noun are its describing words, though the tagger calls them verbs, which open a
// run's phrase as a headline's verb does: "extended their winning run to nine" read '· nine', no label (labels76's left
// item).
describe("run-to.ts: an '-ing' describing word the tagger calls a verb", () => {
  it("'Rovers extended their winning run to nine with a win at Harbour Town.' → nine — winning run", () => {
    expect(exact(at("Rovers extended their winning run to nine with a win at Harbour Town.", 9))).toEqual(count(9, "winning run"));
  });

  it("'City stretched their losing streak to five with defeat at Leeds.' → five — losing streak", () => {
    expect(exact(at("City stretched their losing streak to five with defeat at Leeds.", 5))).toEqual(count(5, "losing streak"));
  });

  it("near miss: 'Rovers won again on Saturday, extending unbeaten run to seven.' → unbeaten run: an '-ing' verb before the describing word opens it", () => {
    expect(exact(at("Rovers won again on Saturday, extending unbeaten run to seven.", 7))).toEqual(count(7, "unbeaten run"));
  });

  it("near miss: 'Rovers, extending their run to nine, won again.' → no describing word, no label", () => {
    expect(figs("Rovers, extending their run to nine, won again.")).toEqual([]);
  });
});
