// ban-length.ts: a ban's length in games after "for" and a verb of banning is the ban ('game ban'), not its unit
// alone (card audit 47's shape 7: '6-games — games').
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, want } from "#test/helpers/figures.ts";

const ban = (value: number, label: string) => want(value, undefined, undefined, label, "count");

describe("a ban's length in games", () => {
  it("hyphen and plural: 'Striker Luis Moreno was suspended for 6-games on Tuesday' → 6 — game ban", () => {
    const text = "Striker Luis Moreno was suspended for 6-games on Tuesday by the league for pushing an official.";
    expect(exact(at(text, 6))).toEqual(ban(6, "game ban"));
  });

  it("an object between: 'The league banned the defender for 8-matches after he shoved a linesman' → match ban", () => {
    expect(exact(at("The league banned the defender for 8-matches after he shoved a linesman.", 8))).toEqual(ban(8, "match ban"));
  });

  it("spaced, digits: 'The league banned the defender for 8 matches' → match ban", () => {
    expect(exact(at("The league banned the defender for 8 matches after the game.", 8))).toEqual(ban(8, "match ban"));
  });

  it("a number word, passive: 'Moreno was suspended for six games on Tuesday' → game ban", () => {
    expect(exact(at("Moreno was suspended for six games on Tuesday.", 6))).toEqual(ban(6, "game ban"));
  });

  it("near miss: no verb of banning ('He played for 12 games') keeps its unit", () => {
    expect(exact(at("He played for 12 games.", 12))).toEqual(ban(12, "games"));
  });
});

// AR shape 14: "a nine-match ban" was weighed as a describing compound ('a 28-nation bloc', factor 0.6) and ranked off
// a card of three by 'two — team-mates'; the penalty is the news, as "banned for nine matches" is.
describe("a ban's length in a compound weighs as the ban", () => {
  it("'The board gave the striker a nine-match ban; two team-mates received three matches each. …' → the ban on a card of three", () => {
    const text = "The board gave the striker a nine-match ban; two team-mates received three matches each. Officials dismissed eight riders in all from the two squads once the melee ended.";
    const card = findFigures(articleSentences({ paragraphs: [text] }), { limit: 3 });
    expect(card.map(exact)).toContainEqual(ban(9, "match ban"));
  });

  it("near miss: 'a 28-nation bloc' still describes: weighed below the count it sits beside", () => {
    const card = findFigures(articleSentences({ paragraphs: ["The 28-nation bloc sent 400 observers."] }), { limit: 1 });
    expect(card.map((f) => f.value)).toEqual([400]);
  });
});
