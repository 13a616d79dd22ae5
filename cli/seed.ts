import { existsSync, statSync } from "node:fs";
import { openArchive, SEEDS_DIR } from "#cli/archive.ts";
import { offsetToNow, shiftArticle } from "#news/retime.ts";
import { InputError } from "#cli/usage.ts";
import { newestPublished, seedStore, type SeedOptions } from "#store/seed.ts";

/** Loads a directory of articles into the archive the environment names, and says what happened to each file. */
export async function seedCommand(dir = SEEDS_DIR, options: { now?: Date } = {}): Promise<string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`no such directory: ${dir}`);
  // --now: the stories move in time together (gaps kept) so the newest was filed just before now, as npm start does.
  const newest = options.now ? await newestPublished(dir) : undefined;
  const offset = options.now && newest !== undefined ? offsetToNow(newest, options.now) : 0;
  const seedOptions: SeedOptions = offset ? { retime: (article) => shiftArticle(article, offset) } : {};
  const archive = await openArchive(process.env, { seed: false });
  try {
    const report = await seedStore(archive.store, dir, seedOptions);
    const lines = [
      `Seeded ${archive.where} from ${dir}:`,
      `  loaded    ${report.loaded.length}${report.loaded.length ? `  (${report.loaded.join(", ")})` : ""}`,
      `  unchanged ${report.unchanged.length}`,
      `  rejected  ${report.rejected.length}`,
      ...report.rejected.map((r) => `    ${r.file}: ${r.error}`),
    ];
    if (archive.embedded) lines.push("", "(The embedded archive lives in memory and is gone when this command ends: set DYNAMODB_ENDPOINT, or use `npm start`.)");
    return `${lines.join("\n")}\n`;
  } finally {
    await archive.close();
  }
}
