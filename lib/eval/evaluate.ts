import * as v from "valibot";
import { blockParagraphs, fieldProblem, jsonObject, textBlocks } from "#news/article.ts";
import { DEFAULT_WEIGHTS, scoreSentences, selectBullets, type RankWeights } from "#brief/rank.ts";
import { rouge, type RougeScores } from "#eval/rouge.ts";
import { readSentences, type Sentence } from "#news/sentences.ts";
import { pairedBootstrap, type Interval } from "#eval/bootstrap.ts";
import { oracleSummary, textrankSummary } from "#eval/peers.ts";

/** One line of an eval file: the format of ../shared/eval/*.jsonl. */
export interface EvalExample {
  id: string;
  title?: string;
  text: string;
  highlights: string[];
}

/** Mean F1 in percent, as `nutgraf eval --json` prints it. */
export interface SystemScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
}

/** nutgraf − Lead-3 per measure, with its paired-bootstrap 95% interval, in ROUGE points. */
export type Difference = Record<keyof SystemScores, Interval>;

export interface EvalReport {
  n: number;
  /** Lines of the file that could not be used (see readEvalSet); present only when some were skipped. */
  skipped?: number;
  systems: { nutgraf: SystemScores; lead3: SystemScores };
  /** nutgraf − Lead-3 with a paired bootstrap interval (added with issue 15; `systems` is unchanged). */
  difference: Difference;
  /** Read beside: npm ts-textrank on the raw text, and the greedy oracle (the ceiling of a 3-sentence extract). */
  peers?: { textrank: SystemScores; oracle: SystemScores };
}

export interface EvalOptions {
  weights?: RankWeights;
  /** Also score ts-textrank and the oracle (slower: the oracle tries every sentence three times). */
  peers?: boolean;
}

export class EvalDataError extends Error {
  override readonly name = "EvalDataError";
}

/** A line of an eval file that could not be used, and why. */
export interface SkippedLine {
  line: number;
  reason: string;
}

const ROW_NEEDS = 'needs "text" (string) and "highlights" (array of strings)';
/** An odd id or title does not make a row unusable: the row is still scored, under `line-N` and without a headline. */
const lenientText = v.fallback(v.optional(v.string()), undefined);

/** One eval row. `highlights` may also be one string, one highlight per line (as some exports write them). */
const EVAL_ROW = jsonObject(
  {
    id: lenientText,
    title: lenientText,
    text: v.string("must be a string"),
    highlights: v.union(
      [
        v.array(v.string()),
        v.pipe(
          v.string(),
          v.transform((lines) => lines.split("\n").filter((h) => h.trim() !== "")),
        ),
      ],
      "must be an array of strings or one string (a highlight per line)",
    ),
  },
  "not a JSON object",
);

/** One row, or why it is unusable. */
function readRow(line: string, number: number): EvalExample | SkippedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { line: number, reason: "not valid JSON" };
  }
  const parsed = v.safeParse(EVAL_ROW, json, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    // What a row needs, then which field broke it; a line that is not an object at all has no field to name.
    return { line: number, reason: v.getDotPath(issue) ? `${ROW_NEEDS}: ${fieldProblem(issue)}` : issue.message };
  }
  const row = parsed.output;
  const example: EvalExample = { id: row.id ?? `line-${number}`, text: row.text, highlights: row.highlights };
  if (row.title !== undefined && row.title.trim() !== "") example.title = row.title;
  return example;
}

/**
 * Reads JSONL leniently: an unusable line is skipped and reported (with its number and reason) rather than
 * ending the whole evaluation, and the report says how many were skipped so no score hides it.
 */
export function readEvalSet(text: string, limit = Infinity): { examples: EvalExample[]; skipped: SkippedLine[] } {
  const examples: EvalExample[] = [];
  const skipped: SkippedLine[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && examples.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    const row = readRow(line, i + 1);
    if ("reason" in row) skipped.push(row);
    else examples.push(row);
  }
  return { examples, skipped };
}

/** Strict: the first unusable line is an EvalDataError naming it (for data nutgraf ships and tunes on). */
export function parseEvalJsonl(text: string, limit = Infinity): EvalExample[] {
  const { examples, skipped } = readEvalSet(text, limit);
  const first = skipped[0];
  if (first) throw new EvalDataError(`line ${first.line}: ${first.reason}`);
  return examples;
}

export function exampleSentences(example: EvalExample): Sentence[] {
  return exampleReading(example).sentences;
}

/** The example's story sentences and what the cleaner left out of them (the card reads fact boxes among those). */
export function exampleReading(example: EvalExample): ReturnType<typeof readSentences> {
  // The article parser's own paragraph rule, so Lead-3 and nutgraf see the sentences a stored story would have.
  return readSentences({ paragraphs: textBlocks(example.text).flatMap(blockParagraphs) });
}

export function nutgrafSummary(example: EvalExample, sentences: readonly Sentence[], count = 3, weights: RankWeights = DEFAULT_WEIGHTS): string[] {
  const input = example.title ? { sentences, headline: example.title } : { sentences };
  const scored = scoreSentences(input, weights);
  return selectBullets(scored, count, weights).map((r) => sentences[r.index]!.text);
}

export function lead3(sentences: readonly Sentence[]): string[] {
  return sentences.slice(0, 3).map((s) => s.text);
}

function mean(scores: readonly RougeScores[]): SystemScores {
  const avg = (pick: (s: RougeScores) => number) =>
    scores.length === 0 ? 0 : Math.round((scores.reduce((sum, s) => sum + pick(s), 0) / scores.length) * 1e4) / 1e2;
  return {
    rouge1: avg((s) => s.rouge1.f1),
    rouge2: avg((s) => s.rouge2.f1),
    rougeL: avg((s) => s.rougeL.f1),
    rougeLsum: avg((s) => s.rougeLsum.f1),
  };
}

const MEASURES = ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const;

function difference(ours: readonly RougeScores[], lead: readonly RougeScores[]): Difference {
  const interval = (m: (typeof MEASURES)[number]) => pairedBootstrap(ours.map((s, i) => 100 * (s[m].f1 - lead[i]![m].f1)));
  return { rouge1: interval("rouge1"), rouge2: interval("rouge2"), rougeL: interval("rougeL"), rougeLsum: interval("rougeLsum") };
}

/** Scores nutgraf and Lead-3 with one scorer over the same sentences: the side-by-side `nutgraf eval` prints. */
export function evaluate(examples: readonly EvalExample[], options: EvalOptions = {}): EvalReport {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const ours: RougeScores[] = [];
  const lead: RougeScores[] = [];
  const textrank: RougeScores[] = [];
  const oracle: RougeScores[] = [];
  for (const example of examples) {
    const sentences = exampleSentences(example);
    const reference = example.highlights.join("\n");
    ours.push(rouge(nutgrafSummary(example, sentences, 3, weights).join("\n"), reference));
    lead.push(rouge(lead3(sentences).join("\n"), reference));
    if (options.peers) {
      textrank.push(rouge(textrankSummary(example.text).join("\n"), reference));
      oracle.push(rouge(oracleSummary(sentences, reference).join("\n"), reference));
    }
  }
  const report: EvalReport = { n: examples.length, systems: { nutgraf: mean(ours), lead3: mean(lead) }, difference: difference(ours, lead) };
  if (options.peers) report.peers = { textrank: mean(textrank), oracle: mean(oracle) };
  return report;
}
