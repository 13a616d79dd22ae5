/**
 * Slack's published Block Kit limits, coded independently of the app's builder (lib/slack/blocks.ts must never be
 * imported here): the Slack stand-in refuses what Slack refuses, so a bug in the builder's own limit checker cannot
 * hide behind a stand-in that shares it.
 *
 * Sources: https://docs.slack.dev/reference/block-kit/blocks (per-block limits),
 * https://docs.slack.dev/reference/block-kit/composition-objects, chat.postMessage's `msg_blocks_too_long` and
 * `msg_too_long`. Slack publishes no number for a message's total block text; messages with ~11.3k characters of
 * it were rejected (bolt-js #2867), so the budget here is 10,000.
 */

export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blockId: 255,
  actionId: 255,
  header: 150,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonLabel: 75,
  buttonValue: 2000,
  imageAltText: 2000,
  messageText: 40_000,
  /** All text in all blocks of one message. */
  blockTextBudget: 10_000,
} as const;

export interface BlockKitVerdict {
  /** Slack's error code for the first kind of problem found, undefined when Slack would accept the message. */
  error?: "invalid_blocks" | "invalid_blocks_format" | "msg_blocks_too_long" | "msg_too_long" | "no_text";
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A text object: `{type: "plain_text" | "mrkdwn", text}`; returns its text, or a problem. */
function textObject(value: unknown, where: string, problems: string[], only?: "plain_text"): string {
  if (!isObject(value)) {
    problems.push(`${where}: not a text object`);
    return "";
  }
  const kind = value.type;
  if (kind !== "plain_text" && kind !== "mrkdwn") problems.push(`${where}: text type must be plain_text or mrkdwn`);
  else if (only && kind !== only) problems.push(`${where}: must be ${only}`);
  if (typeof value.text !== "string" || value.text.length === 0) {
    problems.push(`${where}: text must be a non-empty string`);
    return "";
  }
  return value.text;
}

function tooLong(text: string, max: number, where: string, problems: string[]): void {
  if (text.length > max) problems.push(`${where}: ${text.length} characters, over ${max}`);
}

/** Every reason Slack would refuse this message (`text` + `blocks` as chat.postMessage or response_url take them). */
export function checkSlackMessage(message: unknown): BlockKitVerdict {
  const problems: string[] = [];
  if (!isObject(message)) return { error: "invalid_blocks_format", problems: ["message is not an object"] };
  if (message.delete_original === true) return { problems };
  const blocks = message.blocks;
  const text = typeof message.text === "string" ? message.text : "";
  if (blocks !== undefined && !Array.isArray(blocks)) return { error: "invalid_blocks_format", problems: ["blocks must be an array"] };
  const list = (blocks ?? []) as unknown[];
  if (text.trim() === "" && list.length === 0) return { error: "no_text", problems: ["no text and no blocks"] };
  if (text.length > SLACK_LIMITS.messageText) return { error: "msg_too_long", problems: [`text: ${text.length} characters`] };

  if (list.length > SLACK_LIMITS.blocksPerMessage) problems.push(`${list.length} blocks, over ${SLACK_LIMITS.blocksPerMessage}`);
  let budget = 0;
  const counted = (t: string) => {
    budget += t.length;
    return t;
  };
  list.forEach((block, i) => {
    const at = `blocks[${i}]`;
    if (!isObject(block)) return problems.push(`${at}: not an object`);
    if (typeof block.block_id === "string") tooLong(block.block_id, SLACK_LIMITS.blockId, `${at}.block_id`, problems);
    switch (block.type) {
      case "header":
        tooLong(counted(textObject(block.text, `${at}.text`, problems, "plain_text")), SLACK_LIMITS.header, `${at}.text`, problems);
        return;
      case "section": {
        const hasText = block.text !== undefined;
        const hasFields = block.fields !== undefined;
        if (!hasText && !hasFields) problems.push(`${at}: a section needs text or fields`);
        if (hasText) tooLong(counted(textObject(block.text, `${at}.text`, problems)), SLACK_LIMITS.sectionText, `${at}.text`, problems);
        if (hasFields) {
          if (!Array.isArray(block.fields) || block.fields.length === 0) return problems.push(`${at}.fields: must be a non-empty array`);
          if (block.fields.length > SLACK_LIMITS.sectionFields) problems.push(`${at}.fields: ${block.fields.length}, over ${SLACK_LIMITS.sectionFields}`);
          block.fields.forEach((field: unknown, j: number) =>
            tooLong(counted(textObject(field, `${at}.fields[${j}]`, problems)), SLACK_LIMITS.sectionFieldText, `${at}.fields[${j}]`, problems),
          );
        }
        return;
      }
      case "context": {
        if (!Array.isArray(block.elements) || block.elements.length === 0) return problems.push(`${at}.elements: must be a non-empty array`);
        if (block.elements.length > SLACK_LIMITS.contextElements) problems.push(`${at}.elements: ${block.elements.length}, over ${SLACK_LIMITS.contextElements}`);
        block.elements.forEach((element: unknown, j: number) => {
          if (isObject(element) && element.type === "image") {
            if (typeof element.alt_text !== "string") problems.push(`${at}.elements[${j}]: image needs alt_text`);
          } else counted(textObject(element, `${at}.elements[${j}]`, problems));
        });
        return;
      }
      case "actions": {
        if (!Array.isArray(block.elements) || block.elements.length === 0) return problems.push(`${at}.elements: must be a non-empty array`);
        if (block.elements.length > SLACK_LIMITS.actionsElements) problems.push(`${at}.elements: over ${SLACK_LIMITS.actionsElements}`);
        block.elements.forEach((element: unknown, j: number) => {
          const where = `${at}.elements[${j}]`;
          if (!isObject(element)) return problems.push(`${where}: not an object`);
          if (element.type !== "button") return;
          tooLong(counted(textObject(element.text, `${where}.text`, problems, "plain_text")), SLACK_LIMITS.buttonLabel, `${where}.text`, problems);
          if (typeof element.action_id === "string") tooLong(element.action_id, SLACK_LIMITS.actionId, `${where}.action_id`, problems);
          if (element.value !== undefined) {
            if (typeof element.value !== "string") problems.push(`${where}.value: must be a string`);
            else tooLong(element.value, SLACK_LIMITS.buttonValue, `${where}.value`, problems);
          }
          return undefined;
        });
        return;
      }
      case "divider":
        return;
      default:
        problems.push(`${at}: unsupported block type ${JSON.stringify(block.type)}`);
    }
  });
  if (problems.length > 0) return { error: "invalid_blocks", problems };
  if (budget > SLACK_LIMITS.blockTextBudget) {
    return { error: "msg_blocks_too_long", problems: [`blocks hold ${budget} characters of text, over ${SLACK_LIMITS.blockTextBudget}`] };
  }
  return { problems };
}
