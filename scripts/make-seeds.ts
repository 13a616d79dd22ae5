/**
 * Writes seeds/001…025 from the BBC dev set: real stories in nutgraf's wire format, spread over three days.
 * Deterministic (no clock, no randomness): run it twice and git sees no change.
 *
 *   npx tsx scripts/make-seeds.ts [path/to/dev-bbc.jsonl]
 *
 * Times: 23–25 November 2026 UTC, the days this project was built, every story before 08:00 on the 25th. A demo
 * run that morning finds stories in "the last 24 hours"; tests and demos on any other day should pass a fixed
 * clock (e.g. 2026-11-25T09:00:00Z) instead of reading the wall clock, and then see the same digest every time.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { parseJsonArticle, parseWireText, toWireText } from "#news/article.ts";
import type { Article } from "#news/article.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = process.argv[2] ?? join(root, "..", "shared", "eval", "dev-bbc.jsonl");
const seedsDir = join(root, "seeds");

/**
 * Five per section, chosen for clear headlines and figures worth a key-figure card. Listed round-robin by
 * section so that every day gets a mix; the order here is the publication order.
 */
const PICKS = [
  "bbc-business-001", // Ad sales boost Time Warner profit
  "bbc-politics-001", // Labour plans maternity pay rise
  "bbc-tech-015", // Xbox power cable 'fire fear'
  "bbc-sport-005", // Dibaba breaks 5,000m world record
  "bbc-entertainment-025", // New Harry Potter tops book chart
  "bbc-business-009", // Ethiopia's crop production up 24%
  "bbc-politics-021", // Blair backs 'pre-election budget'
  "bbc-tech-011", // UK net users leading TV downloads
  "bbc-sport-009", // Off-colour Gardener storms to win
  "bbc-entertainment-013", // Levy takes Whitbread novel prize
  "bbc-business-013", // Peugeot deal boosts Mitsubishi
  "bbc-politics-023", // E-University 'disgraceful waste'
  "bbc-tech-013", // UK pioneers digital film network
  "bbc-sport-025", // El Guerrouj targets cross country
  "bbc-entertainment-021", // Obituary: Dame Alicia Markova
  "bbc-business-027", // Steel firm 'to cut' 45,000 jobs
  "bbc-politics-013", // Howard rebuts asylum criticisms
  "bbc-tech-025", // Sony PSP console hits US in March
  "bbc-sport-027", // Holmes feted with further honour
  "bbc-entertainment-023", // Famed music director Viotti dies
  "bbc-business-007", // Jobs growth still slow in the US
  "bbc-politics-007", // Fox attacks Blair's Tory 'lies'
  "bbc-tech-021", // Britons fed up with net service
  "bbc-sport-003", // Greene sets sights on world title
  "bbc-entertainment-015", // Mutant book wins Guardian prize
] as const;

/** Newsroom hours, irregular on purpose: 8 stories on the 23rd, 9 on the 24th, 8 overnight into the 25th. */
const TIMES = [
  "2026-11-23T07:10:00Z", "2026-11-23T08:45:00Z", "2026-11-23T10:20:00Z", "2026-11-23T11:55:00Z",
  "2026-11-23T13:30:00Z", "2026-11-23T15:05:00Z", "2026-11-23T16:40:00Z", "2026-11-23T18:15:00Z",
  "2026-11-24T06:50:00Z", "2026-11-24T08:25:00Z", "2026-11-24T09:40:00Z", "2026-11-24T11:15:00Z",
  "2026-11-24T12:30:00Z", "2026-11-24T14:05:00Z", "2026-11-24T15:50:00Z", "2026-11-24T17:20:00Z",
  "2026-11-24T19:35:00Z", "2026-11-25T00:40:00Z", "2026-11-25T02:15:00Z", "2026-11-25T03:30:00Z",
  "2026-11-25T04:45:00Z", "2026-11-25T05:20:00Z", "2026-11-25T06:05:00Z", "2026-11-25T06:50:00Z",
  "2026-11-25T07:35:00Z",
] as const;

/** Westminster stories are filed from London; the rest carry no dateline rather than an invented one. */
const DATELINES: Record<string, string> = { politics: "London" };

interface BbcRow {
  id: string;
  title: string;
  text: string;
  source: string;
}

function main(): void {
  const rows = new Map<string, BbcRow>();
  for (const line of readFileSync(source, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as BbcRow;
    rows.set(row.id, row);
  }
  if (PICKS.length !== TIMES.length) throw new Error("one time per story");

  const written = new Set<string>();
  PICKS.forEach((pick, i) => {
    const row = rows.get(pick);
    if (!row) throw new Error(`${pick} is not in ${source}`);
    const section = row.source.split("/").pop() ?? "";
    const article: Article = parseJsonArticle({
      headline: row.title,
      publishedAt: TIMES[i],
      text: row.text,
      byline: section === "sport" ? "BBC Sport" : "BBC News",
      ...(DATELINES[section] ? { dateline: DATELINES[section] } : {}),
      credit: "BBC",
    });
    const wire = toWireText(article);
    // The file must parse back to exactly this article, or the seed would teach the parser's mistakes.
    const reread = parseWireText(wire);
    if (!isDeepStrictEqual(reread, article)) {
      throw new Error(`${pick} does not survive a round trip through the wire format`);
    }
    const name = `${String(i + 1).padStart(3, "0")}_${article.id}.txt`;
    writeFileSync(join(seedsDir, name), wire);
    written.add(name);
  });
  // Files from an earlier pick list would otherwise linger; 000 (the original seed) is not ours to touch.
  for (const name of readdirSync(seedsDir)) {
    if (/^\d{3}_/.test(name) && !name.startsWith("000_") && !written.has(name)) rmSync(join(seedsDir, name));
  }
  console.log(`wrote ${written.size} seeds to ${seedsDir}`);
}

main();
