import type { Brief } from "#brief/brief.ts";
import { figureCaption } from "#brief/figures/card/caption.ts";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { cutMrkdwn, TRUNCATION_MARK } from "#slack/cut-mrkdwn.ts";

// The subset of Block Kit nutgraf builds. Narrow on purpose: the local page renders exactly these.
export interface PlainText {
  type: "plain_text";
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: "mrkdwn";
  text: string;
}
export type TextObject = PlainText | Mrkdwn;
export interface HeaderBlock {
  type: "header";
  text: PlainText;
}
export interface SectionBlock {
  type: "section";
  text?: TextObject;
  fields?: TextObject[];
}
export interface ContextBlock {
  type: "context";
  elements: TextObject[];
}
export interface DividerBlock {
  type: "divider";
}
export interface ButtonElement {
  type: "button";
  text: PlainText;
  action_id: string;
  value?: string;
  style?: "primary" | "danger";
}
export interface ActionsBlock {
  type: "actions";
  block_id?: string;
  elements: ButtonElement[];
}
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A message as chat.postMessage, chat.postEphemeral and response_url take it. */
export interface SlackMessage {
  /** Fallback for notifications and clients that cannot show blocks; always set. */
  text: string;
  blocks: Block[];
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
  delete_original?: boolean;
}

/** Slack's documented limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  actionValue: 2000,
  // Not documented per block: Slack answers msg_blocks_too_long for too much block text in all. Rejections were
  // reported at ~11.3k characters (bolt-js #2867), so the builders keep every message within 10k.
  totalText: 10000,
  fallbackText: 40000,
} as const;

export const SHARE_ACTION = "share_card";

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts on a code-point boundary (never half a surrogate pair), preferring a word boundary, and marks the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - TRUNCATION_MARK.length;
  if (cut <= 0) return TRUNCATION_MARK.slice(0, max);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const space = text.lastIndexOf(" ", cut);
  if (space > cut * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}${TRUNCATION_MARK}`;
}

/**
 * Escaped mrkdwn of at most `max` characters. Measures the escaped width of each character, so an `&amp;` is never
 * cut in half and text dense with `&<>` still gets as much room as it can use.
 */
export function fitMrkdwn(raw: string, max: number): string {
  const full = escapeMrkdwn(raw);
  if (full.length <= max) return full;
  let used = 0;
  let end = 0;
  for (const ch of raw) {
    const width = ch === "&" ? 5 : ch === "<" || ch === ">" ? 4 : ch.length;
    if (used + width > max - TRUNCATION_MARK.length) break;
    used += width;
    end += ch.length;
  }
  let cut = raw.slice(0, end);
  const space = cut.lastIndexOf(" ");
  if (space > end * 0.8) cut = cut.slice(0, space);
  return `${escapeMrkdwn(cut.trimEnd())}${TRUNCATION_MARK}`;
}

const mrkdwn = (text: string): Mrkdwn => ({ type: "mrkdwn", text });
const plain = (text: string): PlainText => ({ type: "plain_text", text, emoji: true });

/** Slack renders `<!date>` in each reader's own time zone; the fallback is the ISO time, readable everywhere. */
export function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  if (Number.isNaN(seconds)) return escapeMrkdwn(iso);
  return `<!date^${seconds}^{date_short_pretty} {time}|${new Date(seconds * 1000).toISOString().replace(".000Z", "Z")}>`;
}

/** What the share button carries: enough to rebuild the same card, deterministically, from the store. */
export interface ShareValue {
  kind: "brief" | "figures";
  id: string;
  bullets?: number;
}

export function encodeShareValue(value: ShareValue): string {
  return JSON.stringify(value.bullets === undefined ? { k: value.kind, id: value.id } : { k: value.kind, id: value.id, b: value.bullets });
}

export function decodeShareValue(raw: string | undefined): ShareValue | undefined {
  if (!raw || raw.length > LIMITS.actionValue) return undefined;
  try {
    const v = JSON.parse(raw) as { k?: unknown; id?: unknown; b?: unknown };
    if ((v.k !== "brief" && v.k !== "figures") || typeof v.id !== "string" || !/^[A-Za-z0-9_.-]{1,64}$/.test(v.id)) return undefined;
    const out: ShareValue = { kind: v.k, id: v.id };
    if (typeof v.b === "number" && Number.isInteger(v.b) && v.b >= 1 && v.b <= 10) out.bullets = v.b;
    return out;
  } catch {
    return undefined;
  }
}

