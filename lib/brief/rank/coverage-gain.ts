// The coverage term of bullet selection (Lin & Bilmes 2011 with Hong & Nenkova's word importance): what a candidate
// adds over words no chosen bullet holds yet. Split from rank.ts: its own state (the covered words) and its own reason
// to be a class.
import type { Coverage } from "#brief/word-importance.ts";
import type { RankWeights } from "#brief/rank/weights.ts";

/**
 * The coverage term of selectBullets: coverage × (Σ p(w) over a sentence's words not yet covered) / (its distinct
 * words)^coverageLength, over the article's largest such value before anything is covered (so the term is in
 * [0, coverage]). Undefined when the weights or the article have none.
 */
export function coverageGain(coverage: Coverage | undefined, weights: RankWeights): CoverageGain | undefined {
  const kappa = weights.coverage ?? 0;
  if (!coverage || kappa <= 0) return undefined;
  const gain = new CoverageGain(coverage, weights.coverageLength ?? 0, kappa);
  return gain.top > 0 ? gain : undefined;
}

/**
 * A class, not closures made in coverageGain: the Lambda bundle (esbuild's keepNames) names each closure as it is made,
 * a property write per article that cost more than the closures' work; methods are named once.
 */
class CoverageGain {
  readonly sentences: readonly (readonly number[])[];
  readonly p: ArrayLike<number>;
  /** Typed, so its layout is one whether the article's penalties are whole numbers or not (speed37). */
  readonly penalty: Float64Array;
  readonly covered: Uint8Array;
  /** The largest raw gain before anything is covered. */
  readonly top: number;

  constructor(
    coverage: Coverage,
    alpha: number,
    readonly ceiling: number,
  ) {
    this.sentences = coverage.sentences;
    this.p = coverage.p;
    this.penalty = new Float64Array(coverage.sentences.length);
    for (let i = 0; i < coverage.sentences.length; i++) {
      this.penalty[i] = Math.max(1, coverage.sentences[i]!.length) ** alpha;
    }
    this.top = Math.max(0, ...coverage.sentences.map((_, i) => this.raw(i)));
    this.covered = new Uint8Array(coverage.p.length);
  }

  private raw(i: number, covered?: Uint8Array): number {
    let sum = 0;
    for (const id of this.sentences[i]!) if (!covered?.[id]) sum += this.p[id]!;
    return sum / this.penalty[i]!;
  }

  of(i: number): number {
    return (this.ceiling * this.raw(i, this.covered)) / this.top;
  }

  cover(i: number): void {
    for (const id of this.sentences[i]!) this.covered[id] = 1;
  }
}
