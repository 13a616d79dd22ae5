// A share that is the subject of a verb of thinking or saying is labelled by the answer it gave, the verb kept with its
// clause (poll-answer.ts): "expect rents to rise", not the clause's noun alone.
import { describe, expect, it } from "vitest";
import { at, exact, figs, labelOf, want } from "#test/helpers/figures.ts";

describe("a poll share is labelled by its answer", () => {
  it("'A total of 58 per cent said the bridge should be rebuilt': the answer, not 'total'", () => {
    const text = "A total of 58 per cent said the bridge should be rebuilt, while 30 per cent opposed it.";
    expect(exact(at(text, 58))).toEqual(want(58, undefined, "%", "said bridge should be rebuilt", "percent"));
  });
  it("'… while 22 per cent thought they are too slow and 9 per cent say they are often late': each share its own answer", () => {
    const text = "Of those polled, 35 per cent said the buses should run later, while 22 per cent thought they are too slow and 9 per cent say they are often late.";
    expect(exact(at(text, 22))).toEqual(want(22, undefined, "%", "thought they are too slow", "percent"));
    expect(exact(at(text, 9))).toEqual(want(9, undefined, "%", "say they are often late", "percent"));
  });
  it("'Nearly 45% expect their rents to rise next year, while 20% think they will fall.': 45% — expect rents to rise next year", () => {
    const text = "Nearly 45% expect their rents to rise next year, while 20% think they will fall.";
    expect(exact(at(text, 45))).toEqual(want(45, "nearly", "%", "expect rents to rise next year", "percent"));
    expect(exact(at(text, 20))).toEqual(want(20, undefined, "%", "think they will fall", "percent"));
  });
  it("'Around 30 per cent said they were not trained in handling the new machines at all.': cut before its preposition", () => {
    const text = "Around 30 per cent said they were not trained in handling the new machines at all.";
    expect(exact(at(text, 30))).toEqual(want(30, "around", "%", "said they were not trained", "percent"));
  });
});

describe("near misses", () => {
  it("'Some 40 per cent said they would prefer the council to be scrapped entirely.': no answer cut mid-clause", () => {
    const label = labelOf("In a vote on the plan, some 40 per cent said they would prefer the council to be scrapped entirely.", 40);
    expect(label).toBeDefined();
    expect(label).not.toMatch(/^said/);
  });
  it("'Some 40 per cent said they did not think the plan against the council would work at all.': no cut inside a second thought", () => {
    const label = labelOf("In a vote, some 40 per cent said they did not think the plan against the council would work at all.", 40);
    expect(label).not.toMatch(/^said/);
  });
});

describe("a share that took a side is labelled by the side it took", () => {
  it("'… while 18 per cent backed Mr Jones': backed Mr Jones (was 'Mr Jones', the side alone)", () => {
    const text = "Some 40 per cent said they would vote Labour, while 18 per cent backed Mr Jones.";
    expect(exact(at(text, 18))).toEqual(want(18, undefined, "%", "backed Mr Jones", "percent"));
  });
  it("'Of those polled, 35 per cent favoured a curfew and 14 per cent opposed it.': each its own side, a pronoun kept", () => {
    const text = "Of those polled, 35 per cent favoured a curfew and 14 per cent opposed it.";
    expect(exact(at(text, 35))).toEqual(want(35, undefined, "%", "favoured curfew", "percent"));
    expect(exact(at(text, 14))).toEqual(want(14, undefined, "%", "opposed it", "percent"));
  });
  it("'71% supported a smoking ban compared with 20% against': the comparison ends the answer", () => {
    expect(exact(at("The survey found that 71% supported a smoking ban compared with 20% against.", 71))).toMatchObject({ label: "supported smoking ban" });
  });
  it("near miss: 'back' as no verb ('He got 20% back.') is no answer", () => {
    expect(figs("He got 20% back.").map((f) => f.label)).not.toContain("back");
  });
});

describe("an answer stopped by a number leaves out the number's own phrase (poll-answer.ts answerFrom)", () => {
  it("'52 per cent backing Ms Sturgeon with only 30 per cent for Labour': backing Ms Sturgeon, not '… with only'", () => {
    // Was 'backing Ms Sturgeon with only' (BD's share-doing rows left the hedge and its preposition before the next share).
    const text = "The survey found 52 per cent backing Ms Sturgeon with only 30 per cent for Labour.";
    expect(exact(at(text, 52))).toEqual(want(52, undefined, "%", "backing Ms Sturgeon", "percent"));
  });
  it("'… said they would vote for the SNP in 2015': the year's 'in' goes with it", () => {
    expect(labelOf("In the poll, 45 per cent said they would vote for the SNP in 2015.", 45)).toBe("said they would vote for SNP");
  });
  it("near miss: a number with no hedge before it ends the answer as before ('said they had lost 3')", () => {
    expect(labelOf("Of those asked, 40 per cent said they had lost 3 jobs.", 40)).toBe("said they had lost");
  });
  it("near miss: an adverb that ends the clause, no number after it, stays ('would never vote again')", () => {
    expect(labelOf("Some 30 per cent said they would never vote again.", 30)).toBe("said they would never vote again");
  });
});
