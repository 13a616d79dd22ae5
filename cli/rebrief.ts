import { BRIEF_ALGORITHM, type BriefAlgorithm } from "#brief/algorithm.ts";
import { openArchive } from "#cli/archive.ts";
import { InputError } from "#cli/usage.ts";
import { rebriefAll, type RebriefReport } from "#lib/briefs.ts";

export interface RebriefCommandOptions {
  json: boolean;
  /** Also replace briefs of a newer or same-generation algorithm: after a rollback, once the newer code is gone. */
  force: boolean;
  /** Tests pass another; the running one by default. */
  algorithm?: BriefAlgorithm;
}

export function formatRebrief(report: RebriefReport, where: string): string {
  return [
    `Rebriefed ${where} with brief algorithm ${report.algorithm}:`,
    `  stories     ${report.stories}`,
    `  rebriefed   ${report.rebriefed}`,
    `  current     ${report.current}  (already stored by this algorithm)`,
    `  kept        ${report.kept}  (a newer algorithm's brief, or the story changed meanwhile; --force after a rollback)`,
    `  too large   ${report.tooLarge}  (the brief would take the item past 400 KB: computed on each read)`,
    `  unstorable  ${report.unstorable}`,
    "",
  ].join("\n");
}

/**
 * `nutgraf rebrief [--force] [--json]`: after a deploy that changed the brief's algorithm, every story's stored brief
 * recomputed in one pass, so no editor waits for a recomputation (README: "The brief stored with each version").
 */
export async function rebriefCommand(options: RebriefCommandOptions): Promise<string> {
  const algorithm = options.algorithm ?? BRIEF_ALGORITHM;
  if (!algorithm.recorded) {
    throw new InputError(
      "this build's brief algorithm is not recorded (run npx tsx scripts/brief-algorithm.ts): its briefs could not be ordered against stored ones, so none are written",
    );
  }
  const archive = await openArchive(process.env, { seed: false });
  try {
    const report = await rebriefAll(archive.store, { force: options.force, algorithm });
    return options.json ? `${JSON.stringify({ ...report, where: archive.where }, null, 2)}\n` : formatRebrief(report, archive.where);
  } finally {
    await archive.close();
  }
}
