// A count said of a rival the subject is ranked against ("ahead of NAME with N NOUNs and NAME2 on M") is that rival's,
// named, not the subject's bare noun (card audit 51, sample AS's made-up shape 5).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("rival-count.ts: the rivals' counts after 'ahead of' or 'behind'", () => {
  const text = "When Arc opens it will have the most halts, ahead of Northway Trams with 30 halts and Metrolink on 26.";
  it(`'${text}' → 30 Northway Trams' halts`, () => {
    // Was '30 — halts'.
    expect(exact(at(text, 30))).toEqual(count(30, "Northway Trams' halts"));
  });
  it(`'${text}' → 26 Metrolink's halts, not the first rival's label carried`, () => {
    // Was '26 — halts'.
    expect(exact(at(text, 26))).toEqual(count(26, "Metrolink's halts"));
  });
  it("'It is the second busiest port, behind Rotterdam with 14 million containers.' → Rotterdam's containers", () => {
    const one = "It is the second busiest port, behind Rotterdam with 14 million containers.";
    expect(exact(at(one, 14_000_000))).toEqual(count(14_000_000, "Rotterdam's containers"));
  });
  it("near miss: 'He finished ahead of the pack with 12 wins.' → 12 wins, no rival named", () => {
    expect(exactOnly("He finished ahead of the pack with 12 wins.")).toEqual(count(12, "wins"));
  });
  it("near miss: 'Arc leads the field with 42 halts, and Metrolink on 26.' → no 'ahead of', the noun alone", () => {
    expect(exact(at("Arc leads the field with 42 halts, and Metrolink on 26.", 42))).toEqual(count(42, "halts"));
  });
  it("near miss: 'The family fled ahead of Christmas with 3 children.' → 3 children, a feast no rival", () => {
    // Was "Christmas' children".
    expect(exactOnly("The family fled ahead of Christmas with 3 children.")).toEqual(count(3, "children"));
  });
  it("'ahead of Northway Trams with 30 halts; and Coastlink with 19 halts was third.' → 19 Coastlink's halts", () => {
    // Was '19 — halts': a semicolon that joins the next rival with "and" had ended the search for "ahead of".
    const one = "The line came first, ahead of Northway Trams with 30 halts; and Coastlink with 19 halts was third.";
    expect(exact(at(one, 19))).toEqual(count(19, "Coastlink's halts"));
  });
  it("near miss: 'ahead of Northway Trams with 30 halts (and Coastlink with 19 halts was third).' → a bracket still stops it", () => {
    const one = "The line came first, ahead of Northway Trams with 30 halts (and Coastlink with 19 halts was third).";
    expect(exact(at(one, 19))).toEqual(count(19, "halts"));
  });
});

describe("rival-count.ts: a count said as a gap to a named rival (card audit 55's made-up shape 3)", () => {
  it("'Exeter are fourth on 52 points, six points behind Bolton.': the gap to Bolton, not a second 'points'", () => {
    expect(exact(at("Exeter are fourth on 52 points, six points behind Bolton.", 6))).toEqual(count(6, "points behind Bolton"));
  });

  it("'… eight points clear of Crewe and a further two ahead of Bury': the bare second gap keeps the noun lent it", () => {
    expect(exact(at("The leaders are eight points clear of Crewe and a further two ahead of Bury.", 2))).toEqual(count(2, "points ahead of Bury"));
  });

  it("'Bury are five points adrift of safety.': a gap to no named rival is a gap to a table's mark (mark-gap.ts)", () => {
    // Was 'points' (pinned here as a near miss of the rival rule); the dev gold labels the same shape 'points adrift of
    // safety', and blind sample BA's S1 found 'six — points' for one such gap.
    expect(exactOnly("Bury are five points adrift of safety.")).toEqual(count(5, "points adrift of safety"));
  });

  it("'Leeds fell three points behind Parker's side.': a possessive rival keeps what it owns", () => {
    expect(exactOnly("Leeds fell three points behind Parker's side.")).toEqual(count(3, "points behind Parker's side"));
  });

  it("'… two points behind league leaders Bolton': a title noun before the rival's name is kept with it", () => {
    expect(exactOnly("Exeter remain two points behind Championship leaders Bolton.")).toEqual(count(2, "points behind Championship leaders Bolton"));
  });

  it("near miss: 'just three behind Leeds United's Tom Hale': a label that is a name already gets no gap appended", () => {
    expect(at("Smith scored his 20th goal and is now just three behind Leeds United's Tom Hale.", 3).label).not.toMatch(/ behind /);
  });

  it("near miss: 'Ruiz won the 10km race ahead of Ana Diaz.': the race's distance, no gap to the rival", () => {
    expect(at("Ruiz won the 10km race ahead of Ana Diaz.", 10).label).not.toMatch(/ ahead of /);
  });
});

