import type { IncomingMessage } from "node:http";
import type { ChannelMessage, RecordedCall, SlackApi } from "#local/slack-api.ts";

/** Who is who in the local workspace: one editor, one channel, the bot. */
export interface Identity {
  team: { id: string; domain: string };
  user: { id: string; name: string };
  channel: { id: string; name: string };
  bot: { id: string; botId: string; name: string };
  appId: string;
}

export type PageMessageKind = "channel" | "ephemeral" | "command";

/** One line of the channel view, as the page draws it. */
export interface PageMessage {
  id: string;
  ts: string;
  /** When it appeared here (epoch ms), for the time shown; stand-in ts values are not clock times. */
  time: number;
  kind: PageMessageKind;
  author: { kind: "bot" | "user" | "slackbot"; id: string; name: string };
  text?: string;
  blocks?: unknown[];
  /** Where it came from: `chat.postMessage`, `response_url`, `ack`, … */
  via: string;
  /** Small print next to the time, e.g. "acked in 40 ms". */
  note?: string;
}

export interface PageState {
  version: number;
  workspace: { user: { id: string; name: string }; channel: { id: string; name: string }; users: Record<string, string> };
  messages: PageMessage[];
}

export interface ButtonAction {
  type: "button";
  action_id: string;
  block_id: string;
  text: unknown;
  value?: string;
  style?: string;
}

/** A page-only line: what the Function URL's HTTP answer showed, or what Slack itself says. */
interface LocalLine extends PageMessage {
  order: number;
}

interface Reply {
  status: number;
  body: string;
  contentType: string;
  ms: number;
}

/**
 * The channel as the editor sees it: the bot's messages as recorded by the Slack stand-in (which already applies
 * ephemeral/in_channel, replace_original and delete_original), merged in arrival order with what Slack shows
 * itself — a command's acknowledgement body, its errors, and the editor's own lines.
 */
export class Workspace {
  private version = 0;
  private nextOrder = 1;
  private readonly order = new Map<string, { order: number; time: number }>();
  private readonly local: LocalLine[] = [];
  private readonly hidden = new Set<string>();
  private readonly waiters = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private responseUrls = 0;

  constructor(
    readonly identity: Identity,
    private readonly slack: SlackApi,
  ) {
    this.unsubscribe = slack.onCall((call) => this.onCall(call));
  }

  private onCall(call: RecordedCall): void {
    if (call.ts) this.orderOf(`s:${call.ts}`);
    if (call.method !== "auth.test") this.changed();
  }

  private orderOf(key: string): { order: number; time: number } {
    let value = this.order.get(key);
    if (value === undefined) {
      value = { order: this.nextOrder++, time: Date.now() };
      this.order.set(key, value);
    }
    return value;
  }

  private changed(): void {
    this.version += 1;
    for (const wake of [...this.waiters]) wake();
  }

  private nowTs(): string {
    // Local lines need a ts only for display and for interactive payloads' container.message_ts.
    return `${(Date.now() / 1000).toFixed(0)}.${String(this.nextOrder).padStart(6, "0")}`;
  }

  private addLocal(line: Omit<LocalLine, "order" | "id" | "ts" | "time">): LocalLine {
    const order = this.nextOrder++;
    const full: LocalLine = { ...line, id: `l:${order}`, ts: this.nowTs(), time: Date.now(), order };
    this.local.push(full);
    this.changed();
    return full;
  }

  private get bot(): PageMessage["author"] {
    return { kind: "bot", id: this.identity.bot.id, name: this.identity.bot.name };
  }

  private get slackbot(): PageMessage["author"] {
    return { kind: "slackbot", id: "USLACKBOT", name: "Slackbot" };
  }

  /** A response_url that answers into this channel, for this editor, about `messageTs` (a pressed button's message). */
  responseUrl(messageTs?: string): string {
    this.responseUrls += 1;
    const id = `local-${this.responseUrls}`;
    return this.slack.responseUrl(id, {
      channel: this.identity.channel.id,
      user: this.identity.user.id,
      ...(messageTs ? { messageTs } : {}),
    });
  }

  echoCommand(text: string): void {
    this.addLocal({ kind: "command", author: this.user, text, via: "command" });
  }

  private get user(): PageMessage["author"] {
    return { kind: "user", id: this.identity.user.id, name: this.identity.user.name };
  }

  slackbotSays(text: string): void {
    this.addLocal({ kind: "ephemeral", author: this.slackbot, text, via: "slack" });
  }

