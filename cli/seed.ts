import { openArchive, SEEDS_DIR } from "#cli/archive.ts";
import { seedStore } from "#store/seed.ts";

/** Loads a directory of articles into the archive the environment names, and says what happened to each file. */
export async function seedCommand(dir = SEEDS_DIR): Promise<string> {
  const archive = await openArchive(process.env, { seed: false });
  try {
    const report = await seedStore(archive.store, dir);
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
