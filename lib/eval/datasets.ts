import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { EvalDataError } from "#eval/evaluate.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The full dev sets (1,214 articles) are not in the repository: in the project's workspace they sit beside it.
 * README "Evaluation data" says where they come from.
 */
export const FULL_EVAL_DIR = join(ROOT, "../shared/eval");
/** The small subsets the tests run on, in the repository (test/fixtures/eval/README.md). */
export const FIXTURE_EVAL_DIR = join(ROOT, "test/fixtures/eval");

/** Where the tools (bench, tune) read the dev sets: `NUTGRAF_EVAL_DIR`, else the full sets beside the repository. */
export function evalDir(env: Record<string, string | undefined> = process.env): string {
  return env.NUTGRAF_EVAL_DIR?.trim() || FULL_EVAL_DIR;
}

/** A path as a person in the repository would type it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.length < path.length ? rel : path;
}

/**
 * The path of one eval file in `dir`, or an EvalDataError that names the missing file and the way out in one line,
 * so `npm run bench` on a fresh clone says what is wrong instead of printing a stack trace.
 */
export function evalFile(name: string, dir: string = evalDir()): string {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new EvalDataError(
      `missing eval data ${shown(path)}: the full dev sets are not in the repository (README "Evaluation data"); ` +
        `use the in-repo subsets with --data ${shown(FIXTURE_EVAL_DIR)} or NUTGRAF_EVAL_DIR=${shown(FIXTURE_EVAL_DIR)}`,
    );
  }
  return path;
}
