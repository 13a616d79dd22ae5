/**
 * How much of the figure path's work reaches the card, over the 1,214 bench articles (dev.jsonl + dev-bbc.jsonl,
 * parsed as the bench parses them): sentences, those holding a number, those left with a figure once read and
 * labelled, the candidates, and the figures on a card of five and of twenty. And whether the card could skip
 * labelling the candidates it does not show: how many figures on a card rank, by their own score (cardScore, before the
 * pick's trades), below the card's size among the article's candidates, which a bound on the score would have cut
 * before their labels were read. The candidates are the brief's (briefArticle): its sentences, what the cleaner left
 * out, the ranking's salience. Prints counts only (no article text).
 * Run: npx tsx scripts/figure-funnel.ts [DATA_DIR=evalDir()]
 */
import { benchArticles } from "#cli/bench-brief.ts";
import { evalDir } from "#eval/datasets.ts";
import { readSentences } from "#news/sentences.ts";
import { salience, scoreSentences } from "#brief/rank.ts";
import { hasNumber } from "#brief/figures/language/tokens.ts";
import { sentenceFigures } from "#brief/figures/card/sentence.ts";
import { type Candidate, cardCandidates } from "#brief/figures/card/candidates.ts";
import { cardScore, pickFigures } from "#brief/figures/card/card.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { CARD_WEIGHTS } from "#brief/figures/card/weights.ts";

const articles = benchArticles(process.argv[2] ?? evalDir());
const LIMITS = [5, 20] as const;

/** The candidate a card's figure was made from: the same object, or a copy under its placed label. */
const candidateOf = (f: KeyFigure, candidates: readonly Candidate[]): number =>
  candidates.findIndex((c) => c.figure === f || (c.figure.sentence === f.sentence && c.figure.display === f.display && c.placed === f.label));

let sentences = 0;
let withNumber = 0;
let withFigure = 0;
let candidates = 0;
const carded = { 5: 0, 20: 0 };
// Figures on a card whose own score ranks below the card's size: a top-k bound on the score would have dropped them.
const belowTop = { 5: 0, 20: 0 };
let articlesWithMore = 0;
for (const article of articles) {
  const { sentences: read, leftOut } = readSentences(article);
  sentences += read.length;
  for (const s of read) {
    if (!hasNumber(s.text)) continue;
    withNumber++;
    if (sentenceFigures(s).length > 0) withFigure++;
  }
  const found = cardCandidates(read, { headline: article.headline, leftOut, salience: salience(scoreSentences({ sentences: read, headline: article.headline })) });
  candidates += found.length;
  if (found.length > 5) articlesWithMore++;
  const scores = found.map((c) => cardScore(c.signals, read.length, CARD_WEIGHTS));
  const ranked = [...scores].sort((a, b) => b - a);
  for (const limit of LIMITS) {
    const card = pickFigures(found, read.length, limit, CARD_WEIGHTS);
    carded[limit] += card.length;
    const cut = ranked[limit - 1];
    if (cut === undefined) continue;
    for (const f of card) {
      const k = candidateOf(f, found);
      if (k >= 0 && scores[k]! < cut) belowTop[limit]++;
    }
  }
}

const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;
console.log(`articles ${articles.length}; sentences ${sentences}; holding a number ${withNumber}; left with a figure once read and labelled ${withFigure} (${pct(withFigure, withNumber)} of those)`);
console.log(`candidates ${candidates} (${(candidates / withFigure).toFixed(2)} a sentence with one); articles with more than five ${articlesWithMore}`);
for (const limit of LIMITS) {
  console.log(`card of ${limit}: ${carded[limit]} figures (${pct(carded[limit], candidates)} of the candidates); ${belowTop[limit]} of them rank below the top ${limit} by their own score`);
}
