import { blockParagraphs } from "./article.ts";
import { DEFAULT_WEIGHTS, scoreSentences, selectBullets, type RankWeights } from "./rank.ts";
import { rouge, type RougeScores } from "./rouge.ts";
import { articleSentences, type Sentence } from "./sentences.ts";

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

export interface EvalReport {
  n: number;
  systems: { nutgraf: SystemScores; lead3: SystemScores };
}

export class EvalDataError extends Error {
  override readonly name = "EvalDataError";
}

/** Parses JSONL, naming the line of any malformed row instead of skipping it silently. */
export function parseEvalJsonl(text: string, limit = Infinity): EvalExample[] {
  const out: EvalExample[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new EvalDataError(`line ${i + 1}: not valid JSON`);
    }
    const o = row as Partial<Record<keyof EvalExample, unknown>>;
    if (typeof o.text !== "string" || !Array.isArray(o.highlights) || !o.highlights.every((h) => typeof h === "string")) {
      throw new EvalDataError(`line ${i + 1}: needs "text" (string) and "highlights" (array of strings)`);
    }
    const example: EvalExample = { id: typeof o.id === "string" ? o.id : `line-${i + 1}`, text: o.text, highlights: o.highlights as string[] };
    if (typeof o.title === "string") example.title = o.title;
    out.push(example);
  }
  return out;
}

export function exampleSentences(example: EvalExample): Sentence[] {
  const paragraphs = example.text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).flatMap(blockParagraphs);
  return articleSentences({ paragraphs });
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

/** Scores nutgraf and Lead-3 with one scorer over the same sentences: the side-by-side `nutgraf eval` prints. */
export function evaluate(examples: readonly EvalExample[], weights: RankWeights = DEFAULT_WEIGHTS): EvalReport {
  const ours: RougeScores[] = [];
  const lead: RougeScores[] = [];
  for (const example of examples) {
    const sentences = exampleSentences(example);
    const reference = example.highlights.join("\n");
    ours.push(rouge(nutgrafSummary(example, sentences, 3, weights).join("\n"), reference));
    lead.push(rouge(lead3(sentences).join("\n"), reference));
  }
  return { n: examples.length, systems: { nutgraf: mean(ours), lead3: mean(lead) } };
}
