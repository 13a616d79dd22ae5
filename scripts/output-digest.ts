/**
 * Fingerprints of what nutgraf prints, to prove a speed change left every output byte-identical: run it before and
 * after and compare the lines (or `--dump DIR` both times and `diff -r` the folders to see what moved).
 * Run: npx tsx scripts/output-digest.ts [--dump DIR] [--quick]
 *
 * Sections: `brief --json` (default, and with --bullets 10 --figures 20) and `figures --all --json` on every seed;
 * the same three over the first 300 articles of cnndm-dev.jsonl and over the 1,214 bench articles (dev.jsonl +
 * dev-bbc.jsonl, parsed as the bench parses them); `eval --json` on dev.jsonl and `eval --figures --json` on the
 * figures gold (skipped with --quick: they take the longest).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseJsonArticle, type Article } from "#news/article.ts";
import { briefArticle } from "#brief/brief.ts";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { evalDir, evalFile } from "#eval/datasets.ts";
import { parseEvalJsonl } from "#eval/evaluate.ts";
import { briefCommand } from "#cli/brief.ts";
import { figuresCommand } from "#cli/figures.ts";
import { evalCommand } from "#cli/eval.ts";
import { evalFiguresCommand } from "#cli/eval-figures.ts";

const { values } = parseArgs({ options: { dump: { type: "string" }, quick: { type: "boolean" } } });
const SEEDS = new URL("../seeds/", import.meta.url).pathname;

function report(name: string, text: string): void {
  console.log(`${createHash("sha256").update(text).digest("hex").slice(0, 16)}  ${name} (${text.length} chars)`);
  if (values.dump !== undefined) {
    mkdirSync(values.dump, { recursive: true });
    writeFileSync(join(values.dump, `${name}.txt`), text);
  }
}

/** What `brief --json` and `figures --all --json` print for a parsed article. */
function articleOutputs(articles: readonly Article[]): { brief: string; wide: string; all: string } {
  let brief = "";
  let wide = "";
  let all = "";
  for (const a of articles) {
    brief += `${JSON.stringify(briefArticle(a), null, 2)}\n`;
    wide += `${JSON.stringify(briefArticle(a, { bullets: 10, figures: 20 }), null, 2)}\n`;
    all += `${JSON.stringify(everyNumber(articleSentences(a)), null, 2)}\n`;
  }
  return { brief, wide, all };
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
let brief = "";
let wide = "";
let all = "";
for (const f of seeds) {
  const file = join(SEEDS, f);
  brief += await briefCommand(file, { json: true, explain: false });
  wide += await briefCommand(file, { json: true, explain: false, bullets: 10, figures: 20 });
  all += await figuresCommand(file, { all: true, json: true });
}
report("seeds-brief", brief);
report("seeds-brief-wide", wide);
report("seeds-figures-all", all);

const cnndm = parseEvalJsonl(readFileSync(evalFile("cnndm-dev.jsonl"), "utf8"))
  .slice(0, 300)
  .map((e) => parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }));
const c = articleOutputs(cnndm);
report("cnndm300-brief", c.brief);
report("cnndm300-brief-wide", c.wide);
report("cnndm300-figures-all", c.all);

const bench = ["dev.jsonl", "dev-bbc.jsonl"].flatMap((f) =>
  parseEvalJsonl(readFileSync(evalFile(f), "utf8")).map((e) =>
    parseJsonArticle({ id: e.id.slice(0, 64), title: e.title ?? e.text.slice(0, 80), text: e.text, publishedAt: "2026-01-01T00:00:00Z" }),
  ),
);
const b = articleOutputs(bench);
report("bench-brief", b.brief);
report("bench-brief-wide", b.wide);
report("bench-figures-all", b.all);

if (!values.quick) {
  const dir = evalDir();
  report("eval-dev", evalCommand(join(dir, "dev.jsonl"), { json: true }));
  report("eval-dev-text", evalCommand(join(dir, "dev.jsonl"), { json: false }));
  const gold = join(dir, "figures-dev.jsonl");
  const sets = [join(dir, "dev.jsonl"), join(dir, "dev-bbc.jsonl")];
  report("eval-figures", evalFiguresCommand(gold, sets, { json: true }));
  report("eval-figures-text", evalFiguresCommand(gold, sets, { json: false }));
}