describe("mark-gap.ts: a gap to a table's mark (blind sample BA's made-up shape S1)", () => {
  it("'Rovers remain bottom of the table, six points from safety.' → 6 — points from safety", () => {
    // Was '6 — points': a gap read as a tally.
    expect(exactOnly("Rovers remain bottom of the table, six points from safety.")).toEqual(count(6, "points from safety"));
  });
  it("'United are now 10 points off the top.', 'City are three points clear of the drop zone.': the article and a two-word mark kept", () => {
    expect(exactOnly("United are now 10 points off the top.")).toEqual(count(10, "points off the top"));
    expect(exactOnly("City are three points clear of the drop zone.")).toEqual(count(3, "points clear of the drop zone"));
  });
  it("'Hull are five points adrift of safety with five games left.': the mark ends before 'with'", () => {
    expect(exact(at("Hull are five points adrift of safety with five games left.", 5))).toEqual(count(5, "points adrift of safety"));
  });
  it("near misses: 'took three points off the top side' (a side, no mark), 'took four points from their last five games' (a tally), '13 points from Arsenal' (a name, no mark)", () => {
    expect(at("City took three points off the top side.", 3).label).toBe("points");
    expect(at("Leeds took four points from their last five games.", 4).label).toBe("points");
    expect(at("Leeds have taken 13 points from Arsenal over the years.", 13).label).toBe("points");
    expect(at("Wigan took nine points from home games against rivals near the drop zone.", 9).label).toBe("points"); // a mark too far
  });
});

describe("rank-gap.ts: places in a ranking said as a gap to someone (blind sample BB's made-up shape 6)", () => {
  it("'The world number 40, ranked three places below her opponent, lost the first set.' → 3 — places below her opponent", () => {
    // Was '3 — places': a tally of places.
    expect(exact(at("The world number 40, ranked three places below her opponent, lost the first set.", 3))).toEqual(count(3, "places below her opponent"));
  });
  it("'He now sits 12 spots above his old coach in the list.' and 'two positions higher than the champion': above, higher than", () => {
    expect(exact(at("He now sits 12 spots above his old coach in the list.", 12))?.label).toBe("spots above his old coach");
    expect(exact(at("She finished two positions higher than the champion.", 2))?.label).toBe("positions higher than the champion");
  });
  it("near misses: no gap word, no one named after it, not a ranking's noun", () => {
    expect(exact(at("She climbed three places to 12th in the world.", 3))?.label).not.toMatch(/below|above|to/);
    expect(exact(at("The team dropped three places below.", 3))?.label).toBe("places");
    expect(exact(at("The pipe runs three feet below the street.", 3))?.label).not.toMatch(/below the street$/);
    expect(exact(at("She finished two positions higher.", 2))?.label).not.toMatch(/than/);
    expect(exact(at("The side sat in 15th place ahead of the weekend fixtures.", 15))?.label).not.toMatch(/ahead/); // a rank, no gap
    expect(exact(at("She finished two places ahead on the day.", 2))?.label).not.toMatch(/on the day/); // "ahead" without "of"
  });
  it("whom the gap is to ends at a preposition or a conjunction, the label at the card's six words", () => {
    expect(exact(at("She was ranked 20 places below her at the time.", 20))?.label).toBe("places below her");
    expect(exact(at("She was ranked 20 places below her and lost.", 20))?.label).toBe("places below her");
    expect(exact(at("She was ranked 20 places below her old doubles partner Mary Smith.", 20))?.label).toBe("places below her old doubles partner");
  });
});
