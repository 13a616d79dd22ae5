// The first of a coordinated pair of bare counts counts the noun after the second (paired-noun.ts): "The firm will cut
// 700 and 400 jobs" read '700 — cut' and '400 — jobs', the first with the verb alone and the second without it.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("paired-noun.ts: 'VERB N and M NOUN' counts NOUN twice, with the verb", () => {
  it("'The firm will cut 700 and 400 jobs at two plants.' → 700 — jobs cut", () => {
    expect(exact(at("The firm will cut 700 and 400 jobs at two plants.", 700))).toEqual(want(700, undefined, undefined, "jobs cut", "count"));
  });

  it("'The firm will cut 700 and 400 jobs at two plants.' → 400 — jobs cut: the second takes the verb before the pair", () => {
    expect(exact(at("The firm will cut 700 and 400 jobs at two plants.", 400))).toEqual(want(400, undefined, undefined, "jobs cut", "count"));
  });

  it("'The blasts killed 30 and 40 people.' → 30 — people killed, a toll", () => {
    const f = at("The blasts killed 30 and 40 people.", 30);
    expect([exact(f), f.kind]).toEqual([want(30, undefined, undefined, "people killed", "count"), "casualties"]);
  });

  it("'About 60 and 30 people were hurt in Paris and Lyon.' → about 60 — people hurt in Paris", () => {
    expect(exact(at("About 60 and 30 people were hurt in Paris and Lyon.", 60))).toEqual(want(60, "about", undefined, "people hurt in Paris", "count"));
  });

  it("'About 60 and 30 people were hurt in Paris and Lyon.' → 30 — people hurt in Lyon", () => {
    expect(exact(at("About 60 and 30 people were hurt in Paris and Lyon.", 30))).toEqual(want(30, undefined, undefined, "people hurt in Lyon", "count"));
  });

  it("near miss: 'They lost six matches out of eight and five straight.' → eight — matches lost: 'straight' is no noun", () => {
    expect(labelOf("They lost six matches out of eight and five straight.", 8)).toBe("matches lost");
  });

  it("near miss: 'He struck in the 85th and 90th minutes.' → 85th counts no minutes: ordinals", () => {
    expect(labelOf("He struck in the 85th and 90th minutes.", 85)).toBe("");
  });

  it("near miss: 'Nadal passes Roddick to go 15-40 and two set points up.' → 15-40 counts no set points: a score", () => {
    expect(labelOf("Nadal passes Roddick to go 15-40 and two set points up.", 15)).toBe("");
  });

  it("near miss: 'Makers have committed to creating 14 and 15 inch screens.' → 15 inches — screens: a unit's pair", () => {
    expect(exact(at("Makers have committed to creating 14 and 15 inch screens.", 15))).toEqual(want(15, undefined, "inches", "screens", "measure"));
  });

  it("near miss: 'Channel 4 and 600 viewers complained.' → 4 counts no viewers: a name's number", () => {
    expect(labelOf("Channel 4 and 600 viewers complained.", 4)).toBe("");
  });
});

// Mutation sweep 45's Q08: a name opening the second's noun phrase kept the first from it, a guard that only blocked a
// right reading ('He scored 3 and 4 Premier League goals' carded 4 alone, the 3 no candidate); gone, a run-on through a
// name is told by run-on-pair.ts.
describe("paired-noun.ts: a name opening the pair's noun", () => {
  it("'He scored 3 and 4 Premier League goals.' → 3 — Premier League goals", () => {
    expect(exact(at("He scored 3 and 4 Premier League goals.", 3))).toEqual(want(3, undefined, undefined, "Premier League goals", "count"));
  });

  it("near miss: 'The team won 2 and 3 Arsenal players were booked.' → 2 is no count of players: a run-on", () => {
    expect(labelOf("The team won 2 and 3 Arsenal players were booked.", 2)).not.toMatch(/players/);
  });
});
