// A rank only hoped for (prospect.ts): "with the chance of becoming the 1,000th number one" ranks as a hypothetical
// does, below the place reached, "now the 999th number one" (blind sample AH's shape, informed; made-up sentences).
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { pickFigures } from "#brief/figures/card/card.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";
import { articleSentences } from "#news/sentences.ts";
import { exact, listed } from "#test/helpers/figures.ts";
import { HYPOTHETICAL_FACTOR } from "#brief/figures/card/sentence/hypothetical.ts";

/** The card of `limit` figures of these paragraphs, every sentence equally salient, under a headline naming none. */
function card(paragraphs: string[], limit: number) {
  const s = articleSentences({ paragraphs });
  const options = { salience: paragraphs.map(() => 1), headline: "News in brief" };
  return pickFigures(cardCandidates(s, options), s.length, limit, CARD_WEIGHTS).map(exact);
}

const rank = (value: number, label: string) => ({ value, qualifier: undefined, unit: undefined, label, type: "ordinal" });

describe("a rank hoped for ranks below the place reached", () => {
  it("'the chance of becoming the 1,000th number one' waits behind 'now the 999th number one', said before it", () => {
    const paragraphs = [
      "The next single has the chance of becoming the 1,000th number one in UK pop history.",
      "The song is now the 999th number one in UK pop history.",
    ];
    expect(card(paragraphs, 1)).toEqual([rank(999, "number one")]);
  });

  it("a rank reached is no prospect: 'became the 1,000th number one' keeps its place first", () => {
    const paragraphs = ["The next single became the 1,000th number one in UK pop history.", "The song was the 999th number one in UK pop history."];
    expect(card(paragraphs, 1)).toEqual([rank(1000, "number one")]);
  });

  it("a past told ahead is no prospect: 'would become the 1,000th number one' keeps its place first", () => {
    const paragraphs = ["A year later the single would become the 1,000th number one.", "The song was the 999th number one in UK pop history."];
    expect(card(paragraphs, 1)).toEqual([rank(1000, "number one")]);
  });
});

describe("BD shape 2: a run or tally not reached (unmet-rank.ts)", () => {
  it.each([
    // Was 'sixth — straight loss' on the card: the sixth loss never happened.
    ["United, who were trying to avoid a sixth straight loss, pressed hard in the first half.", 6],
    ["City avoided a third straight defeat with a late goal.", 3],
    ["Rovers will try to stave off a fifth consecutive defeat.", 5],
    ["They were prevented from a third straight win by Angola.", 3],
    ["The champions were denied a fourth straight title.", 4],
    // Past an owner or a describing word.
    ["City were trying to avoid their sixth straight loss.", 6],
    ["United avoided an unwanted seventh straight defeat.", 7],
  ])("'%s': the avoided ordinal is no figure", (text, value) => {
    expect(listed(text).find((n) => n.value === value)).toMatchObject({ type: "rank", candidate: false });
  });

  it.each([
    ["City suffered a sixth straight loss.", 6],
    // A verb of avoiding with another preposition governs no run ("avoided defeat in the fifth round").
    ["Rovers avoided defeat in a fifth straight match.", 5],
    // A verb of avoiding before another preposition: the run happened.
    ["They escaped with a third straight win.", 3],
  ])("near miss: '%s' keeps its rank", (text, value) => {
    expect(listed(text).find((n) => n.value === value)).toMatchObject({ type: "rank", candidate: true });
  });

  it("near miss: an amount an avoiding verb governs is no ordinal and stays ('paid to avoid a £5m fine')", () => {
    expect(listed("The club paid to avoid a £5m fine.").find((n) => n.value === 5e6)).toMatchObject({ type: "money", candidate: true });
  });

  it.each([
    ["Lazio will try to win for the eighth consecutive game this weekend.", "Lazio went on to win the eighth consecutive game this weekend.", 8],
    ["They host Swansea on Saturday looking for a third straight win.", "They beat Swansea on Saturday for a third straight win.", 3],
    ["O'Shea wants a fifth straight derby win against Newcastle.", "O'Shea got a fifth straight derby win against Newcastle.", 5],
    ["Federer could win a sixth title on Sunday.", "Federer won a sixth title on Sunday.", 6],
    ["Nadal is hoping to claim a ninth French Open crown.", "Nadal claimed a ninth French Open crown.", 9],
  ])("'%s' is an aim, weighed as a hypothetical; '%s' is reached", (aim, reached, value) => {
    expect(weight(aim, value)).toBeCloseTo(weight(reached, value) * HYPOTHETICAL_FACTOR, 9);
  });

  it("'began his bid for a ninth title': a noun of seeking before 'for' aims as its verb does", () => {
    expect(weight("Nadal began his bid for a ninth title on the clay.", 9)).toBeCloseTo(weight("Nadal won a ninth title on the clay.", 9) * HYPOTHETICAL_FACTOR, 9);
  });

  it("near miss: 'last May when his 16th goal won the Cup': a month, and a word that is no verb, aim at nothing", () => {
    expect(weight("He was there last May when his 16th goal of the season won the Cup.", 16)).toBe(weight("He was there in 2014 when his 16th goal of the season won the Cup.", 16));
  });

  it("near miss: 'will try to play in the sixth match' (no 'for') is no aim at the ordinal", () => {
    const plain = weight("Federer will play in the sixth match on Sunday.", 6);
    expect(weight("Federer will try to play in the sixth match on Sunday.", 6)).toBe(plain);
  });
});

/** The weight the card gives the figure of `value` in one sentence (its reading's factor). */
function weight(text: string, value: number): number {
  const factor = cardCandidates(articleSentences({ paragraphs: [text] })).find((c) => c.figure.value === value)?.signals.factor;
  expect(factor, `a candidate of ${value} in ${JSON.stringify(text)}`).toBeDefined();
  return factor ?? Number.NaN;
}
