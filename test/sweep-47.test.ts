import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJsonArticle } from "#news/article.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

// Mutation sweep 47 (docs/mutation-sweep-47.md): search in unspaced scripts where test/search-unspaced-scripts.test.ts
// did not reach: a one-character word, and Korean kept in syllables. Stored and searched on a real local DynamoDB.

let table: TestTable;
let articles: DynamoArticleStore;

const story = (id: string, headline: string, publishedAt: string) =>
  parseJsonArticle({ id, headline, publishedAt, paragraphs: [`${headline}.`], credit: "Wire" });

beforeAll(async () => {
  table = await startTestTable();
  articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  // "북" (North Korea) is a headline's one-syllable word; "거울 서점" (a mirror, a bookshop), split into letters, holds
  // every letter pair of "서울" (Seoul): ㅅㅓ in 서점, ㅓㅇ, ㅇㅜ and ㅜㄹ in 거울.
  await articles.put(story("kr-missile", "북 미사일 발사", "2024-03-12T08:00:00Z"));
  await articles.put(story("kr-bookshop", "거울 서점 문 열어", "2024-03-13T08:00:00Z"));
  await articles.put(story("kr-seoul", "서울 지하철 파업", "2024-03-14T08:00:00Z"));
});

afterAll(async () => {
  await table.stop();
});

describe("search in Korean, past the first sweep of unspaced scripts", () => {
  it("T16, T19: a one-syllable word ('북', North Korea) finds its headline", async () => {
    expect((await articles.search("북")).map((a) => a.id)).toEqual(["kr-missile"]);
  });

  it("T18: '서울' (Seoul) finds Seoul's story only, not the mirror bookshop's, whose letters, split apart, hold the same pairs", async () => {
    expect((await articles.search("서울")).map((a) => a.id)).toEqual(["kr-seoul"]);
  });
});
