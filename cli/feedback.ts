import { summarize, type FeedbackSummary } from "#lib/feedback/feedback.ts";
import { DurationError, parseDuration } from "#lib/duration.ts";
import { DynamoFeedbackStore } from "#store/dynamo-feedback.ts";
import { openArchive } from "#cli/archive.ts";
import { UsageError } from "#cli/usage.ts";

export interface FeedbackCommandOptions {
  /** "7d", "12h", …; default 7d. */
  since?: string;
  json: boolean;
  env?: NodeJS.ProcessEnv;
  /** The end of the window (default: now). */
  now?: Date;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function format(summary: FeedbackSummary, headlines: ReadonlyMap<string, string>, skipped: number): string {
  const k = summary.byKind;
  const lines = [
    `Feedback ${summary.from} – ${summary.to}: ${plural(summary.total, "press", "presses")} by ${plural(summary.editors, "editor")}` +
      ` (useful ${k.useful}, bad bullet ${k.bad_bullet}, wrong figure ${k.wrong_figure})`,
  ];
  if (skipped > 0) lines.push(`  (${plural(skipped, "stored record")} could not be read and ${skipped === 1 ? "is" : "are"} left out)`);
  for (const s of summary.stories) {
    const parts = [
      s.badBullets > 0 ? `bad bullets ${s.badBullets} (${s.sentences.map((x) => `sentence ${x.sentence} ×${x.presses}`).join(", ")})` : undefined,
      s.wrongFigures > 0 ? `wrong figures ${s.wrongFigures} (${s.figures.map((x) => `${x.figure} ×${x.presses}`).join(", ")})` : undefined,
      s.useful > 0 ? `useful ${s.useful}` : undefined,
    ].filter((p): p is string => p !== undefined);
    lines.push(`  ${s.articleId}  ${headlines.get(s.articleId) ?? "(no longer stored)"}`, `      ${parts.join("; ")}  [version ${s.versions.join(", ")}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** `nutgraf feedback --since 7d`: what editors pressed, per story, complaints first. */
export async function feedbackCommand(options: FeedbackCommandOptions): Promise<string> {
  let windowMs: number;
  try {
    windowMs = parseDuration(options.since ?? "7d");
  } catch (error) {
    if (error instanceof DurationError) throw new UsageError(`--since: ${error.message}`);
    throw error;
  }
  const archive = await openArchive(options.env ?? process.env, { seed: false });
  try {
    let skipped = 0;
    const feedback = new DynamoFeedbackStore({ client: archive.client, tableName: archive.tableName, onMalformed: () => void skipped++ });
    const to = options.now ?? new Date();
    const from = new Date(to.getTime() - windowMs);
    const summary = summarize(await feedback.between(from, to), from, to);
    if (options.json) return `${JSON.stringify({ ...summary, ...(skipped > 0 ? { skipped } : {}) }, null, 2)}\n`;
    const headlines = new Map<string, string>();
    for (const s of summary.stories) {
      const article = await archive.store.get(s.articleId);
      if (article) headlines.set(s.articleId, article.headline);
    }
    return format(summary, headlines, skipped);
  } finally {
    await archive.close();
  }
}
