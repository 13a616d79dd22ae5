import type { Brief } from "#brief/brief.ts";
import { figureCaption } from "#brief/figures/card/caption.ts";
import type { FeedbackKind } from "#lib/feedback/feedback.ts";
import { LIMITS, notice, truncate, type ActionsBlock, type ButtonElement, type SlackMessage } from "#slack/blocks.ts";

// The feedback buttons under a brief, and the "which one?" pickers they open. Buttons only (no menus): every Slack
// client and the local page show them, and each press is one block_actions delivery with its own action_ts.

export const FEEDBACK_ACTIONS = {
  useful: "feedback_useful",
  pickBullet: "feedback_pick_bullet",
  pickFigure: "feedback_pick_figure",
  badBullet: "feedback_bad_bullet",
  wrongFigure: "feedback_wrong_figure",
} as const;
export const FEEDBACK_ACTION_IDS: readonly string[] = Object.values(FEEDBACK_ACTIONS);

/** Which brief a press is about: the story, its version (number and content hash), and the bullet or figure picked. */
export interface FeedbackValue {
  id: string;
  version: number;
  contentHash: string;
  /** How many bullets the card had (to rebuild the same brief). */
  bullets: number;
  sentence?: number;
  figureRank?: number;
}

export function encodeFeedbackValue(f: FeedbackValue): string {
  return JSON.stringify({ id: f.id, v: f.version, h: f.contentHash, b: f.bullets, ...(f.sentence !== undefined ? { s: f.sentence } : {}), ...(f.figureRank !== undefined ? { f: f.figureRank } : {}) });
}

const smallInt = (x: unknown, max: number): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= max;

/** The value back, or undefined for anything a button of ours could not have sent. */
export function decodeFeedbackValue(raw: string | undefined): FeedbackValue | undefined {
  if (!raw || raw.length > LIMITS.actionValue) return undefined;
  let v: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    v = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof v.id !== "string" || !/^[A-Za-z0-9_.-]{1,64}$/.test(v.id)) return undefined;
  if (!smallInt(v.v, 1e9) || v.v < 1 || typeof v.h !== "string" || !/^[0-9a-f]{8,64}$/.test(v.h) || !smallInt(v.b, 10) || v.b < 1) return undefined;
  const out: FeedbackValue = { id: v.id, version: v.v, contentHash: v.h, bullets: v.b };
  if (v.s !== undefined) {
    if (!smallInt(v.s, 100_000)) return undefined;
    out.sentence = v.s;
  }
  if (v.f !== undefined) {
    if (!smallInt(v.f, 100)) return undefined;
    out.figureRank = v.f;
  }
  return out;
}

const button = (text: string, actionId: string, value: FeedbackValue): ButtonElement => ({
  type: "button",
  text: { type: "plain_text", text: truncate(text, LIMITS.buttonText), emoji: true },
  action_id: actionId,
  value: encodeFeedbackValue(value),
});

/** Under a brief: "Useful", "Bad bullet…", "Wrong figure…" (the last only when the card shows figures). */
export function feedbackActions(brief: Brief, version: { version: number; contentHash: string }): ActionsBlock {
  const value: FeedbackValue = { id: brief.article.id, version: version.version, contentHash: version.contentHash.slice(0, 16), bullets: brief.bullets.length };
  const elements = [button("👍 Useful", FEEDBACK_ACTIONS.useful, value), button("Bad bullet…", FEEDBACK_ACTIONS.pickBullet, value)];
  if (brief.figures.length > 0) elements.push(button("Wrong figure…", FEEDBACK_ACTIONS.pickFigure, value));
  return { type: "actions", block_id: "feedback", elements };
}

/**
 * The action a button stands for, from its action_id: the pickers' buttons are `<action>:<n>`, because Slack refuses
 * a block whose buttons share an action_id.
 */
export function feedbackAction(actionId: string): string {
  return actionId.split(":")[0] ?? actionId;
}

/** "Which bullet?": one button a bullet, labelled with its opening words. */
export function bulletPicker(brief: Brief, value: FeedbackValue): SlackMessage {
  const elements = brief.bullets.map((b, i) => button(`${i + 1}. ${b.text}`, `${FEEDBACK_ACTIONS.badBullet}:${i}`, { ...value, sentence: b.sentence }));
  return {
    text: "Which bullet is bad?",
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: "Which bullet is bad? Press it; whoever tunes the ranking sees it." } },
      { type: "actions", block_id: "feedback_pick", elements },
    ],
  };
}

/** "Which figure?": one button a figure shown on the card. */
export function figurePicker(brief: Brief, value: FeedbackValue, shown: number): SlackMessage {
  const figures = brief.figures.slice(0, shown);
  if (figures.length === 0) return notice("This brief shows no figures.", { emoji: ":grey_question:" });
  const elements = figures.map((f, i) => button(`${f.display} — ${figureCaption(f)}`, `${FEEDBACK_ACTIONS.wrongFigure}:${i}`, { ...value, figureRank: i }));
  return {
    text: "Which figure is wrong?",
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: "Which figure is wrong? Press it; whoever tunes the figures sees it." } },
      { type: "actions", block_id: "feedback_pick", elements },
    ],
  };
}

const THANKS: Record<FeedbackKind, string> = {
  useful: "Thanks: recorded this brief as useful.",
  bad_bullet: "Thanks: recorded that bullet as bad.",
  wrong_figure: "Thanks: recorded that figure as wrong.",
};

export function thanks(kind: FeedbackKind): SlackMessage {
  return notice(THANKS[kind], { emoji: ":memo:" });
}