export interface CardOptions {
  /** Ephemeral cards carry the "Post to channel" button; shared ones say who shared them instead. */
  share?: ShareValue;
  sharedBy?: string;
  /** "3 other stories matched" when a search found several. */
  note?: string;
  /** How many figures to show as fields (default 4; at most 10). */
  figureFields?: number;
  /** A link per bullet (same order) to its place in the story, already mrkdwn-safe (see story-links.ts). */
  bulletLinks?: readonly string[];
  /** Why each bullet was picked, as mrkdwn (why-blocks.ts); default: one line on how bullets are picked. */
  why?: string;
  /** More buttons under the card (the feedback buttons, feedback-blocks.ts). */
  actions?: readonly ActionsBlock[];
}

function sourceContext(brief: Brief, extra: string[] = []): ContextBlock {
  const a = brief.article;
  const parts = [
    a.credit ? `*${fitMrkdwn(a.credit, 60)}*` : undefined,
    a.dateline ? fitMrkdwn(a.dateline, 60) : undefined,
    a.byline ? `by ${fitMrkdwn(a.byline, 80)}` : undefined,
    slackDate(a.publishedAt),
    `\`${fitMrkdwn(a.id, 64)}\``,
  ].filter((p): p is string => p !== undefined);
  return { type: "context", elements: [mrkdwn(parts.join("  ·  ")), ...extra.map(mrkdwn)].slice(0, LIMITS.contextElements) };
}

/** "*at least 129*\npeople killed"; `max` keeps ten of them inside the message's total text budget. */
export function figureField(figure: KeyFigure, max: number = LIMITS.fieldText): Mrkdwn {
  const display = fitMrkdwn(figure.display, Math.min(200, Math.floor(max / 3)));
  return mrkdwn(`*${display}*\n${fitMrkdwn(figureCaption(figure), max - display.length - 3)}`);
}

/** Characters of text Slack counts toward its message-wide limit (LIMITS.totalText). */
export function blockTextLength(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === "header") total += block.text.text.length;
    else if (block.type === "section") total += (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    else if (block.type === "context") total += block.elements.reduce((n, e) => n + e.text.length, 0);
  }
  return total;
}

function shareActions(share: ShareValue): ActionsBlock {
  return {
    type: "actions",
    block_id: "share",
    elements: [{ type: "button", text: plain("Post to channel"), action_id: SHARE_ACTION, value: encodeShareValue(share), style: "primary" }],
  };
}

function header(text: string): HeaderBlock {
  // Slack rejects an empty header; a story always has a headline, but a card must never fail to post.
  return { type: "header", text: plain(truncate(text.trim() === "" ? "(untitled story)" : text, LIMITS.headerText)) };
}

const MAX_BULLET_CHARS = 1200;
/** The label of a bullet's link to its sentence in the story. */
export const IN_STORY = "in story ↗";
// Figure fields on the brief card are a summary: a label longer than this is cut, leaving room for the bullets.
const CARD_FIELD_CHARS = 300;

/** Bullets as sections of at most 3,000 characters within `budget` characters; what does not fit is cut with a marker. */
function bulletSections(brief: Brief, budget: number, links: readonly string[] = []): { blocks: SectionBlock[]; truncated: boolean } {
  const blocks: SectionBlock[] = [];
  let current = "";
  let used = 0;
  let truncated = false;
  let shown = 0;
  for (const [i, bullet] of brief.bullets.entries()) {
    const text = fitMrkdwn(bullet.text, MAX_BULLET_CHARS);
    if (text.endsWith(TRUNCATION_MARK) && !bullet.text.endsWith(TRUNCATION_MARK)) truncated = true;
    const link = links[i];
    const line = `•  ${text}${link ? `  <${link}|${IN_STORY}>` : ""}`;
    if (used + line.length > budget) {
      truncated = true;
      break;
    }
    if (current !== "" && current.length + 1 + line.length > LIMITS.sectionText) {
      blocks.push({ type: "section", text: mrkdwn(current) });
      current = "";
    }
    current = current === "" ? line : `${current}\n${line}`;
    used += line.length + 1;
    shown += 1;
  }
  if (shown < brief.bullets.length) {
    const marker = `_…${brief.bullets.length - shown} more cut to fit Slack's limits_`;
    current = current === "" ? marker : `${current}\n${marker}`;
  }
  if (current !== "") blocks.push({ type: "section", text: mrkdwn(current) });
  if (blocks.length === 0) blocks.push({ type: "section", text: mrkdwn("_No sentences to show for this story._") });
  return { blocks, truncated };
}

