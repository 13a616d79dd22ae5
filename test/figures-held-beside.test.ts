// A prison term or a distance a person holds whom neither headline nor first sentence names is a comparator's, ranked
// below the story's own of its kind (held-beside.ts, term-holder.ts, role-owner.ts' owner; card audit 54, sample AV's
// made-up shapes 1 and M4). Every sentence here is made up.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, want } from "#test/helpers/figures.ts";

/** The paragraphs' candidates, every sentence equally salient, under a headline naming no one. */
function candidates(paragraphs: string[]) {
  return cardCandidates(articleSentences({ paragraphs }), { salience: paragraphs.map(() => 1), headline: "News in brief" });
}

/** The card of `limit` figures of these paragraphs. */
const card = (paragraphs: string[], limit: number) => pickFigures(candidates(paragraphs), paragraphs.length, limit, CARD_WEIGHTS).map(exact);

/** Each candidate's value and whether it is marked another's. */
const marks = (paragraphs: string[]) => candidates(paragraphs).map((c) => [c.figure.value, c.signals.other]);

const term = (value: number, label: string) => want(value, undefined, "months", label, "duration");
const yards = (value: number, label: string) => want(value, undefined, "yards", label, "measure");

describe("held-beside.ts: another's term or distance ranks below the story's own", () => {
  it("a bookkeeper's earlier term no longer keeps the subject's own, said last, off a three-figure card", () => {
    // Was £90,000, 40 donors, 30 months: the two terms share a label, so the second paid the repeat penalty.
    const paragraphs = [
      "Carl Hobbs, 52, stole £90,000 from the charity he ran, a court heard.",
      "His bookkeeper Nina Shah was jailed for 30 months in 2022 for her part in it.",
      "The charity lost 40 donors.",
      "The judge jailed Hobbs for 18 months.",
    ];
    expect(card(paragraphs, 3)).toEqual([want(90000, undefined, "GBP", "stolen", "money"), want(40, undefined, undefined, "donors lost", "count"), term(18, "Hobbs's prison term")]);
  });

  it("a compared player's distance, and the same distance said again without him, rank below the subject's own", () => {
    // Was 66 — winger Pell's goal first: a bare distance weighs more than the subject's "55-yard chip" compound.
    const paragraphs = [
      "Harlan Okafor stunned the crowd with a 55-yard chip on Sunday.",
      "Winger Jon Pell, famed for his free kicks, scored from 66 yards in 2004.",
      "The winger struck a 66-yard volley that day.",
      "Okafor's chip was clocked at 41 mph.",
    ];
    expect(marks(paragraphs)).toEqual([[55, false], [66, true], [66, true], [41, false]]);
    // The chip before its own speed: a feat's distance no longer weighs 0.6 as a describing compound (feat-distance.ts,
    // rank49: issue 12's brief names this order wrong); the held-beside marks and Pell's 66 last are as they were.
    expect(card(paragraphs, 3)).toEqual([yards(55, "chip"), want(41, undefined, "mph", "speed", "measure"), yards(66, "winger Pell's goal")]);
  });

  it("near miss: a headline naming the compared player makes his distance the story's own", () => {
    const s = articleSentences({ paragraphs: ["Harlan Okafor stunned the crowd with a 55-yard chip on Sunday.", "Winger Jon Pell scored from 66 yards in 2004."] });
    const other = cardCandidates(s, { salience: [1, 1], headline: "Pell's 2004 goal beaten at last" }).map((c) => [c.figure.value, c.signals.other]);
    expect(other).toEqual([[55, false], [66, false]]);
  });

  it("near miss: the subject named first in the second sentence keeps his term, with only an accomplice's beside it", () => {
    // No term of the first sentence and none of a person it names: neither term is plainly the story's own.
    const paragraphs = ["A charity boss who stole from the poor has been jailed.", "Carl Hobbs, 52, was jailed for 18 months.", "Accomplice Nina Shah was jailed for 30 months."];
    expect(marks(paragraphs)).toEqual([[18, false], [30, false]]);
  });

  it("near miss: an unowned distance of another sentence is not the story's own ('three yards from goal' beside a named shot)", () => {
    const paragraphs = ["Ben Ode saved his side with a late goal.", "Forward Ivan Roth hit a shot from 35 yards.", "Later Ode was left three yards from goal."];
    expect(marks(paragraphs)).toEqual([[35, false], [3, false]]);
  });

  it("near miss: a money owner keeps its mark without a sibling (owner.ts' amounts are not held figures)", () => {
    expect(marks(["Ask Jeeves thanked a revival in internet advertising.", "During the same quarter, Yahoo earned $187m."])).toEqual([[187e6, true]]);
  });
});

describe("term-holder.ts: whose prison term it is", () => {
  const holder = (second: string) => marks(["Carl Hobbs stole from the charity he ran, a court heard on Monday.", second, "The judge jailed Hobbs for 18 months."]);

  it("'Pike, 41, was later jailed in May for 28 months' → the passive's subject, over an age's aside, an adverb and a month", () => {
    expect(holder("Pike, 41, was later jailed in May for 28 months.")).toEqual([[28, true], [18, false]]);
  });
  it("'The judge jailed Dean Pike for 28 months' → the object's name", () => {
    expect(holder("The judge jailed Dean Pike for 28 months.")).toEqual([[28, true], [18, false]]);
  });
  it("near miss: 'He was jailed for 28 months' → a pronoun names no one", () => {
    expect(holder("He was jailed for 28 months.")).toEqual([[28, false], [18, false]]);
  });
  it("near miss: 'The roofer was jailed for 28 months' → a determiner names no one", () => {
    expect(holder("The roofer was jailed for 28 months.")).toEqual([[28, false], [18, false]]);
  });
  it("'Roofer Dean Pike was jailed for 28 months' → the name, not the sentence's first capital, a word of the story's subject", () => {
    const paragraphs = ["Carl Hobbs paid a roofer from the charity he ran, a court heard.", "Roofer Dean Pike was jailed for 28 months.", "The judge jailed Hobbs for 18 months."];
    expect(marks(paragraphs)).toEqual([[28, true], [18, false]]);
  });
});
