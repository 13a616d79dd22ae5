import { describeMove, type StoryChanges } from "#brief/changes.ts";
import { changesBetween } from "#lib/briefs.ts";
import { fitMrkdwn, LIMITS, notFoundMessage, notice, slackDate, truncate, type Block, type SlackMessage } from "#slack/blocks.ts";
import { findArticle, registerSubCommand } from "#slack/commands.ts";

/**
 * `/brief changes <story>`: what the latest version of a story changed since the one before (lib/brief/changes.ts),
 * for the editor who briefed it this morning and sees it updated. Registered by importing this module
 * (functions/slack.ts does), like the subscription sub-commands.
 */

const SECTION = LIMITS.sectionText - 100;
const BULLET = 1200;

const section = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });

/** One section of a heading and its lines, cut to fit a section whatever the story's sentences hold. */
function list(heading: string, lines: readonly string[]): Block {
  let text = `*${heading}*`;
  for (const line of lines) {
    const next = `${text}\n•  ${line}`;
    if (next.length > SECTION) return section(`${text}\n_…and ${lines.length - lines.indexOf(line)} more_`);
    text = next;
  }
  return section(text);
}

export function changesMessage(c: StoryChanges): SlackMessage {
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: truncate(c.to.headline, LIMITS.headerText), emoji: true } },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `What changed · version ${c.from.version} (${slackDate(c.from.publishedAt)}) → version ${c.to.version} (${slackDate(c.to.publishedAt)}) · id ${fitMrkdwn(c.id, 64)}`,
        },
      ],
    },
  ];
  if (c.headline) blocks.push(section(`*Headline*\nwas: ${fitMrkdwn(c.headline.from, 300)}\nnow: ${fitMrkdwn(c.headline.to, 300)}`));
  const f = c.figures;
  const figures = [
    ...f.moved.map((m) => fitMrkdwn(describeMove(m), 300)),
    ...f.added.map((a) => `new: *${fitMrkdwn(a.display, 60)}* ${fitMrkdwn(a.label, 200)}`),
    ...f.removed.map((r) => `gone: ~${fitMrkdwn(r.display, 60)}~ ${fitMrkdwn(r.label, 200)}`),
  ];
  if (figures.length > 0) blocks.push(list("Key figures", figures));
  if (c.newBullets.length > 0) blocks.push(list("New in the brief", c.newBullets.map((b) => fitMrkdwn(b, BULLET))));
  if (c.revisedBullets.length > 0) blocks.push(list("Rewritten in the brief", c.revisedBullets.map((r) => fitMrkdwn(r.to, BULLET))));
  if (c.quiet) blocks.push(section("_No change to the headline, the key figures or the brief's sentences._"));
  const summary = [c.headline ? "headline" : "", figures.length ? `${figures.length} figure change${figures.length === 1 ? "" : "s"}` : ""].filter(Boolean);
  return {
    text: fitMrkdwn(`What changed in "${c.to.headline}" (v${c.from.version} → v${c.to.version})${summary.length ? `: ${summary.join(", ")}` : ""}`, 3000),
    blocks,
  };
}

registerSubCommand({
  name: "changes",
  usage: "/brief changes <id or headline words>",
  summary: "what the latest version of a story changed: figures that moved, new sentences, a new headline",
  async run(args, _invocation, deps) {
    if (args.trim() === "") return notice("Which story? Try /brief changes paris, or /brief changes followed by an id.", { emoji: ":grey_question:" });
    const found = await findArticle(deps.store, args);
    if (!found) return notFoundMessage(args);
    const versions = await deps.store.versions(found.article.id);
    const [earlier, latest] = versions.slice(-2);
    if (!earlier || !latest) {
      return notice(`“${truncate(found.article.headline, 200)}” has one version only: nothing has changed since it was filed.`, { emoji: ":memo:" });
    }
    return changesMessage(changesBetween(earlier, latest, deps.briefs));
  },
});