function fallbackText(brief: Brief, prefix = ""): string {
  // The prefix is already mrkdwn (a user mention); the story's words are escaped like the blocks.
  const body = fitMrkdwn([brief.article.headline, ...brief.bullets.map((b) => `• ${b.text}`)].join("\n"), 3000);
  return `${prefix}${body.trim() === "" ? `Story ${brief.article.id}` : body}`;
}

const WHY = "Why these: the sentences most central to the story, weighted toward the lede, headline words and key figures. Quoted verbatim.";

/** The brief card: headline, source, bullets, top figures, why; with a share button or a "Shared by" line. */
export function briefCard(brief: Brief, options: CardOptions = {}): SlackMessage {
  const head: Block[] = [header(brief.article.headline), sourceContext(brief, options.note ? [fitMrkdwn(options.note, 200)] : [])];
  const tail: Block[] = [];
  const figures = brief.figures.slice(0, Math.min(options.figureFields ?? 4, LIMITS.fields));
  if (figures.length > 0) tail.push({ type: "section", fields: figures.map((f) => figureField(f, CARD_FIELD_CHARS)) });
  // The bullets get whatever the rest leaves of Slack's total, less the "why" line written after them.
  const whyLine = options.why ?? WHY;
  const budget = LIMITS.totalText - blockTextLength([...head, ...tail]) - whyLine.length - 200;
  const { blocks: bullets, truncated } = bulletSections(brief, budget, options.bulletLinks);
  const why = truncated ? `${whyLine}\nSome text was cut (…) to fit Slack's limits.` : whyLine;
  tail.push({ type: "context", elements: [mrkdwn(why)] });
  if (options.sharedBy) tail.push({ type: "context", elements: [mrkdwn(`Shared by <@${options.sharedBy}>`)] });
  if (options.share) tail.push(shareActions(options.share));
  tail.push(...(options.actions ?? []));
  return { text: fallbackText(brief, options.sharedBy ? `Shared by <@${options.sharedBy}>: ` : ""), blocks: [...head, ...bullets, ...tail] };
}

const FIGURES_CARD_FIELD_CHARS = 850;

/** Every key figure the brief found (up to 10, the field limit), each with what it counts. */
export function figuresCard(brief: Brief, options: CardOptions = {}): SlackMessage {
  const blocks: Block[] = [header(brief.article.headline), sourceContext(brief, options.note ? [fitMrkdwn(options.note, 200)] : [])];
  const figures = brief.figures.slice(0, LIMITS.fields);
  if (figures.length > 0) {
    // Ten fields of 850 characters stay under the 10k total with the header, context and "Shared by" line.
    blocks.push({ type: "section", text: mrkdwn("*Key figures*"), fields: figures.map((f) => figureField(f, FIGURES_CARD_FIELD_CHARS)) });
  } else {
    blocks.push({ type: "section", text: mrkdwn("_No key figures in this story._") });
  }
  if (options.sharedBy) blocks.push({ type: "context", elements: [mrkdwn(`Shared by <@${options.sharedBy}>`)] });
  if (options.share) blocks.push(shareActions(options.share));
  const text = [`Key figures: ${brief.article.headline}`, ...figures.map((f) => `${f.display} — ${figureCaption(f)}`)].join("\n");
  return { text: fitMrkdwn(text, 3000), blocks };
}

