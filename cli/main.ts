import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ArticleError } from "#news/article.ts";
import { EvalDataError } from "#eval/evaluate.ts";
import { StoreError } from "#store/store.ts";
import { FeedRunError } from "#ingest/poll-feeds.ts";
import { benchCommand } from "#cli/bench.ts";
import { briefCommand } from "#cli/brief.ts";
import { changesCommand } from "#cli/changes.ts";
import { evalCommand } from "#cli/eval.ts";
import { feedbackCommand } from "#cli/feedback.ts";
import { evalFiguresCommand } from "#cli/eval-figures.ts";
import { figuresCommand } from "#cli/figures.ts";
import { feedsCommand } from "#cli/feeds.ts";
import { deadLettersCommand, ingestCommand } from "#cli/ingest.ts";
import { seedCommand } from "#cli/seed.ts";
import { rebriefCommand } from "#cli/rebrief.ts";
import { reindexCommand } from "#cli/reindex.ts";
import { InputError, USAGE, UsageError } from "#cli/usage.ts";

/**
 * A count flag's value, at least `min`: below it a command did something else than asked and said nothing (`--limit 0`
 * printed "No dead letters" over a table holding some; `--figures=-1` an empty card), so it is usage, exit 2.
 */
function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} needs a whole number, not "${value}"`);
  if (n < min) throw new UsageError(`${flag} needs a whole number of at least ${min}, not "${value}"`);
  return n;
}

/** A command's printed output, or the exit code of one (`start`) that does its own printing. */
type Outcome = string | { exitCode: number };

async function run(argv: string[]): Promise<Outcome> {
  const [command, ...rest] = argv;
  switch (command) {
    case "brief": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { json: { type: "boolean" }, explain: { type: "boolean" }, bullets: { type: "string" }, figures: { type: "string" } },
      });
      const target = positionals.join(" ");
      if (!target) throw new UsageError("brief needs a file or an article id");
      return briefCommand(target, {
        json: values.json ?? false,
        explain: values.explain ?? false,
        bullets: integer(values.bullets, "--bullets", 1),
        figures: integer(values.figures, "--figures", 0),
      });
    }
    case "eval": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { json: { type: "boolean" }, limit: { type: "string" }, figures: { type: "string" }, "no-pos": { type: "boolean" }, "no-peers": { type: "boolean" } },
      });
      if (values.figures !== undefined) return evalFiguresCommand(values.figures, positionals, { json: values.json ?? false, pos: !(values["no-pos"] ?? false) });
      if (positionals.length !== 1) throw new UsageError("eval needs one dataset file (JSONL)");
      return evalCommand(positionals[0]!, { json: values.json ?? false, limit: integer(values.limit, "--limit", 1), peers: !values["no-peers"] });
    }
    case "figures": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { json: { type: "boolean" }, all: { type: "boolean" }, figures: { type: "string" } },
      });
      const target = positionals.join(" ");
      if (!target) throw new UsageError("figures needs a file or an article id");
      return figuresCommand(target, { all: values.all ?? false, json: values.json ?? false, limit: integer(values.figures, "--figures", 0) });
    }
    case "seed": {
      const { values } = parseArgs({ args: rest, options: { dir: { type: "string" }, now: { type: "boolean" } } });
      return seedCommand(values.dir, { now: values.now ? new Date() : undefined });
    }
    case "rebrief": {
      const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" }, force: { type: "boolean" } } });
      return rebriefCommand({ json: values.json ?? false, force: values.force ?? false });
    }
    case "reindex": {
      const { values } = parseArgs({ args: rest, options: { json: { type: "boolean" } } });
      return reindexCommand({ json: values.json ?? false });
    }
    case "ingest": {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: "boolean" }, retry: { type: "string" } } });
      if (positionals.length > 1) throw new UsageError("ingest takes one file, directory or URL");
      const { output, exitCode } = await ingestCommand(positionals[0], { json: values.json ?? false, ...(values.retry ? { retry: values.retry } : {}) });
      process.stdout.write(output);
      return { exitCode };
    }
    case "deadletters": {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: "boolean" }, limit: { type: "string" } } });
      return deadLettersCommand(positionals[0], { json: values.json ?? false, limit: integer(values.limit, "--limit", 1) });
    }
    case "feeds": {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: "boolean" }, poll: { type: "boolean" } } });
      const { output, failure } = await feedsCommand({ json: values.json ?? false, poll: values.poll ?? false, urls: positionals });
      if (!failure) return output;
      process.stdout.write(output);
      throw failure;
    }
    case "changes": {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: "boolean" }, from: { type: "string" } } });
      const target = positionals.join(" ");
      if (!target) throw new UsageError("changes needs a story id (or headline words)");
      return changesCommand(target, { json: values.json ?? false, from: integer(values.from, "--from", 1) });
    }
    case "bench": {
      const { values } = parseArgs({
        args: rest,
        options: { json: { type: "boolean" }, quick: { type: "boolean" }, search: { type: "boolean" }, data: { type: "string" } },
      });
      return benchCommand({
        json: values.json ?? false,
        quick: values.quick ?? false,
        search: values.search ?? false,
        ...(values.data ? { data: resolve(values.data) } : {}),
      });
    }
    case "feedback": {
      const { values } = parseArgs({ args: rest, options: { since: { type: "string" }, json: { type: "boolean" } } });
      return feedbackCommand({ json: values.json ?? false, ...(values.since !== undefined ? { since: values.since } : {}) });
    }
    case "start": {
      const { main } = await import("#local/start.ts");
      return { exitCode: await main(rest) };
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      return USAGE;
    default:
      throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

/** Runs one CLI command; returns the process exit code (0 ok, 1 bad input or failure, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  try {
    const output = await run(argv);
    if (typeof output !== "string") return output.exitCode;
    process.stdout.write(output);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
      process.stderr.write(`nutgraf: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`nutgraf: ${error.message}\n`);
      return 1;
    }
    if (error instanceof ArticleError || error instanceof EvalDataError || error instanceof StoreError || error instanceof FeedRunError) {
      process.stderr.write(`nutgraf: ${error.name}${"code" in error ? ` ${error.code}` : ""}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
