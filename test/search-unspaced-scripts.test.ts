import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { shownText } from "#test/helpers/slack-request.ts";
import { slashInto, startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";

// `/brief 地震`: Chinese and Japanese write no spaces between words, so a headline was one "word" per run between
// punctuation ("东京发生强烈地震") and a search for one of its words found nothing. Korean attaches particles to its
// words ("서울에서": "in Seoul"), and Unicode decomposition had split its syllables into letters. An editor searching
// a word of the headline in these scripts gets the story, as in English. Signed slash commands into the real handler,
// on a real local DynamoDB.

const SECRET = "test-signing-secret-unspaced-scripts";

function story(id: string, headline: string, publishedAt: string, body: string): Article {
  return parseJsonArticle({ id, headline, publishedAt, paragraphs: [body], credit: "Wire" });
}

const chinese = story("cn-quake", "四川发生6.8级地震 造成数十人死亡", "2024-03-10T08:00:00Z", "四川省周一发生6.8级地震，造成至少46人死亡。救援人员正在搜寻幸存者。");
const japanese = story("jp-quake", "東京で震度5強の地震、けが人なし", "2024-03-11T08:00:00Z", "東京で11日朝、震度5強の地震があった。けが人の報告はない。");
const korean = story("kr-rally", "서울에서 대규모 집회 열려", "2024-03-12T08:00:00Z", "서울에서 수만 명이 참가한 대규모 집회가 열렸다. 경찰은 충돌이 없었다고 밝혔다.");
const english = story("en-quake", "Earthquake shakes Sichuan province", "2024-03-09T08:00:00Z", "An earthquake of magnitude 6.8 struck Sichuan on Monday, killing at least 46 people.");

let stack: SlackStack;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: "xoxb-unspaced-scripts", stories: [chinese, japanese, korean, english] });
});

afterAll(async () => {
  await stack.stop();
});

describe("search in scripts written without spaces between words", () => {
  it("a word of a Chinese or Japanese headline finds its stories, newest first", async () => {
    expect((await stack.articles.search("地震")).map((a) => a.id)).toEqual(["jp-quake", "cn-quake"]);
    expect((await stack.articles.search("四川 死亡")).map((a) => a.id)).toEqual(["cn-quake"]);
    expect((await stack.articles.search("東京")).map((a) => a.id)).toEqual(["jp-quake"]);
    // Every word asked for must be there, as for English headlines.
    expect(await stack.articles.search("地震 서울")).toEqual([]);
    // The whole headline still finds its story, and English search is as it was.
    expect((await stack.articles.search(chinese.headline)).map((a) => a.id)).toEqual(["cn-quake"]);
    expect((await stack.articles.search("earthquake sichuan")).map((a) => a.id)).toEqual(["en-quake"]);
  });

  it("a Korean word finds the headline that holds it with a particle attached", async () => {
    expect((await stack.articles.search("서울")).map((a) => a.id)).toEqual(["kr-rally"]);
    expect((await stack.articles.search("집회")).map((a) => a.id)).toEqual(["kr-rally"]);
  });

  it("/brief 地震 answers with the newest matching story's brief and says another matched", async () => {
    const { status, answers } = await slashInto(stack, SECRET, "地震");
    expect(status).toBe(200);
    expect(answers).toHaveLength(1);
    const shown = shownText(answers[0]!);
    expect(shown).toContain(japanese.headline);
    expect(shown).toContain("1 other story matched");
  });
});