  userSays(text: string): void {
    // The editor's own words are plain text, never markup.
    this.addLocal({ kind: "channel", author: this.user, text: text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), via: "user" });
  }

  /**
   * What Slack does with the HTTP answer to a slash command or button: a non-200 or a late answer becomes
   * Slack's error line; a body becomes a message (ephemeral unless it says `in_channel`).
   */
  acknowledged(reply: Reply, context: { deadlineMs: number; command: string }): void {
    if (reply.ms > context.deadlineMs) {
      this.slackbotSays(`${context.command} failed with the error "operation_timeout" (answered in ${reply.ms} ms; Slack waits 3 s)`);
      return;
    }
    if (reply.status !== 200) {
      this.slackbotSays(`${context.command} failed with the error "dispatch_failed" (the function answered HTTP ${reply.status})`);
      return;
    }
    const body = reply.body.trim();
    if (body === "") return;
    let message: Record<string, unknown> | undefined;
    if (/json/i.test(reply.contentType) || body.startsWith("{")) {
      try {
        const parsed: unknown = JSON.parse(body);
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) message = parsed as Record<string, unknown>;
      } catch {
        message = undefined;
      }
    }
    const text = message ? (typeof message.text === "string" ? message.text : "") : body;
    const blocks = message && Array.isArray(message.blocks) ? withBlockIds(message.blocks) : undefined;
    if (text === "" && !blocks) return;
    this.addLocal({
      kind: message?.response_type === "in_channel" ? "channel" : "ephemeral",
      author: this.bot,
      text,
      ...(blocks ? { blocks } : {}),
      via: "ack",
      note: `acknowledged in ${reply.ms} ms`,
    });
  }

  dismiss(id: string): void {
    this.hidden.add(id);
    this.changed();
  }

  private fromStandIn(message: ChannelMessage): { order: number; message: PageMessage } | undefined {
    if (message.channel !== this.identity.channel.id) return undefined;
    if (message.ephemeralTo !== undefined && message.ephemeralTo !== this.identity.user.id) return undefined;
    const id = `s:${message.ts}`;
    const { order, time } = this.orderOf(id);
    const shown: PageMessage = {
      id,
      ts: message.ts,
      time,
      kind: message.ephemeralTo === undefined ? "channel" : "ephemeral",
      author: this.bot,
      text: message.text,
      blocks: withBlockIds(message.blocks),
      via: message.via,
    };
    return { order, message: shown };
  }

  messages(): PageMessage[] {
    const lines: Array<{ order: number; message: PageMessage }> = this.local.map((line) => {
      const { order, ...message } = line;
      return { order, message };
    });
    for (const message of this.slack.messages(this.identity.channel.id)) {
      const shown = this.fromStandIn(message);
      if (shown) lines.push(shown);
    }
    return lines
      .filter((line) => !this.hidden.has(line.message.id))
      .sort((a, b) => a.order - b.order)
      .map((line) => line.message);
  }

  /** The button at (block, element) of a message still on screen, as Slack puts it in `actions[]`. */
  actionFor(messageId: string, block: number, element: number): { message: PageMessage; action: ButtonAction } | undefined {
    const message = this.messages().find((m) => m.id === messageId);
    const target = message?.blocks?.[block] as { type?: unknown; block_id?: unknown; elements?: unknown[]; accessory?: unknown } | undefined;
    if (!message || !target) return undefined;
    const raw = target.type === "actions" ? target.elements?.[element] : element === 0 ? target.accessory : undefined;
    if (typeof raw !== "object" || raw === null) return undefined;
    const button = raw as Record<string, unknown>;
    if (button.type !== "button" || typeof button.action_id !== "string") return undefined;
    const action: ButtonAction = { type: "button", action_id: button.action_id, block_id: String(target.block_id), text: button.text };
    if (typeof button.value === "string") action.value = button.value;
    if (typeof button.style === "string") action.style = button.style;
    return { message, action };
  }

  state(): PageState {
    const users: Record<string, string> = { [this.identity.user.id]: this.identity.user.name, [this.identity.bot.id]: this.identity.bot.name };
    return {
      version: this.version,
      workspace: { user: { ...this.identity.user }, channel: { ...this.identity.channel }, users },
      messages: this.messages(),
    };
  }

  /** Long poll: the state as soon as it is newer than `after`, or as it is after `waitMs`. */
  stateAfter(after: number, waitMs: number, request?: IncomingMessage): Promise<PageState> {
    if (this.version > after || this.version < after) return Promise.resolve(this.state());
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(finish);
        resolve(this.state());
      };
      const timer = setTimeout(finish, waitMs);
      this.waiters.add(finish);
      request?.once("close", finish);
    });
  }

  close(): void {
    this.unsubscribe();
    for (const wake of [...this.waiters]) wake();
  }
}

/** Slack gives every block without one a block_id; interactive payloads carry it. */
function withBlockIds(blocks: unknown[]): unknown[] {
  return blocks.map((block, index) =>
    typeof block === "object" && block !== null && !("block_id" in block) ? { ...block, block_id: `local-${index}` } : block,
  );
}
