import { parseJsonArticle } from "#news/article.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startTestTable, type TestTable } from "#test/helpers/dynamo.ts";

/** A story whose one paragraph repeats its headline: what a search test needs is the headline and the time. */
export const headlineStory = (id: string, headline: string, publishedAt: string) =>
  parseJsonArticle({ id, headline, publishedAt, paragraphs: [`${headline}.`], credit: "Wire" });

/** A fresh local table holding these stories (id, headline, publishedAt), and the article store over it. */
export async function storiesTable(stories: ReadonlyArray<readonly [string, string, string]>): Promise<{ table: TestTable; articles: DynamoArticleStore }> {
  const table = await startTestTable();
  const articles = new DynamoArticleStore({ client: table.client, tableName: table.tableName });
  for (const [id, headline, publishedAt] of stories) await articles.put(headlineStory(id, headline, publishedAt));
  return { table, articles };
}
