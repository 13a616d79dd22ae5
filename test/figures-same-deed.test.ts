// A toll or a deed said again by the group it was done to ("his seven children were discovered dead … seven of the
// eight victims") is one fact on the card (issue 12: "the same fact said twice is kept once"); the same number of
// people a different deed was done to ("five killed … five arrested"), or who are said not to have suffered it, or who
// did it to others, stay a second fact (same-deed.ts).
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const rows = (text: string) => figs(text).map((f) => `${f.value} — ${f.label}`);

describe("a toll said again by the group it was done to is kept once", () => {
  it("'his seven children were discovered dead' / 'seven of the eight victims': one toll", () => {
    expect(rows("A Maryland father and his seven children were discovered dead on Monday. Police said seven of the eight victims were juveniles.")).toEqual([
      "7 — children",
    ]);
  });

  it("'Five nursing students tragically died' / 'All five of the dead': one toll, past an adverb", () => {
    expect(rows("Five nursing students tragically died in a crash on Wednesday. All five of the dead were from Georgia Southern University.")).toEqual([
      "5 — nursing students",
    ]);
  });

  it("'four people died' / 'four passengers … were dead': one toll, the passive a few words on", () => {
    expect(rows("Police say four people died when a small plane crashed in woodland. The four passengers on board were all dead.")).toEqual([
      "4 — people died",
    ]);
  });

  it("'had questioned five suspects who were then charged' / 'Five men were charged': the clause's deed, whatever the label's own", () => {
    expect(rows("Five men were charged with kidnap on Friday. Detectives had questioned five suspects who were then charged.")).toEqual(["5 — men charged"]);
  });

  it("a deed other than a toll: 'Five men were charged' / 'the five suspects had been formally charged': one count", () => {
    expect(rows("Five men were charged with kidnap on Friday. Detectives said the five suspects had been formally charged.")).toEqual([
      "5 — men charged",
    ]);
  });
});

describe("the same number of people a different deed was done to stays a second fact", () => {
  it("'Five people were killed' / 'five men were arrested': two facts", () => {
    expect(rows("Five people were killed in the riot on Sunday. Police said five men were arrested at the scene.")).toEqual([
      "5 — people killed",
      "5 — men arrested",
    ]);
  });

  it("'Two people died' / 'two firefighters were injured': a toll and an injury count are two facts", () => {
    expect(rows("Two people died in the blast on Friday. Two firefighters were injured fighting the fire.")).toEqual([
      "2 — people died",
      "2 — firefighters injured",
    ]);
  });

  it("near miss: '265 victims injured' / 'At least 265 people were injured': 'victims' names no deed of its own, so one toll", () => {
    expect(rows("The fires killed 56 people and left 265 victims injured. At least 265 people were injured in all, officials said.")).toEqual([
      "56 — people killed",
      "265 — victims",
    ]);
  });

  it("'Hundreds of people died' / 'Hundreds of cattle were also found dead': vague amounts tell nothing, so two facts", () => {
    expect(rows("Hundreds of people died in the floods last week. Hundreds of cattle were also found dead in the fields.")).toEqual([
      "100 — people died",
      "100 — cattle",
    ]);
  });

  it("'the five men were then taken away and arrested': an arrest the label missed is still no toll", () => {
    expect(rows("Five people were killed in the riot. Police said the five men were then taken away and arrested.")).toEqual(["5 — people killed", "5 — men"]);
  });

  it("'Five men stood by, and guards were killed': a deed past the clause's end is not the count's", () => {
    expect(rows("Five people were killed in the village on Sunday. Five men stood by, and guards were killed.")).toEqual(["5 — people killed", "5 — men"]);
  });

  it("'five inmates did not die': a denied deed is no deed", () => {
    expect(rows("Five prisoners died in custody last year, the report said. Lawyers said five inmates did not die in custody.")).toEqual([
      "5 — prisoners died",
      "5 — inmates",
    ]);
  });

  it("'two car bombings … that killed': what did the deed is not who suffered it", () => {
    expect(rows("Two Turks were killed in a bombing near the consulate. The group also claimed two car bombings in Baghdad that killed a guard.").filter((r) => r.startsWith("2 "))).toEqual([
      "2 — Turks killed",
      "2 — car bombings",
    ]);
  });

  it("'five men … showed up … orders to kill': a deed past the clause's end is not the count's", () => {
    expect(rows("Five people were killed in the village on Sunday. Five men sent by the warlord showed up, with orders to kill.")).toEqual([
      "5 — people killed",
      "5 — men",
    ]);
  });
});

describe("a group said again after the card kept its toll in its place is kept once too (card.ts' said)", () => {
  it("'his seven children were discovered dead' / 'seven of the eight victims' / 'The seven children were five girls and two boys': one 7", () => {
    const text =
      "A father and his seven children were discovered dead on Monday. Police said seven of the eight victims were juveniles. The seven children were five girls and two boys.";
    expect(rows(text).filter((r) => r.startsWith("7 "))).toEqual(["7 — victims"]);
  });

  it("'Five nursing students tragically died' / 'All five of the dead' / 'Losing five students': the deed is no group's noun", () => {
    const text =
      "Five nursing students tragically died in a crash on Wednesday. All five of the dead were from Georgia Southern University. 'Losing five students is almost incomprehensible,' the dean said.";
    expect(rows(text)).toEqual(["5 — dead"]);
  });

  it("near miss: 'He also had four children from a first marriage': the group's noun carries over to its own number only", () => {
    const text =
      "A father and his seven children were discovered dead on Monday. Police said seven of the eight victims were juveniles. He also had four children from a first marriage.";
    expect(rows(text)).toEqual(["7 — victims", "4 — children"]);
  });

  it("near miss: 'There were five other men in the house': a group set apart is another, whatever its label keeps", () => {
    const text = "Five people were killed in the raid. The five men were found dead in a house. There were five other men in the house.";
    expect(rows(text)).toEqual(["5 — people killed", "5 — men"]);
  });

  it("near miss: 'The five men were found dead' / 'five men were arrested': the group's name carries over, another deed does not", () => {
    const text = "Five people were killed in the raid. The five men were found dead in a house. Police said five men were arrested on Sunday.";
    expect(rows(text)).toEqual(["5 — people killed", "5 — men arrested"]);
  });

  it("near miss: 'two reactors' / 'two nuclear reactors' / 'two nuclear facilities': a name carries over by its head noun, not a word beside it", () => {
    const text =
      "The first of two reactors at the plant will restart in July, officials said. The plant's two nuclear reactors are both old. Takahama was one of two nuclear facilities granted approval.";
    expect(rows(text)).toEqual(["2 — reactors", "2 — nuclear facilities"]);
  });

  it("near miss: 'Millions of people', said again of '57 million people', carries no name to 'Fewer than 1 million people'", () => {
    const text = "About 57 million people were hit by the storm on Monday. Millions of people lost power in the storm. Fewer than 1 million people were in the region.";
    expect(rows(text)).toEqual(["57000000 — people hit", "1000000 — people"]);
  });

  it("near miss: a fee, the deal said again, a wage bill of the same sum: the deal's sum carries no name over to the wage bill", () => {
    const text = "Leeds paid a transfer fee of £4 million for the striker. The £4 million deal was agreed on Friday. The club's wage bill has now passed £4 million.";
    expect(rows(text)).toEqual(["4000000 — transfer fee", "4000000 — club's wage bill"]);
  });
});