/** `/brief latest`: headline, id and top bullet of each story; at most 20 so the list stays under 50 blocks. */
export function latestList(briefs: readonly Brief[], requested: number, filter?: string): SlackMessage {
  if (briefs.length === 0) return notice("The archive is empty: no stories yet.");
  const blocks: Block[] = [header(`Latest ${briefs.length === 1 ? "story" : `${briefs.length} stories`}${filter ? ` · ${filter}` : ""}`)];
  const perStory = Math.floor((LIMITS.totalText - 500) / briefs.length) - 100;
  for (const brief of briefs) {
    const top = brief.bullets[0]?.text;
    const head = `*${fitMrkdwn(brief.article.headline, 300)}*  \`${fitMrkdwn(brief.article.id, 64)}\`  ${slackDate(brief.article.publishedAt)}`;
    const room = Math.min(LIMITS.sectionText, perStory) - head.length - 4;
    blocks.push({ type: "section", text: mrkdwn(top && room > 20 ? `${head}\n${fitMrkdwn(top, room)}` : head) });
  }
  const hint = requested > briefs.length && briefs.length >= MAX_LATEST ? ` (at most ${MAX_LATEST})` : "";
  blocks.push({ type: "context", elements: [mrkdwn(`\`/brief <id>\` for a full brief${hint}.`)] });
  const text = ["Latest stories:", ...briefs.map((b) => `${b.article.headline} (${b.article.id})`)].join("\n");
  return { text: fitMrkdwn(text, 3000), blocks };
}

export const MAX_LATEST = 20;

export interface HelpEntry {
  usage: string;
  summary: string;
}

export function helpMessage(entries: readonly HelpEntry[], intro?: string): SlackMessage {
  const lines = entries.map((e) => `\`${fitMrkdwn(e.usage, 120)}\`  ${fitMrkdwn(e.summary, 200)}`);
  const blocks: Block[] = [];
  if (intro) blocks.push({ type: "section", text: mrkdwn(fitMrkdwn(intro, 500)) });
  blocks.push({ type: "section", text: mrkdwn(cutMrkdwn(`*nutgraf* briefs the stories in the archive:\n${lines.join("\n")}`, LIMITS.sectionText)) });
  blocks.push({ type: "context", elements: [mrkdwn("Answers are visible only to you until you press *Post to channel*.")] });
  return { text: [intro, "nutgraf: /brief <id or headline words> | latest [N] | figures <id or words> | help"].filter(Boolean).join("\n"), blocks };
}

/** A one-line answer (confirmations, errors); `raw` is escaped, so pass plain text. */
export function notice(raw: string, options: { hint?: string; emoji?: string } = {}): SlackMessage {
  const body = `${options.emoji ? `${options.emoji} ` : ""}${fitMrkdwn(raw, 2500)}`;
  const blocks: Block[] = [{ type: "section", text: mrkdwn(body) }];
  if (options.hint) blocks.push({ type: "context", elements: [mrkdwn(options.hint)] });
  return { text: fitMrkdwn(raw, 3000), blocks };
}

export function notFoundMessage(query: string): SlackMessage {
  return notice(`No story matches “${truncate(query, 200)}”.`, {
    emoji: ":mag:",
    hint: "Try `/brief latest` to see the newest stories and their ids, or `/brief help` for everything I can do.",
  });
}

export function archiveDownMessage(correlation: string): SlackMessage {
  return notice(`Couldn't reach the archive, try again in a moment. (ref ${correlation})`, { emoji: ":warning:" });
}

/** The archive answered too slowly for Slack's deadline: it is up, so "unreachable" would be false. */
export function archiveSlowMessage(correlation: string): SlackMessage {
  return notice(`The archive is slow to answer right now, so I stopped waiting; try again in a moment. (ref ${correlation})`, { emoji: ":hourglass:" });
}

/** This process, or the table's capacity, is overloaded: nothing is broken, the request just has to wait its turn. */
export function busyMessage(correlation: string, what = "nutgraf is"): SlackMessage {
  return notice(`${what} busy right now; try again in a few seconds. (ref ${correlation})`, { emoji: ":hourglass:" });
}

/** A stored item that fails validation: "try again" would only fail again, so say what is wrong and who can fix it. */
export function damagedStoryMessage(correlation: string): SlackMessage {
  return notice(
    `A stored story is damaged, so I can't show it; trying again won't help. Whoever runs nutgraf can re-load it: quote ref ${correlation}.`,
    { emoji: ":warning:", hint: "Other stories still work: `/brief latest`, or `/brief <headline words>`." },
  );
}

export function failureMessage(correlation: string): SlackMessage {
  return notice(`Something went wrong on our side; nothing was posted. Try again, and quote ref ${correlation} if it keeps happening.`, {
    emoji: ":warning:",
  });
}

// ---- Limits ---------------------------------------------------------------------------------------------------

function textOf(value: unknown): string | undefined {
  if (value && typeof value === "object" && typeof (value as { text?: unknown }).text === "string") return (value as { text: string }).text;
  return undefined;
}

