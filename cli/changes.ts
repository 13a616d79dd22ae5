import { describeMove, type StoryChanges } from "#brief/changes.ts";
import { changesBetween } from "#lib/briefs.ts";
import { openArchive } from "#cli/archive.ts";
import { InputError, UsageError } from "#cli/usage.ts";

export interface ChangesCommandOptions {
  json: boolean;
  /** The earlier version to compare with (default: the one before the latest). */
  from?: number;
}

export function formatChanges(c: StoryChanges): string {
  const lines = [
    `${c.to.headline}  (id ${c.id})`,
    `version ${c.from.version} (${c.from.publishedAt}) → version ${c.to.version} (${c.to.publishedAt})`,
    "",
  ];
  if (c.headline) lines.push("Headline", `  was: ${c.headline.from}`, `  now: ${c.headline.to}`, "");
  const f = c.figures;
  if (f.moved.length + f.added.length + f.removed.length > 0) {
    lines.push("Figures");
    for (const m of f.moved) lines.push(`  ${describeMove(m)}`);
    for (const a of f.added) lines.push(`  new: ${a.display} ${a.label}`);
    for (const r of f.removed) lines.push(`  gone: ${r.display} ${r.label}`);
    lines.push("");
  }
  if (c.newBullets.length > 0) lines.push("New in the brief", ...c.newBullets.map((b) => `  + ${b}`), "");
  if (c.revisedBullets.length > 0) lines.push("Rewritten in the brief", ...c.revisedBullets.flatMap((r) => [`  - ${r.from}`, `  + ${r.to}`]), "");
  if (c.quiet) lines.push("No change to the headline, the key figures or the brief's sentences.", "");
  return `${lines.join("\n").trimEnd()}\n`;
}

/** `nutgraf changes <id-or-words> [--from N] [--json]`: what changed between two stored versions of a story. */
export async function changesCommand(target: string, options: ChangesCommandOptions): Promise<string> {
  const archive = await openArchive();
  try {
    const story = (await archive.store.get(target)) ?? (await archive.store.search(target, 1))[0];
    // Like brief's unknown article: exit 1. A --from outside the story's versions stays usage (a flag out of range).
    if (!story) throw new InputError(`no stored story matches "${target}" (in ${archive.where})`);
    const versions = await archive.store.versions(story.id);
    const latest = versions.at(-1);
    if (!latest || versions.length < 2) return `"${story.headline}" (id ${story.id}) has one version only: nothing to compare yet.\n`;
    const from = options.from ?? latest.version - 1;
    const earlier = versions.find((v) => v.version === from);
    if (!earlier || from >= latest.version) {
      throw new UsageError(`--from must be an earlier version of ${story.id}: 1 to ${latest.version - 1}`);
    }
    const changes = changesBetween(earlier, latest);
    return options.json ? `${JSON.stringify(changes, null, 2)}\n` : formatChanges(changes);
  } finally {
    await archive.close();
  }
}
