import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonArticle, parseWireText, type Article } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { ALL_FIGURES, compareVersions, describeMove, type ArticleVersion } from "#brief/changes.ts";

const seed = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));
const v1: ArticleVersion = { ...seed, version: 1 };

/** A rewrite of the Paris story as a wire would send it the next morning. */
function rewrite(edit: (paragraphs: string[]) => string[], headline = seed.headline): ArticleVersion {
  const article: Article = parseJsonArticle({
    id: seed.id,
    headline,
    publishedAt: "2015-11-18T09:30:00Z",
    paragraphs: edit([...seed.paragraphs]),
    dateline: "Paris",
    credit: "AP",
  });
  return { ...article, version: 2 };
}

// A new top paragraph saying something no other bullet says (MMR keeps a sentence that repeats a chosen bullet's
// fact, such as "132 people had died", out of three bullets).
const NEW_LEAD = "Prosecutors said on Wednesday that three of the injured had died in hospital overnight and that 41 people remained in intensive care.";

const v2 = rewrite((paragraphs) => {
  const edited = paragraphs
    .map((p) => p.replace("killed at least 129 people", "killed 132 people").replace("the 350 wounded", "the 352 wounded"))
    .filter((p) => !p.includes("almost 300 searches"));
  edited.splice(0, 0, NEW_LEAD);
  return edited;
}, "Paris attacks toll rises to 132 as France seeks EU aid");

describe("what changed between two versions of a story", () => {
  const changes = compareVersions(v1, v2);

  it("names both versions with their times", () => {
    expect(changes.id).toBe(seed.id);
    expect(changes.from).toEqual({ version: 1, publishedAt: "2015-11-17T20:50:00Z", headline: seed.headline });
    expect(changes.to).toMatchObject({ version: 2, publishedAt: "2015-11-18T09:30:00Z" });
  });

  it("reports the figures that moved, as an editor reads them", () => {
    expect(changes.figures.moved.map(describeMove)).toEqual(["people killed: at least 129 → 132", "wounded: 350 → 352"]);
  });

  it("reports figures that appeared and figures that vanished from the card", () => {
    expect(changes.figures.added.map((f) => `${f.display} ${f.label}`)).toContain("41 people remained");
    // The paragraph with "almost 300 searches … 127 arrests and 31 weapons" was cut: arrests were on the card
    // (searches and weapons sit below the fold of five, so they were never shown and are not "removed").
    expect(changes.figures.removed.map((f) => `${f.display} ${f.label}`)).toEqual(["127 arrests"]);
  });

  it("tells a new sentence in the brief from a rewritten one, and shows the headline change", () => {
    expect(changes.newBullets).toEqual([NEW_LEAD]);
    expect(changes.revisedBullets).toHaveLength(1);
    expect(changes.revisedBullets[0]!.from).toContain("killed at least 129 people");
    expect(changes.revisedBullets[0]!.to).toContain("killed 132 people");
    expect(changes.headline).toEqual({ from: seed.headline, to: "Paris attacks toll rises to 132 as France seeks EU aid" });
    expect(changes.quiet).toBe(false);
  });

  it("is deterministic: byte-identical on every run", () => {
    expect(JSON.stringify(compareVersions(v1, v2))).toBe(JSON.stringify(changes));
  });

  it("says nothing changed for a version that only fixed a typo off the card", () => {
    // "on condition of anonymity" sits in a one-line paragraph far from the bullets and the figures.
    const typo = rewrite((paragraphs) => paragraphs.map((p) => p.replace("on condition of anonymity", "on condition of anonymity,")));
    const quiet = compareVersions(v1, typo);
    expect(quiet.figures).toEqual({ moved: [], added: [], removed: [] });
    expect(quiet.newBullets).toEqual([]);
    expect(quiet.headline).toBeUndefined();
    expect(quiet.quiet).toBe(true);
  });

  /** Where a figure sits among all of a version's figures (its card rank). */
  const rankOf = (a: ArticleVersion, label: string) => briefArticle(a, { figures: ALL_FIGURES }).figures.findIndex((f) => f.label === label);

  it("counts a figure as shown from rank 0 to `figures` − 1 only: one past the card is neither added nor removed", () => {
    const of = (shown: number) => compareVersions(v1, v2, { figures: shown }).figures;
    const remained = rankOf(v2, "people remained");
    const arrests = rankOf(v1, "arrests");
    expect(remained).toBeGreaterThan(0);
    expect(arrests).toBeGreaterThan(0);
    expect(of(remained).added.map((f) => f.label)).not.toContain("people remained");
    expect(of(remained + 1).added.map((f) => f.label)).toContain("people remained");
    expect(of(arrests).removed.map((f) => f.label)).not.toContain("arrests");
    expect(of(arrests + 1).removed.map((f) => f.label)).toContain("arrests");
  });

  it("reports a figure that changed as it moved onto the card from below it", () => {
    // 128 police raids, raised to 150, climbs a place when the paragraph of the arrests above it is cut: a card
    // ending just above its old place shows it now and did not before.
    const v3 = rewrite((paragraphs) => paragraphs.filter((p) => !p.includes("127 arrests")).map((p) => p.replace("128 police raids", "150 police raids")));
    const before = rankOf(v1, "police raids");
    expect(rankOf(v1, "arrests")).toBeLessThan(before);
    expect(rankOf(v3, "police raids")).toBeLessThan(before);
    expect(compareVersions(v1, v3, { figures: before }).figures.moved.map(describeMove)).toContain("police raids: 128 → 150");
  });

  it("takes the earliest of two equally close sentences as the one a bullet rewrites", () => {
    const older: ArticleVersion = { ...parseJsonArticle({ id: "bridge", headline: "Mayor opens bridge", publishedAt: "2026-11-24T08:00:00Z", paragraphs: [
      "The mayor opened the new bridge over the river on Monday morning with a speech.",
      "The mayor opened the new bridge over the river on Monday morning with a ribbon.",
      "Traffic will start flowing on Tuesday, the council said.",
    ] }), version: 1 };
    const newer: ArticleVersion = { ...parseJsonArticle({ ...older, paragraphs: ["The mayor opened the new bridge over the river on Monday morning with a band.", "Traffic will start flowing on Tuesday, the council said."] }), version: 2 };
    // Twelve of fourteen words shared with each: a tie, so the earlier sentence.
    expect(compareVersions(older, newer).revisedBullets).toEqual([
      { from: "The mayor opened the new bridge over the river on Monday morning with a speech.", to: "The mayor opened the new bridge over the river on Monday morning with a band." },
    ]);
  });

  it("does not call a figure gone when it only dropped down the card", () => {
    // Four new casualty sentences push older figures below the top five; they are still in the story.
    const crowded = rewrite((paragraphs) => [
      "Officials said 12 police officers were injured, 9 firefighters were hurt, 14 soldiers were wounded and 22 bystanders were injured.",
      ...paragraphs,
    ]);
    const c = compareVersions(v1, crowded);
    expect(c.figures.removed).toEqual([]);
    expect(c.figures.moved).toEqual([]);
  });
});
