import { randomBytes } from "node:crypto";
import { HttpError } from "#local/http.ts";
import { slackSignature } from "#local/slack-signature.ts";
import { slackTyped } from "#local/slack-typed.ts";
import type { Identity, Workspace } from "#local/workspace.ts";

// What Slack's servers send to the app when someone on the page types a slash command or presses a button: the
// same form fields and payloads, signed with the app's signing secret, posted to the Function URL.

// The ids the Slack stand-in answers auth.test with, so the bot and the page agree on who is who.
export const IDENTITY: Identity = {
  team: { id: "T0LOCAL", domain: "nutgraf-local" },
  user: { id: "U0EDITOR", name: "editor" },
  channel: { id: "C0LOCAL", name: "newsroom" },
  bot: { id: "U0NUTGRAF", botId: "B0NUTGRAF", name: "nutgraf" },
  appId: "A0NUTGRAF",
};


export interface SlackDeliveryOptions {
  /** Read per request: the server knows its port only once it listens. */
  functionUrl: () => string;
  signingSecret: string;
  workspace: Workspace;
  /** Slack's answer deadline, shown on the page when the handler misses it. */
  deadlineMs: number;
}

/** Posts a signed request to the Function URL exactly as Slack's servers would, and reports what came back. */
async function deliver(options: SlackDeliveryOptions, body: string): Promise<{ status: number; body: string; contentType: string; ms: number }> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const started = performance.now();
  const result = await fetch(options.functionUrl(), {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": slackSignature(options.signingSecret, timestamp, body),
    },
    body,
  });
  const text = await result.text();
  return {
    status: result.status,
    body: text,
    contentType: result.headers.get("content-type") ?? "",
    ms: Math.round(performance.now() - started),
  };
}

export async function runCommand(options: SlackDeliveryOptions, text: string): Promise<Record<string, unknown>> {
  const match = /^(\/\S+)\s*([\s\S]*)$/.exec(text.trim());
  if (!match) throw new HttpError(400, "a slash command starts with /");
  const [, command = "", args = ""] = match;
  options.workspace.echoCommand(text.trim());
  if (command !== "/brief") {
    options.workspace.slackbotSays(`\`${command}\` is not a valid command. In this workspace, try \`/brief help\`.`);
    return { ok: false, status: 0 };
  }
  const form = new URLSearchParams({
    token: "local-verification-token",
    team_id: IDENTITY.team.id,
    team_domain: IDENTITY.team.domain,
    channel_id: IDENTITY.channel.id,
    channel_name: IDENTITY.channel.name,
    user_id: IDENTITY.user.id,
    user_name: IDENTITY.user.name,
    command,
    text: slackTyped(args),
    api_app_id: IDENTITY.appId,
    is_enterprise_install: "false",
    response_url: options.workspace.responseUrl(),
    trigger_id: `${Date.now()}.${randomBytes(6).toString("hex")}`,
  });
  const reply = await deliver(options, form.toString());
  options.workspace.acknowledged(reply, { deadlineMs: options.deadlineMs, command });
  return { ok: reply.status === 200, status: reply.status, ackMs: reply.ms };
}

export async function runAction(options: SlackDeliveryOptions, messageId: string, block: number, element: number): Promise<Record<string, unknown>> {
  const found = options.workspace.actionFor(messageId, block, element);
  if (!found) throw new HttpError(404, "that button is no longer there");
  const payload = {
    type: "block_actions",
    user: { id: IDENTITY.user.id, username: IDENTITY.user.name, name: IDENTITY.user.name, team_id: IDENTITY.team.id },
    api_app_id: IDENTITY.appId,
    token: "local-verification-token",
    container: {
      type: "message",
      message_ts: found.message.ts,
      channel_id: IDENTITY.channel.id,
      is_ephemeral: found.message.kind === "ephemeral",
    },
    trigger_id: `${Date.now()}.${randomBytes(6).toString("hex")}`,
    team: { id: IDENTITY.team.id, domain: IDENTITY.team.domain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: IDENTITY.channel.id, name: IDENTITY.channel.name },
    // Slack sends the message itself only for messages everyone can see; an ephemeral one is referred to by ts.
    ...(found.message.kind === "ephemeral"
      ? {}
      : { message: { type: "message", ts: found.message.ts, text: found.message.text ?? "", blocks: found.message.blocks ?? [] } }),
    state: { values: {} },
    response_url: options.workspace.responseUrl(found.message.ts),
    actions: [{ ...found.action, action_ts: `${(Date.now() / 1000).toFixed(6)}` }],
  };
  const reply = await deliver(options, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
  options.workspace.acknowledged(reply, { deadlineMs: options.deadlineMs, command: "button" });
  return { ok: reply.status === 200, status: reply.status, ackMs: reply.ms };
}
