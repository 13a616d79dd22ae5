/**
 * Whether part-of-speech tags depend on what the process read before: tags every number sentence of cnndm-dev.jsonl
 * in a fresh process forwards and in another backwards, and counts the sentences whose tags differ (README, first
 * section; test/figures-tag-order.test.ts). 0 since 19261eb; `git checkout 19261eb^ -- lib/brief/figures/language/pos.ts` gives
 * the 127 before it.
 * Run: npx tsx scripts/tag-order.ts [--file cnndm-dev.jsonl]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { tagTokens } from "#brief/figures/language/pos.ts";
import { HAS_NUMBER, tokenize } from "#brief/figures/language/tokens.ts";
import { evalFile } from "#eval/datasets.ts";
import { exampleSentences, readEvalSet } from "#eval/evaluate.ts";

const { values } = parseArgs({ options: { file: { type: "string", default: "cnndm-dev.jsonl" }, order: { type: "string" } } });
const file = values.file ?? "cnndm-dev.jsonl";

if (values.order !== undefined) {
  // A child: tag in the given order, print one line of tags a sentence, in file order.
  const { examples } = readEvalSet(readFileSync(evalFile(file), "utf8"));
  const sentences = examples.flatMap((e) => exampleSentences(e).map((s) => s.text)).filter((t) => HAS_NUMBER.test(t));
  const order = values.order === "backwards" ? [...sentences.keys()].reverse() : [...sentences.keys()];
  const out: string[] = new Array<string>(sentences.length);
  for (const i of order) {
    const text = sentences[i]!;
    const toks = tokenize(text);
    tagTokens(text, toks);
    out[i] = toks.map((t) => `${t.s}/${t.pos ?? ""}`).join(" ");
  }
  process.stdout.write(JSON.stringify(out));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (order: string): string[] =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, self, "--file", file, "--order", order], { encoding: "utf8", maxBuffer: 1 << 30 })) as string[];
  const forwards = run("forwards");
  const backwards = run("backwards");
  const differ = forwards.filter((tags, i) => tags !== backwards[i]);
  console.log(`${file}: ${forwards.length} number sentences, ${differ.length} tagged differently read forwards or backwards`);
  for (const tags of differ.slice(0, 3)) console.log(`  ${tags}`);
}
