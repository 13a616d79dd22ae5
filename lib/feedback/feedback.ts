// Editors' feedback on a brief: "useful", "bad bullet", "wrong figure". Each press is one record (who, which story
// version, which bullet or figure, when), however often Slack delivers it: the record's key is the press itself
// (Slack's action_ts and the user), and the store writes it only if that key is new.

export type FeedbackKind = "useful" | "bad_bullet" | "wrong_figure";
export const FEEDBACK_KINDS: readonly FeedbackKind[] = ["useful", "bad_bullet", "wrong_figure"];

export interface Feedback {
  kind: FeedbackKind;
  articleId: string;
  /** The story version the brief was made from (store version number and content hash). */
  version: number;
  contentHash: string;
  /** bad_bullet: the bullet's sentence index in the story. */
  sentence?: number;
  /** wrong_figure: the figure as the card showed it ("at least 129") and its rank on the card (0 = first). */
  figure?: string;
  figureRank?: number;
  userId: string;
  teamId?: string;
  channelId?: string;
  /** Slack's action_ts: when the button was pressed, and (with userId) what makes a redelivery the same press. */
  actionTs: string;
  /** ISO 8601 of actionTs. */
  at: string;
}

export interface FeedbackStore {
  /** false when this press (actionTs + user) was recorded already: a redelivery, nothing written. */
  record(feedback: Feedback): Promise<boolean>;
  /** Every record pressed in [from, to), oldest first (ties by user). */
  between(from: Date, to: Date): Promise<Feedback[]>;
}

/** Slack's action_ts ("1700000000.000100", seconds since the epoch) as an instant, or undefined when it is not one. */
export function actionInstant(actionTs: string): Date | undefined {
  if (!/^\d{9,11}(?:\.\d{1,6})?$/.test(actionTs)) return undefined;
  return new Date(Math.round(Number(actionTs) * 1000));
}

export interface StoryFeedback {
  articleId: string;
  useful: number;
  badBullets: number;
  wrongFigures: number;
  /** Bad-bullet presses by sentence index, most pressed first (ties: earlier sentence). */
  sentences: { sentence: number; presses: number }[];
  /** Wrong-figure presses by figure, most pressed first (ties: by the figure's text). */
  figures: { figure: string; presses: number }[];
  /** Distinct story versions the presses were about. */
  versions: number[];
}

export interface FeedbackSummary {
  from: string;
  to: string;
  total: number;
  byKind: Record<FeedbackKind, number>;
  editors: number;
  /** Stories with the most complaints (bad bullets + wrong figures) first, then most presses, then id. */
  stories: StoryFeedback[];
}

function counted<K extends string | number>(values: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** What whoever tunes the ranking reads: per kind, per story, which sentences and figures drew complaints. Pure. */
export function summarize(records: readonly Feedback[], from: Date, to: Date): FeedbackSummary {
  const byKind: Record<FeedbackKind, number> = { useful: 0, bad_bullet: 0, wrong_figure: 0 };
  const perStory = new Map<string, Feedback[]>();
  for (const r of records) {
    byKind[r.kind] += 1;
    perStory.set(r.articleId, [...(perStory.get(r.articleId) ?? []), r]);
  }
  const stories = [...perStory].map(([articleId, rs]): StoryFeedback => {
    const bad = rs.filter((r) => r.kind === "bad_bullet" && r.sentence !== undefined).map((r) => r.sentence!);
    const wrong = rs.filter((r) => r.kind === "wrong_figure" && r.figure !== undefined).map((r) => r.figure!);
    return {
      articleId,
      useful: rs.filter((r) => r.kind === "useful").length,
      badBullets: rs.filter((r) => r.kind === "bad_bullet").length,
      wrongFigures: rs.filter((r) => r.kind === "wrong_figure").length,
      sentences: [...counted(bad)].map(([sentence, presses]) => ({ sentence, presses })).sort((a, b) => b.presses - a.presses || a.sentence - b.sentence),
      figures: [...counted(wrong)]
        .map(([figure, presses]) => ({ figure, presses }))
        .sort((a, b) => b.presses - a.presses || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0)),
      versions: [...new Set(rs.map((r) => r.version))].sort((a, b) => a - b),
    };
  });
  const complaints = (s: StoryFeedback) => s.badBullets + s.wrongFigures;
  stories.sort(
    (a, b) =>
      complaints(b) - complaints(a) ||
      b.useful + complaints(b) - (a.useful + complaints(a)) ||
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0),
  );
  return { from: from.toISOString(), to: to.toISOString(), total: records.length, byKind, editors: new Set(records.map((r) => r.userId)).size, stories };
}
