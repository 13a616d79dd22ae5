import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonArticle } from "#news/article.ts";
import { boilerplateReason, type BoilerplateReason } from "#news/boilerplate.ts";
import { briefArticle, MAX_BULLETS } from "#brief/brief.ts";
import { readSentences } from "#news/sentences.ts";
import { findFigures } from "#brief/figures/card/card.ts";

interface FixtureArticle {
  id: string;
  source: string;
  title?: string;
  text: string;
  boilerplate: { text: string; reason: BoilerplateReason }[];
}
const fixture = JSON.parse(readFileSync(new URL("./fixtures/boilerplate.json", import.meta.url), "utf8")) as { articles: FixtureArticle[] };

const article = (a: FixtureArticle) =>
  parseJsonArticle({ id: a.id.replace(/[^\w.-]/g, "-"), headline: a.title ?? `Dev article ${a.id}`, publishedAt: "2015-04-02T12:00:00Z", text: a.text });

describe("boilerplate from the dev data (test/fixtures/boilerplate.json) never becomes a bullet", () => {
  it("covers every class the ranking must not pick", () => {
    const reasons = new Set(fixture.articles.flatMap((a) => a.boilerplate.map((b) => b.reason)));
    for (const r of ["caption", "credit", "editors-note", "scroll-prompt", "reader-comments", "promo", "kicker", "fragment"] as const) expect(reasons).toContain(r);
  });

  it.each(fixture.articles.map((a) => [a.id, a] as const))("%s: left out of the story with its reason, and never a bullet", (_id, a) => {
    const parsed = article(a);
    const { sentences, leftOut } = readSentences(parsed);
    expect(sentences.length).toBeGreaterThan(2);
    for (const b of a.boilerplate) expect(leftOut).toContainEqual(expect.objectContaining({ text: b.text, reason: b.reason }));
    // As many bullets as allowed: with most of the excerpt chosen, a boilerplate sentence would be picked if it could be.
    const bullets = briefArticle(parsed, { bullets: MAX_BULLETS }).bullets.map((b) => b.text);
    expect(bullets.length).toBeGreaterThan(0);
    for (const b of a.boilerplate) for (const bullet of bullets) expect(bullet).not.toContain(b.text);
  });
});

describe("boilerplateReason", () => {
  // Quoted in issue 15 from unseen articles, or the common forms of each class.
  const furniture: [string, BoilerplateReason][] = [
    ["Updated Jul 7, 2012 6:40 PM ET", "update-stamp"],
    ["PUBLISHED: 12:01 EST, 3 April 2015 | UPDATED: 14:02 EST, 3 April 2015", "update-stamp"],
    ["Editor's note: Jane Doe is a professor of history at Yale and the author of three books.", "editors-note"],
    ["By . Daily Mail Reporter .", "credit"],
    ["Photo: Getty Images", "credit"],
    ["What do you think? Let us know in the comments below.", "reader-comments"],
    ["Click here to read the full report on the inquiry.", "promo"],
    ["BREAKING NEWS: TWO DEAD IN CRASH", "kicker"],
    // One for each phrase a rule's `may` looks for before its pattern runs (speed only): each still found.
    ["Posted 10:30, 4 March 2015", "update-stamp"],
    ["Follow us on Twitter for the latest from the courts", "promo"],
    ["The new bridge is seen above, three weeks before it opened", "caption"],
    ["The couple are shown left at their wedding in June", "caption"],
    ["Pictured, the flooded square in the town centre", "caption"],
    ["Above, crowds gather outside the court", "caption"],
  ];
  it.each(furniture)("%s → %s", (text, reason) => expect(boilerplateReason(text)).toBe(reason));

  // Story sentences that look like furniture at a glance.
  const story = [
    "By Monday, police had arrested 12 people in the raids.",
    "What we know: Gray was arrested on a weapons charge in a high-crime area of Baltimore.",
    "Published in the QuantBait website, it begins in 1933 with the first UFO sightings.",
    "Star Trek: Enterprise began in 2001 following other Star Trek spin-off series.",
    'Eminem told the crowd: "D12 finally won an award, thank you very much."',
    "Mr Smith (pictured) was jailed for six years at Leeds Crown Court on Friday.",
    "The comments drew criticism from the opposition within hours.",
    "The bridge was seen by thousands before it opened in June.",
    "He followed the river for three miles before he was found.",
  ];
  it.each(story)("keeps %s", (text) => expect(boilerplateReason(text)).toBeUndefined());
});

describe("a caption with the story's next sentence glued after it (CNN/DailyMail texts lost the line break)", () => {
  // dm-test-207df192 of dev.jsonl: the study's size was lost with the caption, and with it a key figure.
  const glued =
    "Obesity: Babies given antibiotics in the first six months of life are more likely to be fat as toddlers, a large-scale study has found (file photo) The Finnish researchers compared the weight and height of more than 12,000 healthy two year old with records on antibiotic prescription.";

  it("leaves the caption out and keeps the story sentence, whose figure the card reads", () => {
    const { sentences, leftOut } = readSentences({ paragraphs: [glued] });
    expect(leftOut).toEqual([{ paragraph: 0, text: glued.slice(0, glued.indexOf(" The Finnish")), reason: "caption", after: 0 }]);
    expect(sentences.map((s) => s.text)).toEqual([glued.slice(glued.indexOf("The Finnish"))]);
    expect(findFigures(sentences)).toContainEqual(expect.objectContaining({ value: 12000, display: "more than 12,000", qualifier: "more than", type: "count" }));
  });

  // Each found on dev data: a second caption glued after the first, and a caption naming people "(left to right)".
  it.each([
    "Bling: Becky Schoenig was shocked when her stolen car was located and returned to her with new red rims and detailing (above) Theft: The brand new 2015 Ford Fusion (above) had been stolen from her driveway Monday .",
    "Pacquiao with his wife and children (left to right) Michael, Israel, Emmanuel, Princess and Queen Elizabeth.",
    "Sisters (left to right) Gwendoline, Freda and Hilda were brought up in the house before it was passed to Freda when their parents died.",
  ])("keeps out whole: %s", (text) => {
    const { sentences, leftOut } = readSentences({ paragraphs: ["The story opens with a plain sentence of news.", text] });
    expect(sentences.map((s) => s.text)).toEqual(["The story opens with a plain sentence of news."]);
    expect(leftOut.map((l) => l.text)).toEqual([text]);
  });
});
