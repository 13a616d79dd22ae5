import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ArticleError, MAX_ARTICLE_BYTES, parseArticle } from "#news/article.ts";
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

/**
 * Loads every `.txt` (wire text) and `.json` article in `dir`, in file-name order. A file that is not an article
 * is reported and skipped; a store failure (throttling, outage) stops the run with its StoreError, since every
 * later file would fail the same way. Running it again reports everything unchanged.
 */
export async function seedStore(store: ArticleStore, dir: string): Promise<SeedReport> {
  const report: SeedReport = { loaded: [], unchanged: [], rejected: [] };
  // Code-point order, not locale order: the same sequence on every machine.
  const files = (await readdir(dir)).filter((name) => ARTICLE_FILE.test(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
    const outcome = await store.put(article);
    (outcome.status === "unchanged" ? report.unchanged : report.loaded).push(file);
  }
  return report;
}

function describe(error: unknown): string {
  if (error instanceof ArticleError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
