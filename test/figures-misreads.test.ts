// Misreads found by reading the cards of unseen articles (scripts/figures-cards.ts over cnndm-dev and dev-bbc),
// each a one-sentence repro with the exact figure an editor expects.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, figs } from "#test/helpers/figures.ts";

/** Every number of one sentence as `nutgraf figures --all` lists it: display, type, whether the card may hold it. */
const every = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.type, n.candidate]);

describe("ages said with a copula or a hedge are ages, never counts", () => {
  it.each([
    ["a name and 'was'", "Tsarnaev was 19 at the time of the bombing.", "19"],
    ["'is now'", "Letourneau is now 53, and the case is closed.", "53"],
    ["a pronoun, a hedge and 'when'", "His offending dates back to when he was just 14, police said.", "just 14"],
    ["a person noun over auxiliaries", "The loan was refused because the husband would have been over 65 when the deal ended.", "over 65"],
    ["'who is almost'", "The woman, who is almost 22, told the court what happened.", "almost 22"],
    ["'aged just' in words", "His son died aged just six at the hospital.", "just six"],
    ["'at the age of just'", "He made his senior debut at the age of just 16, and won.", "just 16"],
    ["a contracted copula", "He's just 23 and he has achieved so much.", "just 23"],
  ])("%s", (_what, text, display) => {
    expect(every(text)).toContainEqual([display, "age", false]);
    expect(figs(text).map((f) => f.display)).not.toContain(display);
  });

  it("keeps a level said with a copula a count: not a person's, or a team's", () => {
    expect(at("The death toll was 40, police said.", 40)).toMatchObject({ label: "death toll", type: "count" });
    expect(at("The target is 75,000.", 75000)).toMatchObject({ type: "count" });
    expect(at("In the Senate, Democrats were 46.", 46)).toMatchObject({ type: "count" });
    expect(at("Arsenal are seven points clear at the top.", 7)).toMatchObject({ label: "points", type: "count" });
  });
});
