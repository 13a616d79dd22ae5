import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle, parseJsonArticle, type Article } from "#news/article.ts";
import { briefFingerprint } from "#brief/algorithm.ts";
import { BRIEF_HISTORY, type RecordedAlgorithm } from "#brief/algorithm-history.ts";
import { encodePrepared, prepareBrief } from "#brief/stored.ts";
import { FIXTURE_EVAL_DIR } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";

/**
 * Records the brief's algorithm (lib/brief/algorithm.ts): computes the fingerprint and the hash of the stored briefs of
 * the corpus, and appends them to lib/brief/algorithm-history.ts when they differ from the last entry. It only ever
 * appends: re-running it after any change is always right (a new entry is a new generation, so every brief stored
 * before is recomputed), and there is nothing to "accept".
 *
 *   npx tsx scripts/brief-algorithm.ts          record the running algorithm if it is new
 *   npx tsx scripts/brief-algorithm.ts --check  exit 1 if it is not recorded (what the test checks)
 */

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HISTORY_FILE = join(ROOT, "lib/brief/algorithm-history.ts");
/** Fixed, in-repo and varied: with the demo's seeds, 100 CNN/DailyMail and 80 BBC stories (test/fixtures/eval). */
const CORPUS_FILES = ["dev.jsonl", "dev-bbc.jsonl"];

/** The corpus every recorded algorithm was measured on, ordered by id so the hash is one whatever the file order. */
export function corpusArticles(): Article[] {
  const seedsDir = join(ROOT, "seeds");
  const seeds = readdirSync(seedsDir)
    .filter((name) => /\.(txt|json)$/i.test(name))
    .map((name) => parseArticle(readFileSync(join(seedsDir, name), "utf8")));
  const eval_ = CORPUS_FILES.flatMap((file) =>
    parseEvalJsonl(readFileSync(join(FIXTURE_EVAL_DIR, file), "utf8")).map((e, i) =>
      parseJsonArticle({ id: `${file}-${i}`, title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2020-01-01T00:00:00Z" }),
    ),
  );
  return [...seeds, ...eval_].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** sha256 (16 hex) of every corpus article's stored brief, as the store would keep it (every count, every figure kept). */
export function corpusBriefsHash(articles: readonly Article[] = corpusArticles()): string {
  const hash = createHash("sha256");
  for (const article of articles) hash.update(`${article.id}\n${encodePrepared(prepareBrief(article), article) ?? "unstorable"}\n`);
  return hash.digest("hex").slice(0, 16);
}

export function currentAlgorithm(articles?: readonly Article[]): RecordedAlgorithm {
  return { fingerprint: briefFingerprint(), briefs: corpusBriefsHash(articles) };
}

/** The history with `current` recorded: unchanged if it is the last entry, else appended (never edited in place). */
export function recordAlgorithm(history: readonly RecordedAlgorithm[], current: RecordedAlgorithm): RecordedAlgorithm[] {
  const last = history.at(-1);
  if (last && last.fingerprint === current.fingerprint && last.briefs === current.briefs) return [...history];
  return [...history, current];
}

export function renderHistory(history: readonly RecordedAlgorithm[]): string {
  const source = readFileSync(HISTORY_FILE, "utf8");
  const head = source.slice(0, source.indexOf("export const BRIEF_HISTORY"));
  const entries = history.map((h) => `  { fingerprint: "${h.fingerprint}", briefs: "${h.briefs}" },\n`).join("");
  return `${head}export const BRIEF_HISTORY: readonly RecordedAlgorithm[] = [\n${entries}];\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = currentAlgorithm();
  const next = recordAlgorithm(BRIEF_HISTORY, current);
  if (next.length === BRIEF_HISTORY.length) {
    console.log(`brief algorithm recorded: generation ${next.length} (${current.fingerprint}, briefs ${current.briefs})`);
  } else if (process.argv.includes("--check")) {
    console.error(`brief algorithm NOT recorded (${current.fingerprint}, briefs ${current.briefs}): run npx tsx scripts/brief-algorithm.ts`);
    process.exitCode = 1;
  } else {
    writeFileSync(HISTORY_FILE, renderHistory(next));
    console.log(`brief algorithm recorded as generation ${next.length} (${current.fingerprint}, briefs ${current.briefs}) in lib/brief/algorithm-history.ts`);
  }
}
