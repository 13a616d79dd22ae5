// Ranks and ordinals: the place a subject took ('came second', 'at number three', 'in 15th place', 'was rated number
// 67'), labelled by what it ranks or who took it, and ordinals that order nothing: a role ('fourth official'), a place in
// a picture ('third right') (ordinals.ts, rank-place.ts, at-number.ts, came-place.ts); scores that look like counts
// ('rounds of 66 and 67', 'closed on 373 for six').
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, exactOnly, figs, labelOf, listed, typedList, want } from "#test/helpers/figures.ts";

describe("a bare ordinal after 'came', 'finished' or 'placed' is the place its subject took (K: 'Princess Diana came second', 'Queen Elizabeth I came sixth' never read)", () => {
  it("'The grey mare finished sixth in the Derby': sixth, place in the Derby", () => {
    expect(exact(at("The grey mare finished sixth in the Derby.", 6))).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "place in the Derby", type: "rank" });
  });

  it("'Tom Daley came second, just ahead of his rival': second, place of Tom Daley", () => {
    expect(exact(at("Tom Daley came second, just ahead of his rival.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "place of Tom Daley", type: "rank" });
  });

  it("'Mercedes kept up the pressure on the champions with Hamilton finishing second': the noun right before an '-ing' form", () => {
    expect(exact(at("Mercedes kept up the pressure on the champions with Hamilton finishing second.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "place of Hamilton", type: "rank" });
  });

  it("'Yesterday King Henry I came fifth and Edward came third': a regnal 'I' is no pronoun", () => {
    expect(exact(at("Yesterday King Henry I came fifth and Edward came third.", 5))).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "place of King Henry I", type: "rank" });
  });
});

describe("a rank labelled 'place' or 'position' alone takes what the sentence says it ranks (J: '59th — position', '42nd — position')", () => {
  it("'the sextant from 1731 (59th position)': the thing before the bracket, past its year", () => {
    expect(exact(at("Other gadgets in the list include the sextant from 1731 (59th position) and the marine chronometer.", 59))).toEqual({ value: 59, qualifier: undefined, unit: undefined, label: "position of sextant", type: "rank" });
  });

  it("'Tottenham are in seventh place in the table': the ranking it is in", () => {
    expect(exact(at("Tottenham are in seventh place in the table with eight games remaining.", 7))).toEqual({ value: 7, qualifier: undefined, unit: undefined, label: "place in the table", type: "rank" });
  });
});

describe("rank-place.ts", () => {
  it("'Steve Bruce's side are in 15th place.': a name opening the sentence keeps its capital (mutant: 'steve')", () => {
    expect(exactOnly("Steve Bruce's side are in 15th place.")).toEqual({ value: 15, qualifier: undefined, unit: undefined, label: "place of Steve Bruce's side", type: "rank" });
  });
});

describe("a place 'at number N' is a rank (J: the Walkman's 'number three' and the iPod's 'number 12', missed)", () => {
  it("'includes the Sony Walkman at number three': place of Sony Walkman", () => {
    expect(exact(at("The magazine's top 100 list of gadgets includes the Sony Walkman at number three.", 3))).toEqual({ value: 3, qualifier: undefined, unit: undefined, label: "place of Sony Walkman", type: "rank" });
  });

  it("'the Apple iPod, is at number 12 in the list': place in the list", () => {
    expect(exact(at("The most popular gadget of the moment, the Apple iPod, is at number 12 in the list.", 12))).toEqual({ value: 12, qualifier: undefined, unit: undefined, label: "place in the list", type: "rank" });
  });

  it("'talks at No 10' is Downing Street, no rank", () => {
    expect(figs("The minister held talks at No 10 with the party's reception guests.")).toEqual([]);
  });
});

describe("at-number.ts", () => {
  it("'The song went into the charts at number 11.': a ranking before 'at' is what the place is in (mutant: read as the thing placed)", () => {
    expect(exactOnly("The song went into the charts at number 11.")).toEqual({ value: 11, qualifier: undefined, unit: undefined, label: "place in the charts", type: "rank" });
  });
  it("'The album made its debut at number six.': an entry into a ranking (mutant: 'place of debut')", () => {
    expect(exactOnly("The album made its debut at number six.")).toEqual({ value: 6, qualifier: undefined, unit: undefined, label: "place on debut", type: "rank" });
  });
});

describe("a place a verb put the subject at ('was rated number 67') is a rank the card may hold", () => {
  it("'this year it was rated number 67, the second worst supermarket': rank 67, rating, a card candidate", () => {
    const text = "This year it was rated number 67, the second worst supermarket.";
    expect(everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.candidate])).toEqual([["number 67", true]]);
    expect(exact(at(text, 67))).toEqual({ value: 67, qualifier: undefined, unit: undefined, label: "rating", type: "rank" });
  });

  it("not 'my number one fan', which places nothing", () => {
    expect(figs("He is my number one fan, she said.")).toEqual([]);
  });
});

