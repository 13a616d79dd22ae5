import type { Sentence } from "#news/sentences.ts";
import { DEFAULT_FIGURES, type FigureOptions, type KeyFigure, type Raw } from "#brief/figures/figure.ts";
import { eventIn } from "#brief/figures/label-count.ts";
import { DETERMINERS, PREPOSITIONS } from "#brief/figures/lexicon.ts";
import { sentenceFigures } from "#brief/figures/sentence.ts";
import { CARD_WEIGHTS, type CardWeights } from "#brief/figures/weights.ts";

// The card: every figure of the article scored by kind and sentence salience, the same fact kept once.

// Ranking and de-duplication across the article.

const MAX_LABEL_WORDS = 6;

function shortLabel(label: string): string {
  const words = label.split(" ");
  return words.length <= MAX_LABEL_WORDS ? label : words.slice(0, MAX_LABEL_WORDS).join(" ");
}

function labelWords(label: string): Set<string> {
  const out = new Set<string>();
  for (const w of label.toLowerCase().split(" ")) {
    if (w.length < 2 || DETERMINERS.has(w) || PREPOSITIONS.has(w)) continue;
    out.add(w.endsWith("s") ? w.slice(0, -1) : w);
  }
  return out;
}

function sameFact(a: KeyFigure, b: KeyFigure): boolean {
  if (a.value !== b.value || a.unit !== b.unit) return false;
  // The same sum of money, toll or percentage twice is one fact however each sentence words it
  // ("100 per cent natural" / "100 percent real", "as much as 30%" / "30% hike").
  if (a.kind === b.kind && (a.kind === "casualties" || a.kind === "money" || a.kind === "percent")) return true;
  const wa = labelWords(a.label);
  const wb = labelWords(b.label);
  if (wa.size === 0 || wb.size === 0) return a.label === b.label;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.5;
}

function salienceOf(salience: readonly number[] | undefined, index: number, count: number): number {
  if (salience !== undefined) {
    const s = salience[index];
    return typeof s === "number" && Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
  }
  // Without the ranking, the inverted pyramid: earlier sentences matter more.
  return count <= 1 ? 1 : 1 - index / count;
}

interface Scored {
  figure: KeyFigure;
  score: number;
  position: number;
  /** The label as the repeat penalty compares it, lowercased once rather than on every pass of the pick. */
  key: string;
}

/**
 * The key figures of an article: every number that counts something, labelled from its sentence, ranked by
 * what it counts (casualties, money, people before incidental counts and measures) times the salience of its
 * sentence, the same fact said twice kept once. Dates, times, years, ages, scores, phone numbers and
 * identifiers ("Boeing 737", "Covid-19") are never figures. Deterministic; never throws on any text.
 */
export function findFigures(sentences: readonly Sentence[], options: FigureOptions = {}): KeyFigure[] {
  const limit = options.limit === undefined ? DEFAULT_FIGURES : Math.max(0, Math.floor(Number.isFinite(options.limit) ? options.limit : DEFAULT_FIGURES));
  const w = options.weights ?? CARD_WEIGHTS;
  const scored: Scored[] = [];
  const count = sentences.length;
  let byIndex: Map<number, Sentence> | undefined;
  const read = sentences.map((sentence) => ({ sentence, raws: sentenceFigures(sentence, options.tagger ?? true) }));
  // How often each amount recurs in the article: a number the story repeats is one it is about.
  const seen = new Map<string, number>();
  for (const { raws } of read) for (const r of raws) seen.set(amountKey(r), (seen.get(amountKey(r)) ?? 0) + 1);
  for (const { sentence, raws } of read) {
    if (raws.length === 0) continue;
    const sal = salienceOf(options.salience, sentence.index, count);
    const lead = count <= 1 ? 1 : 1 - sentence.index / count;
    for (const r of raws) {
      if (r.raceTime) {
        // "Gardener won the 60m … He clocked 6.56 seconds": the event is often named a sentence or two before.
        // Looked up by index, so the answer does not depend on the order the sentences arrive in.
        byIndex ??= new Map(sentences.map((x) => [x.index, x]));
        for (let k = sentence.index - 1; k >= sentence.index - 3 && k >= 0; k--) {
          const text = byIndex.get(k)?.text;
          const event = text === undefined ? undefined : eventIn(text);
          if (event !== undefined) {
            r.label = `${event} time`;
            break;
          }
        }
      }
      const figure = toFigure(sentence, r);
      if (figure === undefined) continue;
      const repeats = Math.min(2, (seen.get(amountKey(r)) ?? 1) - 1);
      const score =
        w.kind[r.kind] * r.factor * (1 - w.salience + w.salience * sal) * (1 + w.lead * lead) * (r.fallback ? w.fallback : 1) * (r.period ? w.duration : 1) * w.repeat ** repeats;
      scored.push({ figure, score, position: r.from, key: figure.label.toLowerCase() });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.figure.sentence - b.figure.sentence || a.position - b.position);
  // Greedy pick: each figure whose label is already on the card counts for less, so four race times or four
  // "rise in X sales" percentages do not crowd out everything else; ties keep the sorted order.
  const out: KeyFigure[] = [];
  const uses = new Map<string, number>();
  const taken = new Array<boolean>(scored.length).fill(false);
  while (out.length < limit) {
    let best = -1;
    let bestScore = -1;
    for (let k = 0; k < scored.length; k++) {
      const s = scored[k];
      if (taken[k] || s === undefined) continue;
      const effective = s.score * REPEAT_PENALTY ** (uses.get(s.key) ?? 0);
      if (effective > bestScore) {
        best = k;
        bestScore = effective;
      }
    }
    const pick = scored[best];
    if (pick === undefined) break;
    taken[best] = true;
    if (out.some((f) => sameFact(f, pick.figure))) continue;
    out.push(pick.figure);
    uses.set(pick.key, (uses.get(pick.key) ?? 0) + 1);
  }
  return out;
}

const REPEAT_PENALTY = 0.6;

const amountKey = (r: Raw): string => `${r.value}|${r.currency ?? ""}|${r.percent ? "%" : ""}`;

export function toFigure(sentence: Sentence, r: Raw): KeyFigure | undefined {
  if (!Number.isFinite(r.value)) return undefined;
  const figure: KeyFigure = {
    value: r.value,
    display: sentence.text.slice(r.from, r.to),
    label: shortLabel(r.label),
    kind: r.kind,
    sentence: sentence.index,
  };
  if (r.qualifier !== undefined) figure.qualifier = r.qualifier;
  if (r.type !== undefined) figure.type = r.type;
  if (r.currency !== undefined) figure.unit = r.currency;
  else if (r.percent) figure.unit = r.points ? "pp" : "%";
  else if (r.unit !== undefined) figure.unit = r.unit;
  if (r.valueMax !== undefined) figure.valueMax = r.valueMax;
  if (r.change !== undefined) figure.change = r.change;
  if (r.previous !== undefined) figure.previous = r.previous;
  return figure;
}
