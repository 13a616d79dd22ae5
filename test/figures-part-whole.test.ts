// A count said as a part of a total before it ("Those freed included 85 children") never ranks above that total, even
// when a headline word lifts the part (included-part.ts, part-whole.ts; card audit 54, sample AV's made-up shape M1).
// Every sentence here is made up.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, want } from "#test/helpers/figures.ts";

/** The paragraphs' candidates, every sentence equally salient, under `headline`. */
const candidates = (paragraphs: string[], headline: string) => cardCandidates(articleSentences({ paragraphs }), { salience: paragraphs.map(() => 1), headline });

/** The card of `limit` figures. */
const card = (paragraphs: string[], headline: string, limit: number) => pickFigures(candidates(paragraphs, headline), paragraphs.length, limit, CARD_WEIGHTS).map(exact);

/** Each candidate's value and the value of the total it is tied to, if any. */
function wholes(paragraphs: string[], headline = "News in brief") {
  const c = candidates(paragraphs, headline);
  return c.map((x) => [x.figure.value, x.whole === undefined ? undefined : c[x.whole]?.figure.value]);
}

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("part-whole.ts: a part never outranks its own total", () => {
  it("'Those freed included 60 nurses' under 'Freed nurses fly home': the 240 hostages released come first", () => {
    // Was 60 nurses first and, on a one-figure card, the total off: the headline's "nurses" lifted the part alone.
    const paragraphs = ["Rebels have freed a group of hostages held since March.", "The army said the rebels released 240 hostages on Friday.", "Those freed included 60 nurses."];
    expect(card(paragraphs, "Freed nurses fly home", 2)).toEqual([count(240, "hostages released"), count(60, "nurses")]);
    expect(card(paragraphs, "Freed nurses fly home", 1)).toEqual([count(240, "hostages released")]);
  });

  it("'It left 500 families homeless, including 80 farmers' under 'Farmers ruined by storm': the total first, in one sentence", () => {
    const paragraphs = ["The storm hit the coast on Monday.", "It left 500 families homeless, including 80 farmers."];
    expect(card(paragraphs, "Farmers ruined by storm", 2)).toEqual([count(500, "families homeless"), count(80, "farmers")]);
  });

  it("'Among them were 45 students': the total two sentences back, past a smaller count of other people", () => {
    const paragraphs = ["Police arrested 300 people at the rally.", "Two officers were hurt.", "Among them were 45 students."];
    expect(wholes(paragraphs)).toEqual([[300, undefined], [2, undefined], [45, 300]]);
    expect(card(paragraphs, "Students held at rally", 2)).toEqual([count(300, "people arrested"), count(45, "students")]);
  });

  it("'The blast killed 40 people, including 12 police officers': a part of people is a part of a toll", () => {
    expect(wholes(["The blast killed 40 people, including 12 police officers."])).toEqual([[40, undefined], [12, 40]]);
  });

  it("a part of a part lifts both totals above it: 900 killed, 200 children among them, 30 pupils among those", () => {
    const paragraphs = ["The quake killed 900 people, including 200 children.", "Those children included 30 pupils of one school."];
    expect(wholes(paragraphs)).toEqual([[900, undefined], [200, 900], [30, 200]]);
    expect(card(paragraphs, "Pupils among quake dead", 3).map((f) => f?.value)).toEqual([900, 200, 30]);
  });

  it("'six of them strikers': a part said by 'N of them'", () => {
    expect(wholes(["The club signed 14 players this summer, six of them strikers."])).toEqual([[14, undefined], [6, 14]]);
  });

  it("near miss: a larger count of things is no total of a part of people: 'Officers searched 900 homes' is passed over", () => {
    const paragraphs = ["Police arrested 300 people at the rally.", "Officers searched 900 homes.", "Those arrested included 45 students."];
    expect(wholes(paragraphs)).toEqual([[300, undefined], [900, undefined], [45, 300]]);
  });

  it("near miss: a total more than two sentences back is no total of the part", () => {
    const paragraphs = ["Police arrested 300 people at the rally.", "Two officers were hurt.", "The crowd was angry.", "Later 20 shops shut.", "Those arrested included 45 students."];
    expect(wholes(paragraphs)).toEqual([[300, undefined], [2, undefined], [20, undefined], [45, undefined]]);
  });

  it("near miss: 'one in eight of those aged 18-24' is a share of a group, no part of the share before it", () => {
    const paragraphs = ["One in five adults never reads a book.", "Only one in eight of those aged 18-24 owns a library card."];
    expect(wholes(paragraphs)).toEqual([[0.2, undefined], [0.125, undefined]]);
  });

  it("near miss: a count after 'including' larger than the count before is no part of it", () => {
    expect(wholes(["The town has 40 schools, including 300 teachers."])).toEqual([[40, undefined], [300, undefined]]);
  });
});
