// Qualifiers: a hedge or a judging word before an amount ('in the region of', 'as little as', 'an astonishing', a
// '-plus' after it) qualifies it and is never what it counts; 'about' after a verb of thought is no hedge (read-core.ts,
// plus.ts, about-verb.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, exactOnly, figs, listed, typedList } from "#test/helpers/figures.ts";

describe("'in the region of', 'in the order of' hedge an amount like 'about' and are never what it counts", () => {
  it("'for a fee in the region of £12million': the fee", () => {
    expect(at("The Switzerland international joined the Italians in January for a fee in the region of £12million.", 12e6)).toMatchObject({ display: "in the region of £12million", qualifier: "in the region of", unit: "GBP", type: "money", label: "fee" });
    // "somewhere" before it is part of the hedge (was "worth").
    expect(at("Promotion is worth somewhere in the region of £120million.", 120e6)).toMatchObject({ qualifier: "somewhere in the region of", unit: "GBP", type: "money", label: "promotion" });
  });
});

describe("a hedge before an amount ('as little as', 'a mere', 'an average of') qualifies it and is never what it counts", () => {
  it("'spending an average of £1,840 a year': yearly spending, an average", () => {
    expect(at("It has seen us stave off the hunger pangs with soggy sandwiches, spending an average of £1,840 a year.", 1840)).toMatchObject({ qualifier: "an average of", unit: "GBP", type: "money", label: "spending a year" });
  });

  it("'has come down to as little as £34': the price of the printers, not 'little'", () => {
    expect(at("The price of inkjet printers has come down to as little as £34 but running costs are high.", 34)).toMatchObject({ qualifier: "as little as", unit: "GBP", type: "money", label: "inkjet printers" });
  });

  it("'a ticket now costs a mere £20': the ticket's price, not 'mere'", () => {
    expect(at("A ticket now costs a mere £20.", 20)).toMatchObject({ qualifier: "a mere", unit: "GBP", type: "money", label: "ticket" });
  });
});

describe("a word that judges an amount ('an astonishing 286', 'a whopping £1,288') is never what it counts", () => {
  it("'has scored an astonishing 286 from a potential 300', in a sentence of points: points scored, out of the 300", () => {
    const text = "If you include the double points for the final race of last season, Hamilton has scored an astonishing 286 from a potential 300.";
    expect(exact(at(text, 286))).toEqual({ value: 286, qualifier: undefined, unit: undefined, label: "points scored", type: "count" });
    // The most there could have been is the whole the count is out of, as '210 of the 400 seats': no figure of its own.
    expect(listed(text).find((n) => n.value === 300)).toMatchObject({ candidate: false, type: "count" });
  });

  it("money: the verb, the 'of' or the 'worth' before the amount's article names it", () => {
    expect(exact(at("His films have grossed an astounding $2.3 billion.", 2.3e9))).toEqual({ value: 2.3e9, qualifier: undefined, unit: "USD", label: "box office takings", type: "money" });
    expect(at("Ospina cost a paltry £3million.", 3e6)).toMatchObject({ unit: "GBP", type: "money", label: "cost" });
    expect(at("The bill came to a whopping £1,288.", 1288)).toMatchObject({ unit: "GBP", type: "money", label: "bill" });
    expect(at("Cooking at home means a saving of a whopping £1,288.", 1288)).toMatchObject({ unit: "GBP", type: "money", label: "saving" });
  });

  it("a count: its verb before the article ('sold a staggering 300', 'lost an impressive 3st')", () => {
    expect(at("The company has sold a staggering 300 since March.", 300)).toMatchObject({ type: "count", label: "sold" });
    expect(at("By February Mr Forrest had lost an impressive 3st.", 3)).toMatchObject({ unit: "st", type: "measure", label: "weight lost" });
  });

  it("a bare 'scored 12' with no judging word stays as it was (no new candidate)", () => {
    // The points of the count beside it (sharedUnit), not a tally the judging-word rule found.
    expect(listed("Lou Williams had 16 points and Terrence Ross scored 12.").find((n) => n.value === 12)).toMatchObject({ value: 12, label: "points", type: "count" });
  });
});

describe("'about' after a verb of thought or speech is the verb's preposition, not a hedge (pattern 10)", () => {
  it("'I'm thinking about two dudes': two, unhedged", () => {
    expect(exact(at("When I'm talking about Mayweather-Pacquiao, I'm thinking about two dudes strictly in the boxing ring.", 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "dudes", type: "count" });
  });

  it("'We waited about two hours' still hedges", () => {
    expect(at("We waited about two hours.", 2).qualifier).toBe("about");
  });
});

describe("'-plus' after an amount says more than it (J: '£30 — m-plus bid', a value error)", () => {
  it("'test Liverpool with a £30m-plus bid': more than £30m, a bid", () => {
    expect(exact(at("It is expected Chelsea will test Liverpool with a £30m-plus bid in the summer.", 30000000))).toEqual({ value: 30000000, qualifier: "more than", unit: "GBP", label: "bid", type: "money" });
  });
});

describe("plus.ts", () => {
  it("'He scored 25-plus goals last season.': more than 25 goals, a count with a noun after it (mutant: only money and shares)", () => {
    expect(exactOnly("He scored 25-plus goals last season.")).toEqual({ value: 25, qualifier: "more than", unit: undefined, label: "goals", type: "count" });
  });
  it("'He scored around 25-plus goals.': the writer's own hedge stays (mutant: 'more than' over it)", () => {
    expect(exactOnly("He scored around 25-plus goals.")).toEqual({ value: 25, qualifier: "around", unit: undefined, label: "goals", type: "count" });
  });
});

describe("plus.ts: a bare '-plus' that counts nothing is no figure", () => {
  it("'He has scored 25-plus.' has no figure (was '25-plus — pluses')", () => {
    expect(figs("He has scored 25-plus.")).toEqual([]);
  });
  it("'He had four scores of 70-plus.': the four scores alone, not 70 'pluses'", () => {
    expect(exactOnly("He had four scores of 70-plus.")).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "scores", type: "count" });
  });
  it("'The survey of 2,100 Britons aged 16-plus revealed it.': off the card, '16-plus' is still listed as an age", () => {
    const listed = everyNumber(articleSentences({ paragraphs: ["The survey of 2,100 Britons aged 16-plus revealed it."] }));
    expect(listed.map((n) => [n.display, n.type, n.candidate])).toEqual([["2,100", "count", true], ["16-plus", "age", false]]);
  });
});

describe("a number whose hedge is capitalised inside the sentence is a word of a title or a name, not a count", () => {
  it("'I Was Only 19', 'the Under 21 side' are names; a hedge after punctuation or half in lower case starts a clause", () => {
    expect(typedList("A YouTube video shows I Was Only 19 being performed at the protest.")).toEqual([["Only 19", "identifier", false]]);
    expect(typedList("He played 90 minutes for the Under 21 side on Tuesday.")).toContainEqual(["Under 21", "identifier", false]);
    expect(at("He said: 'About 40 people came.'", 40)).toMatchObject({ display: "About 40", qualifier: "about", label: "people", type: "count" });
    expect(at("Fans protested on Saturday afternoon At least 10,000 supporters stayed away.", 10000)).toMatchObject({ qualifier: "at least", label: "supporters" });
  });
});
