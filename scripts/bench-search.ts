import { fileURLToPath } from "node:url";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { startLocalDynamo } from "#store/local-dynamo.ts";
import { ensureTable } from "#store/table.ts";

/**
 * `/brief <words>` at archive scale: 10,000 stories stored through the real `put` on AWS's DynamoDB Local, then
 * searches for a word in a fifth of all headlines (2,000 matches), timed one after another. Run it with
 * `npm run bench -- --search` or `npx tsx scripts/bench-search.ts`.
 */

const PLACES = ["Paris", "Lagos", "Lima", "Osaka", "Leeds", "Perth", "Quito", "Dakar", "Hanoi", "Bergen", "Austin"];
const SUBJECTS = ["budget", "strike", "flood", "election", "trial", "merger", "harvest", "outbreak", "festival", "bridge", "tariff", "drought"];
const VERBS = ["approves", "delays", "rejects", "reviews", "backs", "halts", "extends", "questions"];

/** A deterministic stand-in for a year's archive: every fifth headline names the council (the common word). */
export function benchArticles(count: number): Article[] {
  const start = Date.parse("2026-01-01T00:00:00Z");
  const out: Article[] = [];
  for (let i = 0; i < count; i++) {
    const place = PLACES[(i * 7) % PLACES.length]!;
    const subject = SUBJECTS[(i * 5 + 3) % SUBJECTS.length]!;
    const actor = i % 5 === 0 ? "Council" : ["Ministry", "Court", "Union", "Board"][i % 4]!;
    const headline = `${place} ${actor} ${VERBS[(i * 3) % VERBS.length]} ${subject} plan ${i}`;
    const paragraphs = Array.from(
      { length: 6 },
      (_, p) =>
        `Paragraph ${p + 1} of story ${i}: officials in ${place} said the ${subject} plan would cost ${(i % 90) + 10} million and affect ${(i * 13) % 5000} residents over the coming ${(p % 4) + 2} years, according to documents seen by reporters.`,
    );
    // One story every ~53 minutes across the year; some share a minute so ties are exercised too.
    const publishedAt = new Date(start + Math.floor(i / 2) * 2 * 53 * 60_000).toISOString();
    out.push(parseJsonArticle({ id: `bench-${i}`, headline, publishedAt, paragraphs }));
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface SearchBench {
  articles: number;
  query: string;
  matches: number;
  searches: number;
  loadSeconds: number;
  p50Ms: number;
  p99Ms: number;
  twoWords: { query: string; matches: number; p50Ms: number; p99Ms: number };
}

export async function benchSearch(options: { articles?: number; searches?: number } = {}): Promise<SearchBench> {
  const count = options.articles ?? 10_000;
  const searches = options.searches ?? 200;
  const local = await startLocalDynamo({ engine: "dynamodb-local" });
  // Searches go through the client a Lambda uses (2.5 s request timeout, 3 attempts); the bulk load through a
  // patient one, since DynamoDB Local on a busy laptop can take seconds for a request under 32 concurrent writers.
  const client = createDynamoClient({ endpoint: local.endpoint });
  const loader = createDynamoClient({ endpoint: local.endpoint, requestTimeoutMs: 30_000, maxAttempts: 10 });
  try {
    const tableName = "nutgraf-bench-search";
    await ensureTable(client, tableName);
    const store = new DynamoArticleStore({ client, tableName });
    const bulk = new DynamoArticleStore({ client: loader, tableName });
    const all = benchArticles(count);
    const loadStart = performance.now();
    for (let i = 0; i < all.length; i += 32) await Promise.all(all.slice(i, i + 32).map((a) => bulk.put(a)));
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const round = (x: number) => Number(x.toFixed(1));
    /** `searches` timed searches for `query` after 20 untimed ones (JIT, connection pool, DynamoDB Local's caches). */
    const time = async (query: string) => {
      for (let i = 0; i < 20; i++) await store.search(query, 21);
      const times: number[] = [];
      for (let i = 0; i < searches; i++) {
        const t = performance.now();
        const found = await store.search(query, 21);
        times.push(performance.now() - t);
        if (found.length !== 21) throw new Error(`search "${query}" found ${found.length} stories, expected 21`);
      }
      times.sort((a, b) => a - b);
      return { p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
    };
    const query = "council";
    const matches = all.filter((a) => a.headline.includes("Council")).length;
    const common = await time(query);
    // The common word with a second one that only a twelfth of its stories have: search reads on, in growing pages.
    const pair = "council bridge";
    const pairMatches = all.filter((a) => a.headline.includes("Council") && a.headline.includes("bridge")).length;
    return {
      articles: count,
      query,
      matches,
      searches,
      loadSeconds: round(loadSeconds),
      ...common,
      twoWords: { query: pair, matches: pairMatches, ...(await time(pair)) },
    };
  } finally {
    client.destroy();
    loader.destroy();
    await local.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const articles = Number(process.argv[2] ?? 10_000);
  console.log(JSON.stringify(await benchSearch({ articles }), null, 2));
}
