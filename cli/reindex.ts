import { openArchive } from "#cli/archive.ts";
import { reindexTable, type ReindexReport } from "#store/reindex.ts";

export function formatReindex(report: ReindexReport, where: string): string {
  return [
    `Reindexed ${where}:`,
    `  stories    ${report.stories}`,
    `  reindexed  ${report.reindexed}  (word items laid out by today's indexer, older ones taken out)`,
    `  current    ${report.current}  (laid out by today's indexer already)`,
    `  moved on   ${report.movedOn}  (changed meanwhile: the new version laid its own words out)`,
    `  damaged    ${report.damaged}  (not a whole article: its next put replaces it)`,
    "",
  ].join("\n");
}

/**
 * `nutgraf reindex [--json]`: stories stored before today's search index (README: "The table: key design") get their
 * headline words laid out again, so a word inside a Chinese or Japanese headline finds a story stored before the
 * two-character pieces. Running it again does nothing more; a run stopped part way is carried on by running it again.
 */
export async function reindexCommand(options: { json: boolean }): Promise<string> {
  const archive = await openArchive(process.env, { seed: false });
  try {
    const report = await reindexTable(archive.client, archive.tableName);
    return options.json ? `${JSON.stringify({ ...report, where: archive.where }, null, 2)}\n` : formatReindex(report, archive.where);
  } finally {
    await archive.close();
  }
}
