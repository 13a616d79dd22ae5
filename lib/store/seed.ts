import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle, type Article } from "#news/article.ts";
import type { ArticleStore } from "#store/store.ts";

/** What a seeding run did, by file name. */
export interface SeedReport {
  /** Stored: a new article, or a changed version of one already there. */
  loaded: string[];
  /** Already stored with this exact content. */
  unchanged: string[];
  /** Not an article; `error` says why (`CODE: message`). */
  rejected: { file: string; error: string }[];
}

const ARTICLE_FILE = /\.(txt|json)$/i;

export interface SeedOptions {
  /** Applied to each parsed article before it is stored (the demo moves the seeds' times up to now). */
  retime?: (article: Article) => Article;
}

/** The article files of a directory, in code-point order: the same sequence on every machine. */
async function articleFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => ARTICLE_FILE.test(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Loads every `.txt` (wire text) and `.json` article in `dir`, in file-name order. A file that is not an article
 * is reported and skipped; a store failure (throttling, outage) stops the run with its StoreError, since every
 * later file would fail the same way. Running it again reports everything unchanged.
 */
export async function seedStore(store: ArticleStore, dir: string, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { loaded: [], unchanged: [], rejected: [] };
  const files = await articleFiles(dir);
  for (const file of files) {
    const path = join(dir, file);
    let text: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error("not a regular file (a directory or device named like an article)");
      // Refuse before reading: a stray multi-gigabyte file should not be pulled into memory to be rejected.
      if (info.size > MAX_ARTICLE_BYTES) {
        throw new ArticleError("TOO_LARGE", `file is ${info.size} bytes, over the ${MAX_ARTICLE_BYTES / 1024} KB limit for an article`);
      }
      text = await readFile(path, "utf8");
    } catch (error) {
      report.rejected.push({ file, error: describe(error) });
      continue;
    }
    let article;
    try {
      article = parseArticle(text);
    } catch (error) {
      report.rejected.push({ file, error: describe(error) });
      continue;
    }
    const outcome = await store.put(options.retime ? options.retime(article) : article);
    (outcome.status === "unchanged" ? report.unchanged : report.loaded).push(file);
  }
  return report;
}

/** The publication time (ms) of the newest article in `dir` that parses; undefined when none does. */
export async function newestPublished(dir: string): Promise<number | undefined> {
  let newest: number | undefined;
  for (const file of await articleFiles(dir)) {
    try {
      const path = join(dir, file);
      if ((await stat(path)).size > MAX_ARTICLE_BYTES) continue;
      const at = Date.parse(parseArticle(await readFile(path, "utf8")).publishedAt);
      if (newest === undefined || at > newest) newest = at;
    } catch {
      // seedStore reports the files that do not parse; here they only have no time to offer.
    }
  }
  return newest;
}

function describe(error: unknown): string {
  if (error instanceof ArticleError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