/**
 * Every Block Kit limit the message breaks, as readable strings; empty when Slack would accept it.
 * Takes `unknown` so it can check whatever the Slack stand-in recorded, not only what our builders typed.
 */
export function checkBlockLimits(message: unknown): string[] {
  const problems: string[] = [];
  if (!message || typeof message !== "object") return ["message is not an object"];
  const m = message as { text?: unknown; blocks?: unknown; delete_original?: unknown };
  if (m.delete_original === true) return problems;
  if (typeof m.text !== "string" || m.text.trim() === "") problems.push("text fallback is missing");
  else if (m.text.length > LIMITS.fallbackText) problems.push(`text fallback is ${m.text.length} chars (max ${LIMITS.fallbackText})`);
  if (m.blocks === undefined) return problems;
  if (!Array.isArray(m.blocks)) return [...problems, "blocks is not an array"];
  if (m.blocks.length > LIMITS.blocks) problems.push(`${m.blocks.length} blocks (max ${LIMITS.blocks})`);
  let total = 0;
  const count = (t: string | undefined) => {
    total += t?.length ?? 0;
  };
  m.blocks.forEach((raw: unknown, i: number) => {
    const block = raw as { type?: unknown; text?: unknown; fields?: unknown; elements?: unknown };
    const where = `block ${i} (${String(block?.type)})`;
    switch (block?.type) {
      case "header": {
        const t = textOf(block.text);
        if (t === undefined || (block.text as { type?: unknown }).type !== "plain_text") problems.push(`${where}: header needs plain_text`);
        else if (t.trim() === "") problems.push(`${where}: header text is empty`);
        else if (t.length > LIMITS.headerText) problems.push(`${where}: header is ${t.length} chars (max ${LIMITS.headerText})`);
        count(t);
        break;
      }
      case "section": {
        const t = textOf(block.text);
        if (t !== undefined && t.length > LIMITS.sectionText) problems.push(`${where}: text is ${t.length} chars (max ${LIMITS.sectionText})`);
        if (t !== undefined && t.length === 0) problems.push(`${where}: text is empty`);
        count(t);
        if (block.fields !== undefined) {
          if (!Array.isArray(block.fields)) problems.push(`${where}: fields is not an array`);
          else {
            if (block.fields.length > LIMITS.fields) problems.push(`${where}: ${block.fields.length} fields (max ${LIMITS.fields})`);
            block.fields.forEach((f: unknown, j: number) => {
              const ft = textOf(f);
              if (ft === undefined) problems.push(`${where}: field ${j} has no text`);
              else if (ft.length > LIMITS.fieldText) problems.push(`${where}: field ${j} is ${ft.length} chars (max ${LIMITS.fieldText})`);
              count(ft);
            });
          }
        }
        if (t === undefined && block.fields === undefined) problems.push(`${where}: section needs text or fields`);
        break;
      }
      case "context": {
        if (!Array.isArray(block.elements) || block.elements.length === 0) problems.push(`${where}: context needs elements`);
        else {
          if (block.elements.length > LIMITS.contextElements) problems.push(`${where}: ${block.elements.length} elements (max ${LIMITS.contextElements})`);
          for (const e of block.elements) count(textOf(e));
        }
        break;
      }
      case "actions": {
        if (!Array.isArray(block.elements) || block.elements.length === 0) problems.push(`${where}: actions needs elements`);
        else
          block.elements.forEach((e: unknown, j: number) => {
            const el = e as { type?: unknown; text?: unknown; value?: unknown; action_id?: unknown };
            const label = textOf(el.text);
            if (el.type === "button" && (label === undefined || label.length > LIMITS.buttonText)) {
              problems.push(`${where}: button ${j} text must be 1–${LIMITS.buttonText} chars`);
            }
            if (typeof el.value === "string" && el.value.length > LIMITS.actionValue) {
              problems.push(`${where}: button ${j} value is ${el.value.length} chars (max ${LIMITS.actionValue})`);
            }
            if (typeof el.action_id === "string" && el.action_id.length > 255) problems.push(`${where}: action_id too long`);
          });
        break;
      }
      case "divider":
        break;
      default:
        problems.push(`${where}: unknown block type`);
    }
  });
  if (total > LIMITS.totalText) problems.push(`blocks hold ${total} chars of text (Slack rejects over ~${LIMITS.totalText}: msg_blocks_too_long)`);
  return problems;
}
