import type { App } from "@slack/bolt";
import { correlationId as newCorrelationId, type Logger } from "#lib/log.ts";
import { actionInstant, type Feedback, type FeedbackKind, type FeedbackStore } from "#lib/feedback/feedback.ts";
import type { ArticleStore, StoredArticle } from "#store/store.ts";
import { notice, type SlackMessage } from "#slack/blocks.ts";
import { STALE_BUTTON } from "#slack/unanswered.ts";
import { buildBrief, failureReply, type Invocation } from "#slack/commands.ts";
import type { Deadline } from "#slack/deadline.ts";
import { bulletPicker, decodeFeedbackValue, FEEDBACK_ACTIONS, feedbackAction, figurePicker, thanks, type FeedbackValue } from "#slack/feedback-blocks.ts";

declare module "./commands.ts" {
  interface CommandDeps {
    /** Where feedback presses are recorded; without it the brief card carries no feedback buttons. */
    feedback?: FeedbackStore;
  }
}

/** Figures the brief card shows as fields (blocks.ts briefCard's default): the ones "Wrong figure…" offers. */
const CARD_FIGURES = 4;

export interface FeedbackListenerOptions {
  store: ArticleStore;
  feedback: FeedbackStore | undefined;
  log: Logger;
  /**
   * A new deadline for one press, as the other listeners get. Bolt answers Slack only once a listener is done, so
   * without one a paused table held the press's HTTP answer past Slack's 3 s (the button showed a failure).
   */
  deadline: () => Deadline;
}

/** The version of the story the brief was made from, if it is still stored with the same content. */
async function storyVersion(store: ArticleStore, value: FeedbackValue, signal: AbortSignal | undefined): Promise<StoredArticle | undefined> {
  const latest = await store.get(value.id, { signal });
  const article = latest?.version === value.version ? latest : (await store.versions(value.id, { signal })).find((a) => a.version === value.version);
  return article?.contentHash.startsWith(value.contentHash) ? article : undefined;
}

interface Press {
  actionId: string;
  value: FeedbackValue;
  actionTs: string;
  userId: string;
  teamId?: string;
  channelId?: string;
}

/** What one press does: a picker to show, or a record to write (once) and a thank-you. */
async function answer(press: Press, options: FeedbackListenerOptions & { feedback: FeedbackStore }, log: Logger, signal: AbortSignal | undefined): Promise<SlackMessage> {
  const article = await storyVersion(options.store, press.value, signal);
  if (!article) return notice("That story has changed since this brief was made; run the command again to comment on the new one.", { emoji: ":grey_question:" });
  const brief = buildBrief(article, press.value.bullets);
  if (press.actionId === FEEDBACK_ACTIONS.pickBullet) return bulletPicker(brief, press.value);
  if (press.actionId === FEEDBACK_ACTIONS.pickFigure) return figurePicker(brief, press.value, CARD_FIGURES);

  const kind: FeedbackKind = press.actionId === FEEDBACK_ACTIONS.badBullet ? "bad_bullet" : press.actionId === FEEDBACK_ACTIONS.wrongFigure ? "wrong_figure" : "useful";
  const record: Feedback = {
    kind,
    articleId: article.id,
    version: article.version,
    contentHash: article.contentHash,
    userId: press.userId,
    actionTs: press.actionTs,
    at: actionInstant(press.actionTs)!.toISOString(),
    ...(press.teamId ? { teamId: press.teamId } : {}),
    ...(press.channelId ? { channelId: press.channelId } : {}),
  };
  if (kind === "bad_bullet") {
    if (!brief.bullets.some((b) => b.sentence === press.value.sentence)) return notice("That bullet is no longer in this brief.", { emoji: ":grey_question:" });
    record.sentence = press.value.sentence!;
  }
  if (kind === "wrong_figure") {
    const figure = press.value.figureRank === undefined ? undefined : brief.figures[press.value.figureRank];
    if (!figure || press.value.figureRank! >= CARD_FIGURES) return notice("That figure is no longer on this brief.", { emoji: ":grey_question:" });
    record.figure = figure.display;
    record.figureRank = press.value.figureRank!;
  }
  const fresh = await options.feedback.record(record);
  // A redelivered press gets the same thanks: the editor pressed once, and one record exists.
  log.info(fresh ? "feedback recorded" : "feedback press already recorded", { kind, articleId: article.id, version: article.version });
  return thanks(kind);
}

/**
 * The feedback buttons' listeners. Each acks at once and answers through response_url, like the rest of the app;
 * `respond` is given the press's deadline, which bounds a retry of the answer too (Slack's 3 s hold the whole press).
 */
export function registerFeedbackListeners(
  app: App,
  options: FeedbackListenerOptions,
  respond: (url: string, message: SlackMessage, deadline: Deadline) => Promise<void>,
): void {
  app.action(/^feedback_/, async ({ ack, body, action, context }) => {
    await ack();
    const deadline = options.deadline();
    const correlation = String(context.correlationId ?? newCorrelationId());
    const userId = body.user.id;
    const container = (body as { container?: { channel_id?: string } }).container;
    const channelId = body.channel?.id ?? container?.channel_id;
    const teamId = body.team?.id;
    const log = options.log.child({ correlationId: correlation, requestId: context.requestId, user: userId, channel: channelId });
    const invocation: Invocation = { userId, channelId: channelId ?? "", correlationId: correlation };
    const fields = action as { action_id?: unknown; value?: unknown; action_ts?: unknown };
    const value = decodeFeedbackValue(typeof fields.value === "string" ? fields.value : undefined);
    const actionTs = typeof fields.action_ts === "string" && actionInstant(fields.action_ts) ? fields.action_ts : undefined;
    let reply: SlackMessage;
    try {
      if (!options.feedback) reply = notice("Feedback is not set up on this deployment.", { emoji: ":warning:" });
      else if (!value || !actionTs || typeof fields.action_id !== "string") reply = notice(STALE_BUTTON, { emoji: ":grey_question:" });
      else {
        const press: Press = { actionId: feedbackAction(fields.action_id), value, actionTs, userId, ...(teamId ? { teamId } : {}), ...(channelId ? { channelId } : {}) };
        const work = answer(press, { ...options, feedback: options.feedback }, log, deadline.signal);
        reply = await deadline.race("feedback", work);
      }
    } catch (error) {
      reply = failureReply(error, invocation, log, "feedback");
    }
    const responseUrl = (body as { response_url?: string }).response_url;
    if (!responseUrl) return;
    try {
      await respond(responseUrl, { ...reply, response_type: "ephemeral", replace_original: false }, deadline);
    } catch (error) {
      log.error("could not answer feedback via response_url", { error });
    }
  });
}
