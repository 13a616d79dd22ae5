// The local Slack-like channel. It only talks to the local server's small JSON API; the server signs and sends
// the requests exactly as Slack would and records what the bot posts. Rendering lives in render.ts (served as
// /page/render.js) so the unit tests check the same code the page runs.
import { escapeHtml, renderMessageBody } from "/page/render.js";

/** @typedef {{ kind: "bot" | "user" | "slackbot", id: string, name: string }} Author */
/** @typedef {{ id: string, ts: string, time: number, kind: "channel" | "ephemeral" | "command", author: Author, text?: string, blocks?: unknown[], via?: string, note?: string }} PageMessage */
/** @typedef {{ version: number, workspace: { user: { id: string, name: string }, channel: { id: string, name: string }, users: Record<string, string> }, messages: PageMessage[] }} State */

const list = /** @type {HTMLElement} */ (document.getElementById("messages"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("composer"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("message-input"));
const status = /** @type {HTMLElement} */ (document.getElementById("status"));
const digestButton = /** @type {HTMLButtonElement} */ (document.getElementById("run-digest"));
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

let version = 0;
/** @type {State["workspace"] | undefined} */
let workspace;

/** @param {string} path @param {unknown} body */
async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.error ?? `${path}: HTTP ${response.status}`);
  return json;
}

/** @param {string} text */
function setStatus(text) {
  status.textContent = text;
}

/** @param {number} time */
function clock(time) {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

const EYE =
  '<svg class="eye" viewBox="0 0 20 20" width="13" height="13" aria-hidden="true"><path fill="currentColor" d="M10 4C5.5 4 2.2 7.1 1 10c1.2 2.9 4.5 6 9 6s7.8-3.1 9-6c-1.2-2.9-4.5-6-9-6Zm0 10a4 4 0 1 1 0-8 4 4 0 0 1 0 8Zm0-2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z"/></svg>';

/** @param {PageMessage} message */
function renderMessage(message) {
  const options = { users: workspace?.users ?? {}, timeZone };
  const initial = escapeHtml(message.author.name.slice(0, 1).toUpperCase());
  const badge = message.author.kind === "bot" ? '<span class="app-badge">APP</span>' : "";
  const onlyYou =
    message.kind === "ephemeral" || message.kind === "command"
      ? `<div class="only-you">${EYE} Only visible to you<button type="button" class="dismiss" data-dismiss="${escapeHtml(message.id)}">Dismiss</button></div>`
      : "";
  const body =
    message.kind === "command"
      ? `<div class="command-echo">${escapeHtml(message.text ?? "")}</div>`
      : renderMessageBody({ text: message.text, blocks: message.blocks }, options);
  const note = message.note ? `<span class="time">· ${escapeHtml(message.note)}</span>` : "";
  return `<div class="message ${escapeHtml(message.kind)}" data-message-id="${escapeHtml(message.id)}" data-kind="${escapeHtml(message.kind)}">
    <div class="avatar ${escapeHtml(message.author.kind)}">${initial}</div>
    <div class="body">
      ${onlyYou}
      <div class="meta"><span class="author">${escapeHtml(message.author.name)}</span>${badge}<span class="time">${escapeHtml(clock(message.time))}</span>${note}</div>
      <div class="content">${body}</div>
    </div>
  </div>`;
}

/** @param {State} state */
function show(state) {
  workspace = state.workspace;
  for (const el of document.querySelectorAll("[data-channel-name]")) el.textContent = state.workspace.channel.name;
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  list.innerHTML =
    state.messages.length === 0
      ? '<div class="empty">No messages yet. Type <code class="bk-code">/brief paris</code> below.</div>'
      : state.messages.map(renderMessage).join("");
  if (atBottom || state.version !== version) list.scrollTop = list.scrollHeight;
  version = state.version;
  document.body.dataset.version = String(version);
}

// Long poll: the server answers as soon as something changes (or after a while with nothing new).
async function poll() {
  for (;;) {
    try {
      const response = await fetch(`/api/state?after=${version}`);
      if (response.ok) show(await response.json());
      else await new Promise((r) => setTimeout(r, 1000));
    } catch {
      setStatus("Lost the local server; retrying…");
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Sent lines, newest last: ArrowUp/ArrowDown walk them, as in Slack's message box. */
const history = [];
let historyAt = 0;

input.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
  if (history.length === 0) return;
  event.preventDefault();
  historyAt = Math.min(history.length, Math.max(0, historyAt + (event.key === "ArrowUp" ? -1 : 1)));
  input.value = history[historyAt] ?? "";
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text === "") return;
  history.push(text);
  historyAt = history.length;
  input.value = "";
  setStatus(text.startsWith("/") ? `Sending ${text.split(/\s/)[0]}…` : "");
  try {
    const result = text.startsWith("/") ? await post("/api/command", { text }) : await post("/api/message", { text });
    setStatus(result.ackMs === undefined ? "" : `Acknowledged in ${result.ackMs} ms (HTTP ${result.status})`);
  } catch (error) {
    setStatus(String(error instanceof Error ? error.message : error));
  }
});

for (const chip of document.querySelectorAll(".chip")) {
  chip.addEventListener("click", () => {
    input.value = chip.textContent ?? "";
    input.focus();
  });
}

list.addEventListener("click", async (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  const dismiss = target.closest("[data-dismiss]");
  if (dismiss) {
    await post("/api/dismiss", { messageId: dismiss.getAttribute("data-dismiss") });
    return;
  }
  const button = /** @type {HTMLButtonElement | null} */ (target.closest("button.bk-button[data-action-id]"));
  const message = button?.closest("[data-message-id]");
  if (!button || !message) return;
  button.disabled = true;
  setStatus("Sending the button click…");
  try {
    const result = await post("/api/action", {
      messageId: message.getAttribute("data-message-id"),
      block: Number(button.dataset.block),
      element: Number(button.dataset.element),
    });
    setStatus(`Action acknowledged in ${result.ackMs} ms (HTTP ${result.status})`);
  } catch (error) {
    button.disabled = false;
    setStatus(String(error instanceof Error ? error.message : error));
  }
});

digestButton.addEventListener("click", async () => {
  digestButton.disabled = true;
  setStatus("Running the digest…");
  try {
    const result = await post("/api/digest", {});
    setStatus(result.summary ?? "Digest run finished");
  } catch (error) {
    setStatus(String(error instanceof Error ? error.message : error));
  } finally {
    digestButton.disabled = false;
  }
});

void poll();
