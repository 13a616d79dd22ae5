// A count inside a compound names the noun the compound describes (compound-head.ts): "an 11-page document" is
// '11 — page document', not '11-page — pages'; a body of people counts its members ("the three-man panel": panel
// members). Near misses keep the compound's word alone: no noun after, a name, a unit or a time, a glitch.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, labelOf, want } from "#test/helpers/figures.ts";

describe("a compound count's label names the noun it describes, with the compound's word", () => {
  it("'released the 11-page document': page document", () => {
    expect(exactOnly("The commission released the 11-page document on its website.")).toEqual(want(11, undefined, undefined, "page document", "count"));
  });

  it("'following a 162-game suspension': game suspension", () => {
    expect(exactOnly("Rodriguez returned following a 162-game suspension.")).toEqual(want(162, undefined, undefined, "game suspension", "count"));
  });

  it("'a three-judge appeals panel upheld the law': judge appeals panel", () => {
    expect(exactOnly("A three-judge appeals panel upheld the law last summer.")).toEqual(want(3, undefined, undefined, "judge appeals panel", "count"));
  });

  // (A home's ordinary size is no figure since dwelling-size.ts; a big house keeps the compound's label.)
  it("'live together in a three-bedroom home': no figure; 'a 22-bedroom home': bedroom home", () => {
    expect(figs("They now all live together in a three-bedroom home.")).toEqual([]);
    expect(exactOnly("They now all live together in a 22-bedroom home.")).toEqual(want(22, undefined, undefined, "bedroom home", "count"));
  });
});

describe("a compound of people in a body counts the body's members", () => {
  it("'The SFA published the reasons of the three-man panel': panel members", () => {
    expect(exactOnly("The SFA published the reasons given by the chair of the three-man panel.")).toEqual(want(3, undefined, undefined, "panel members", "count"));
  });

  it("'the five-member tribunal' and 'a four-person crew': tribunal members, crew members", () => {
    expect(at("The five-member tribunal is also examining the allegations.", 5).label).toBe("tribunal members");
    expect(at("A four-person crew was on board.", 4).label).toBe("crew members");
  });
});

describe("the head stops where a clause starts inside the phrase read", () => {
  it("'The 34-member team plans to depart': team members, not 'team plans'", () => {
    expect(at("The 34-member team plans to depart on Saturday.", 34).label).toBe("team members");
  });

  it("near miss: 'the 45-man training squad to be announced': the squad keeps its 'to'", () => {
    expect(at("Hook may make a 45-man training squad to be announced in June.", 45).label).toBe("training squad members");
  });

  it("'should the 17-goal striker score the winner': goal striker, not 'striker score'", () => {
    expect(at("The decision will be vindicated should the 17-goal striker score the winner.", 17).label).toBe("goal striker");
  });

  it("'a four-person team loading baggage': team members, not 'team loading baggage'", () => {
    expect(at("He saw a four-person team loading baggage onto the plane.", 4).label).toBe("team members");
  });

  it("'a 3-carat engagement ring': a noun in '-ing' that ends the phrase is its head → carat engagement ring", () => {
    expect(exactOnly("He bought her a 3-carat engagement ring.")).toEqual(want(3, undefined, undefined, "carat engagement ring", "count"));
  });
});

describe("near misses: the compound's word alone", () => {
  it("no noun after it: 'described as 10-man on its website' → men", () => {
    expect(at("The side is described as 10-man on its website.", 10).label).toBe("men");
  });

  it("a name after it: 'flew a six-seat Cessna' → seats", () => {
    expect(at("The pilot flew a six-seat Cessna to the island.", 6).label).toBe("seats");
  });

  // A side down to N men is the one name a compound counts: its players (compound-head.ts SIDE_MEN).
  it("a side's name after '-man': 'victory over 10-man Bastia' → Bastia players", () => {
    expect(at("Paris won the trophy with victory over 10-man Bastia.", 10).label).toBe("Bastia players");
  });

  it("a time after it: 'a three-game week' → games", () => {
    expect(exact(at("They face a three-game week.", 3))).toEqual(want(3, undefined, undefined, "games", "count"));
  });

  it("a unit or a generic word after it: 'a 24-carat ounce' → carats, 'a two-horse thing' → horses", () => {
    expect(at("He bought a 24-carat ounce of gold.", 24).label).toBe("carats");
    expect(at("It was always a two-horse thing.", 2).label).toBe("horses");
  });

  it("an owner after it: 'the 14-man squad's coach' → men", () => {
    expect(at("He is the 14-man squad's coach.", 14).label).toBe("men");
  });

  it("a glitch for a compound: '101-the police number', '70.8-City's pass rate' take no noun after them", () => {
    expect(at("The worker had reportedly contacted 101-the police non-emergency number-on Monday last week, believing detectives would have images.", 101).label).not.toContain("police");
    expect(at("A 70.8-City's pass completion rate was recorded.", 70.8).label).not.toContain("pass");
  });
});

