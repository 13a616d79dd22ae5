// A count in a case put, not reported: a speaker's own "I'd be … with two or three kids" (self-conditional.ts) and a
// conditional imperative, "Drop three games next month and they will call me a fool" (imperative-condition.ts). Blind
// sample BA's made-up shapes S8 and S9: junk on a card ('two or three — kids', 'three — games'); nothing happened.
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("a speaker's own conditional: no candidate (S8)", () => {
  it("'\"Otherwise I'd be a nurse now with two or three kids,\" she said.'", () => {
    expect(typedList("\"Otherwise I'd be a nurse now with two or three kids,\" she said.")).toEqual([["two or three", "count", false]]);
  });
  it("'We would have 12 players fit by now without the virus.': 'we' and 'would' apart, 'have'", () => {
    expect(typedList("We would have 12 players fit by now without the virus.")).toEqual([["12", "count", false]]);
  });
  it("'I would probably have won three titles by now.': one adverb between the modal and its verb", () => {
    expect(typedList("I would probably have won three titles by now.")).toEqual([["three", "count", false]]);
  });
});

describe("near misses: what happened, or a conditional not the number's, stays (S8)", () => {
  it("'She said it would cut 300 jobs.': reported speech's 'would' is a plan the story reports", () => {
    expect(exactOnly("She said it would cut 300 jobs.")).toEqual(want(300, undefined, undefined, "jobs cut", "count"));
  });
  it("'She said the firm would have 300 fewer staff by June.': a 'would have' reported of a third party", () => {
    expect(typedList("She said the firm would have 300 fewer staff by June.")).toEqual([["300", "count", true]]);
  });
  it("'I'd have stayed longer; 20 fans were still waiting.': a mark ends the case's clause", () => {
    expect(typedList("I'd have stayed longer; 20 fans were still waiting.")).toEqual([["20", "count", true]]);
  });
  it("'I wouldn't have scored 30 goals without him.': a negated conditional says the goals were scored", () => {
    expect(typedList("I wouldn't have scored 30 goals without him.")).toEqual([["30", "count", true]]);
  });
  it("'I'd be lying if I said the 20 goals did not matter.': the number's clause is the 'if' clause's", () => {
    expect(typedList("I'd be lying if I said the 20 goals did not matter.")).toEqual([["20", "count", true]]);
  });
  it("'I'd be getting $25 billion extra each year,' he said: money in a speaker's case is the claim argued, kept", () => {
    expect(typedList("'I'd be getting $25 billion extra each year,' he said.")).toEqual([["$25 billion", "money", true]]);
  });
  it("'I would be prepared to go down to 20 weeks.': a stance the speaker takes, reported", () => {
    expect(typedList("I would be prepared to go down to 20 weeks.")).toEqual([["20", "duration", true]]);
  });
  it("'I'd like to thank the 30,000 fans.': a wish, no 'be' or 'have'", () => {
    expect(typedList("I'd like to thank the 30,000 fans.")).toEqual([["30,000", "count", true]]);
  });
});

describe("a conditional imperative: no candidate (S9)", () => {
  it("'Drop three games next month and they will call me a fool.'", () => {
    expect(typedList("Drop three games next month and they will call me a fool.")).toEqual([["three", "count", false]]);
  });
  it("'\"Lose two more matches and the coach'll be sacked,\" he said.': a quote opens it, a contracted 'will'", () => {
    expect(typedList("\"Lose two more matches and the coach'll be sacked,\" he said.")).toEqual([["two", "count", false]]);
  });
  it("'Score just 20 goals this season and you'll get a new contract.': a qualifier read with the number", () => {
    expect(typedList("Score just 20 goals this season and you'll get a new contract.")).toEqual([["just 20", "count", false]]);
  });
  it("'Win another three games and they will give me a medal.': one word between the verb and the number", () => {
    expect(typedList("Win another three games and they will give me a medal.")).toEqual([["three", "count", false]]);
  });
  it("'Lose two more matches, and he will be sacked.': a comma before 'and'", () => {
    expect(typedList("Lose two more matches, and he will be sacked.")).toEqual([["two", "count", false]]);
  });
});

describe("near misses: a fact or a statement stays (S9)", () => {
  it("'Meet the 10 women changing fashion: they will all be at the show.': no 'and' before the future", () => {
    expect(typedList("Meet the 10 women changing fashion: they will all be at the show.")).toEqual([["10", "count", true]]);
  });
  it("'Tesco's 300 stores will close, and Asda will open more.': the number's clause has its own verb", () => {
    expect(typedList("Tesco's 300 stores will close, and Asda will open more.")).toEqual([["300", "count", true]]);
  });
  it("'These three games matter and they will decide the title.': a determiner opens it, no imperative", () => {
    expect(typedList("These three games matter and they will decide the title.")).toEqual([["three", "count", true]]);
  });
  it("'Around 300 jobs went and more will follow.': a clause opened by an adverb, not a verb", () => {
    expect(typedList("Around 300 jobs went and more will follow.")).toEqual([["Around 300", "count", true]]);
  });
  it("'Drop three games next month and they called me a fool.': no future after 'and'", () => {
    expect(typedList("Drop three games next month and they called me a fool.")).toEqual([["three", "count", true]]);
  });
});

describe("lives-saved.ts: lives a speaker hopes to save are lives to be saved, not a toll (blind sample BB's made-up shape 2)", () => {
  it("''Giving up a season is nothing if it means four lives get saved,' she said.' → 4 — lives to be saved", () => {
    // Was '4 — lives', a casualty count: it read as four lives lost.
    expect(exactOnly("'Giving up a season is nothing if it means four lives get saved,' she said.")).toEqual(want(4, undefined, undefined, "lives to be saved", "count"));
  });
  it("'would save 65 lives a year', 'can be expected to save around 65 lives a year': a saving projected", () => {
    expect(exactOnly("Cutting the limit would save 65 lives a year, the report said.")?.label).toBe("lives to be saved a year");
    expect(exactOnly("Lowering the limit is expected to save around 65 lives a year.")).toEqual(want(65, "around", undefined, "lives to be saved a year", "count"));
    expect(exactOnly("Up to 12 lives could be saved each year.")?.label).toBe("lives to be saved");
  });
  it("a saving reported is lives saved: 'The new vaccine saved 300 lives last year.', 'lives were saved'", () => {
    expect(exactOnly("The new vaccine saved 300 lives last year.")).toEqual(want(300, undefined, undefined, "lives saved", "count"));
    expect(exactOnly("Thanks to the crew, 12 lives were saved.")?.label).toBe("lives saved");
    expect(exactOnly("The vaccines have saved 300 lives.")?.label).toBe("lives saved");
    expect(exactOnly("The storm passed with 30 lives saved by the crews.")?.label).toBe("lives saved");
    // A hope's word further back than the saving's clause: "to stress that …" hopes nothing.
    expect(exactOnly("It is vital to stress that the new vaccine saved 300 lives.")?.label).toBe("lives saved");
  });
  it("near misses: lives lost or taken stay a toll, 'if' far from the saving, other saved things", () => {
    expect(exactOnly("'It is nothing if it means four lives are lost,' she said.")?.label).toBe("lives");
    expect(exactOnly("The crash took 300 lives.")?.label).toBe("lives");
    expect(exactOnly("The inquiry found 12 lives could have been saved.")?.label).toBe("lives"); // lost, a different past's
    expect(exactOnly("A barrier would have saved 12 lives, the inquiry found.")?.label).toBe("lives");
    expect(exactOnly("The firm saved 300 jobs last year.")?.label).not.toMatch(/saved/);
  });
});
