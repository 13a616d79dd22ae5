// Which signals separate the sentences a reference keeps from the rest, per corpus: for each signal, the mean over
// articles of its within-article AUC (the chance that a kept sentence outranks a dropped one; 0.5 = no signal).
// BBC references are extracts, so "kept" is a sentence of the reference; CNN/DailyMail's are abstracts, so "kept" is a
// sentence of the greedy oracle (lib/eval/peers.ts).  npx tsx scripts/rank-signals.ts [cnndm articles, default 1000]
import { readFileSync } from "node:fs";
import { degreeCentrality, forwardCentrality, overlapVectors, pageRankCentrality, tfidf } from "#brief/centrality.ts";
import { articleSignals } from "#brief/rank-features.ts";
import { evalFile } from "#eval/datasets.ts";
import { exampleSentences, parseEvalJsonl } from "#eval/evaluate.ts";
import { oracleSummary } from "#eval/peers.ts";
import { analyzeTerms } from "#news/terms.ts";
import { withinAuc } from "#scripts/tune-auc.ts";

type Row = Record<string, number>;

function rows(file: string, limit: number, extractive: boolean): { rows: Row[]; label: boolean[] }[] {
  return parseEvalJsonl(readFileSync(evalFile(file), "utf8")).slice(0, limit).map((ex) => {
    const sentences = exampleSentences(ex);
    const { signals } = articleSignals(ex.title ? { sentences, headline: ex.title } : { sentences });
    const analyzed = sentences.map((s) => analyzeTerms(s.text));
    const ov = overlapVectors(analyzed.map((a) => a.stems), analyzed.map((a) => a.words));
    const odeg = degreeCentrality(ov);
    const fwdCos = forwardCentrality(tfidf(analyzed.map((a) => a.stems)));
    const fwdOv = forwardCentrality(ov);
    const opr = pageRankCentrality(ov);
    const norm = (t: string) => t.replace(/\s+/g, " ").trim();
    const kept = new Set(extractive ? ex.highlights.map(norm) : oracleSummary(sentences, ex.highlights.join("\n")).map(norm));
    const paragraphs = new Set(sentences.map((s) => s.paragraph)).size;
    const df = new Map<string, number>();
    for (const a of analyzed) for (const t of new Set(a.stems)) df.set(t, (df.get(t) ?? 0) + 1);
    const sumDf = analyzed.map((a) => [...new Set(a.stems)].reduce((x, t) => x + df.get(t)! - 1, 0));
    const distinct = analyzed.map((a) => new Set(a.stems).size);
    const tf = new Map<string, number>();
    for (const a of analyzed) for (const t of a.stems) tf.set(t, (tf.get(t) ?? 0) + 1);
    const maxTf = Math.max(1, ...tf.values());
    const sumTf = analyzed.map((a) => a.stems.reduce((x, t) => x + tf.get(t)! / maxTf, 0));
    return {
      rows: signals.map((s, i) => ({
        index: s.index, fraction: s.index / sentences.length, paragraphNo: sentences[i]!.paragraph, inParagraph: s.inParagraph,
        words: s.words, degree: s.degree, pagerank: s.pagerank, centroid: s.centroid, headline: s.headline,
        figures: s.figures, quote: s.quote, entities: s.entities, lead: s.lead, anaphora: s.anaphora,
        overlapDegree: odeg[i]!, overlapRank: opr[i]!, digits: /\d/.test(sentences[i]!.text) ? 1 : 0, paragraphs,
        sumDf: sumDf[i]!, meanDf: distinct[i]! > 0 ? sumDf[i]! / distinct[i]! : 0, distinct: distinct[i]!,
        sumTf: sumTf[i]!, meanTf: analyzed[i]!.stems.length ? sumTf[i]! / analyzed[i]!.stems.length : 0,
        sumTfShort: s.words < 30 ? sumTf[i]! : 0,
        forwardCosine: fwdCos[i]!, forwardOverlap: fwdOv[i]!,
        // Products of centrality and the position decay: what a linear score cannot express.
        degreeXposition: s.degree / (1 + s.index / 8), overlapXposition: odeg[i]! / (1 + s.index / 8),
      })),
      label: sentences.map((s) => kept.has(norm(s.text))),
    };
  });
}

function report(name: string, articles: { rows: Row[]; label: boolean[] }[]): void {
  const keys = Object.keys(articles[0]!.rows[0]!);
  const keptShare = articles.reduce((a, x) => a + x.label.filter(Boolean).length / x.label.length, 0) / articles.length;
  console.log(`\n${name}: ${articles.length} articles, kept share ${(100 * keptShare).toFixed(1)}%`);
  console.log("| signal | mean kept | mean dropped | within-article AUC |\n|---|---|---|---|");
  for (const k of keys) {
    let kSum = 0, kN = 0, dSum = 0, dN = 0;
    for (const a of articles) a.rows.forEach((r, i) => (a.label[i] ? ((kSum += r[k]!), kN++) : ((dSum += r[k]!), dN++)));
    const aucMean = withinAuc(articles.map((a) => ({ values: a.rows.map((r) => r[k]!), labels: a.label })));
    console.log(`| ${k} | ${(kSum / kN).toFixed(3)} | ${(dSum / dN).toFixed(3)} | ${aucMean.toFixed(3)} |`);
  }
}

const limit = Number(process.argv[2] ?? 1000);
report("BBC (dev-bbc.jsonl, reference sentences)", rows("dev-bbc.jsonl", Infinity, true));
report(`CNN/DailyMail (first ${limit} of cnndm-dev.jsonl, greedy-oracle sentences)`, rows("cnndm-dev.jsonl", limit, false));