describe("a second of what its owner won", () => {
  it("'won his second career title': an ordinal, labelled by the title", () => {
    expect(exact(at("Roddick won his second career title on Sunday.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "career title", type: "ordinal" });
  });
});

describe("an ordinal glued to its compound ('88th-minute') is an ordinal, not an identifier", () => {
  it("'his 88th-minute winner': a match minute, typed ordinal and named by what happened in it", () => {
    expect(at("Edwards is congratulated by his Wolves team-mates following his 88th-minute winner against Leeds.", 88)).toMatchObject({ display: "88th-minute", type: "ordinal", kind: "rank", label: "minute winner" });
  });

  it("'a 4th-round tie': an ordinal of another compound is listed as one and stays off the card, as 'fourth-round' does", () => {
    expect(listed("They won the 4th-round tie against Leeds.")).toEqual([expect.objectContaining({ value: 4, type: "ordinal", candidate: false })]);
  });
});

describe("an ordinal that names a role orders nothing (pattern 6)", () => {
  it("'by fourth official Phil Crossley', 'the third umpire': no figure", () => {
    expect(figs("The game was stopped by fourth official Phil Crossley.")).toEqual([]);
    expect(figs("The third umpire gave him out.")).toEqual([]);
  });

  it("'his fourth official visit' counts visits", () => {
    expect(exact(at("It was his fourth official visit to China.", 4))).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "official visit", type: "ordinal" });
  });
});

describe("a caption's place in the picture is no figure", () => {
  it("'Sanchez (third right)', 'Barry Lyttle (3rd right)', '(second from left)' leave the card", () => {
    expect(figs("Sanchez (third right) turns away in celebration as the players lay crumpled on the ground.")).toEqual([]);
    expect(figs("Barry Lyttle (3rd right) arrives at the Downing Centre Court in Sydney on Friday.")).toEqual([]);
    expect(listed("Mario Balotelli (fifth from left) arrives for the service.")).toEqual([expect.objectContaining({ value: 5, type: "ordinal", candidate: false })]);
  });

  it("a place in a race is still read: 'finished third, right behind Bolt'", () => {
    expect(listed("He finished third, right behind Bolt.")[0]?.label).not.toBe("place in picture");
  });
});

describe("scores and ranks", () => {
  it("'rounds of 73, 69, 68 and 73' are a golfer's scores; '72 rounds of ammunition' a count", () => {
    expect(typedList("He posted rounds of 66 and 67 to lead.")).toEqual([
      ["66", "score", false],
      ["67", "score", false],
    ]);
    expect(at("Police found 72 rounds of ammunition.", 72)).toMatchObject({ type: "count" });
  });

  it("'shot a 68', 'carded a superb 64', 'a closing 66', 'muster a 75': a round's score, typed score and off the card (BF shape 15: '68 — Smith shot', a count)", () => {
    expect(typedList("On Friday Smith shot a 68 to tie the course record for rounds without a bogey, set in 1998.")).toEqual([
      ["68", "score", false],
      ["1998", "year", false],
    ]);
    expect(typedList("Jones carded a superb 64 in the first round.")).toContainEqual(["64", "score", false]);
    expect(typedList("The Welshman finished fourth after a closing 66.")).toContainEqual(["66", "score", false]);
    expect(typedList("Brown's closing 65 lifted him into third place.")).toContainEqual(["65", "score", false]);
    expect(typedList("Both men carded 69 to sit a shot behind.")).toContainEqual(["69", "score", false]);
    // An article before a bare number makes it one thing, never a count: a frame's break, a century.
    expect(typedList("Mickelson could only muster a 75 to tumble down the leaderboard.")).toEqual([["75", "score", false]]);
    expect(typedList("Higgins rattled up a 51 to win the frame.")).toEqual([["51", "score", false]]);
  });

  it("a count, a measure or an age after 'a' keeps its noun: 'fired 60 rounds', 'a further 60', 'an 84 inch screen', 'a 70 year old'", () => {
    expect(at("Police fired 60 rounds at the car.", 60)).toMatchObject({ type: "count" });
    expect(at("Officers shot 70 wild boar in a week.", 70)).toMatchObject({ type: "count" });
    // "shot" and "fired" with no article, or past an object or a clause, hit people: "shot dead 60", "a warning that 60".
    expect(listed("Gunmen shot 70 outside the mosque.").find((f) => f.value === 70)?.type).toBe("count");
    expect(listed("Gunmen shot dead 60 in the square.").find((f) => f.value === 60)?.type).toBe("count");
    expect(listed("Smith fired a warning that 60 would follow.").find((f) => f.value === 60)?.type).not.toBe("score");
    // A round's score lies in a round's range: a referee "carded 11 in the first half" booked players.
    expect(listed("The referee carded 11 in the first half.").find((f) => f.value === 11)?.type).not.toBe("score");
    expect(listed("It was a 2 or 3 day job.").find((f) => f.value === 2)?.type).not.toBe("score");
    expect(at("A further 60 were injured in the blast.", 60)).toMatchObject({ type: "count" });
    expect(at("The flat has an 84 inch television.", 84)).not.toMatchObject({ type: "score" });
    expect(listed("A 70 year old man was arrested.").find((f) => f.value === 70)).toMatchObject({ type: "age" });
    expect(at("Wages saw a 20 to 30 per cent rise.", 20)).toMatchObject({ type: "percent" });
    expect(listed("He carries a 71 per-cent knockout rate.").find((f) => f.value === 71)?.type).not.toBe("score");
  });

  it("'closed on 373 for six' is a cricket score; '203-946-6304' a phone number, not a range", () => {
    expect(typedList("England closed on 373 for six, a lead of 74.")).toContainEqual(["373", "score", false]);
    expect(at("He paid 300 for two tickets.", 300)).toMatchObject({ type: "count" });
    expect(typedList("Contact them at 203-946-6304.")).toEqual([["203-946-6304", "identifier", false]]);
  });

  it("'No. 1 contender' is a place in a ranking, as 'No 1' is", () => {
    expect(typedList("Fury is No. 1 contender for the WBO strap.")).toEqual([["1", "rank", false]]);
  });
});

describe("a place 'came in at number N in the' ranking takes the ranking (ordinals.ts)", () => {
  it("'The Department of Health came in at number 10 in the survey' → place in the survey", () => {
    expect(exact(at("The Department of Health came in at number 10 in the survey of where most Australians want to work.", 10))).toEqual(want(10, undefined, undefined, "place in the survey", "rank"));
  });

  it("no ranking after it: 'The song came in at number 10 on Sunday' keeps place", () => {
    expect(labelOf("The song came in at number 10 on Sunday.", 10)).toBe("place");
  });

  it("no 'the' after 'in': 'came in at number 10 in two charts' keeps place", () => {
    expect(labelOf("The song came in at number 10 in two charts.", 10)).toBe("place");
  });

  it("another verb: 'It was rated number 67 in the survey' keeps its rating", () => {
    expect(labelOf("This year it was rated number 67 in the survey.", 67)).toBe("rating");
  });
});