describe("people in a compound are members only of a body", () => {
  it("near miss: 'returned to the 13-man code', 'a three-man defensive system': man code, man defensive system", () => {
    expect(at("He returned to the 13-man code with Bradford Bulls.", 13).label).toBe("man code");
    expect(at("Rodgers sticks with the three-man defensive system.", 3).label).toBe("man defensive system");
  });

  it("'-member' is a body's whatever its head: 'an enlarged 25-member union' → union members", () => {
    expect(at("He said an enlarged 25-member union needs a streamlined process.", 25).label).toBe("union members");
  });
});

describe("the word after a count's compound is its noun, whatever the tagger calls it (as a measure's is)", () => {
  it("'Celtic retained their seven-point lead': point lead", () => {
    expect(exactOnly("Celtic retained their seven-point lead at the top of the table.")).toEqual(want(7, undefined, undefined, "point lead", "count"));
  });

  it("'could end his six-game run without a goal': game run", () => {
    expect(at("Aguero could end his six-game run without a goal against United.", 6).label).toBe("game run");
  });

  it("near miss: 'the two-disc adds more': a verb in '-s' is the clause's, the compound's word stays", () => {
    expect(at("There is a one-disc version but the two-disc adds more.", 2).label).toBe("discs");
  });
});

describe("the head stops before a name it is put to", () => {
  it("'replacing two-goal hero Hamsik': goal hero", () => {
    expect(at("Gabbiadini made it four moments after replacing two-goal hero Hamsik from the bench.", 2).label).toBe("goal hero");
  });
});

describe("'N-time' before a title counts the times it was held, not its holders", () => {
  it("'Three-time winners Spain and five-time champions Italy' → times winners, times champions (was 'winners', 'champions')", () => {
    const text = "Three-time winners Spain and five-time champions Italy have met only once in a final.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, undefined, "times winners", "count"));
    expect(exact(at(text, 5))).toEqual(want(5, undefined, undefined, "times champions", "count"));
  });

  it("a title of several words and a name after it: 'The four-time Olympic champion Jo Bell retired' → times Olympic champion", () => {
    expect(at("The four-time Olympic champion Jo Bell retired last year.", 4).label).toBe("times Olympic champion");
  });

  it("near miss: with no title after it ('She is now a three-time.') no 'times' is made up", () => {
    expect(labelOf("She is now a three-time.", 3)).toBe("");
  });
});

describe("a band's or a body's size by its 'N-piece' or 'N-strong' compound counts its members", () => {
  it("'The Cardiff five-piece group have been shortlisted' → group members (was 'piece group')", () => {
    expect(exact(at("The Cardiff five-piece group have been shortlisted for four awards at the ceremony next month.", 5))).toEqual(want(5, undefined, undefined, "group members", "count"));
  });

  it("'the eight-piece band' → band members; 'a 30-strong squad' → squad members", () => {
    expect(at("Fans cheered as the eight-piece band took the stage.", 8).label).toBe("band members");
    expect(at("A 30-strong squad flew out on Monday.", 30).label).toBe("squad members");
  });

  it("near misses: a kit of pieces is no body ('a 12-piece tool kit'), a crowd has no members ('a 5,000-strong crowd')", () => {
    expect(at("She bought a 12-piece tool kit in the sale.", 12).label).toBe("piece tool kit");
    expect(at("A 5,000-strong crowd watched the match.", 5000).label).toBe("crowd");
  });
});
