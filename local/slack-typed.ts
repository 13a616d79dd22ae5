/**
 * Text as a Slack client sends what the user typed: `&`, `<` and `>` as `&amp;`, `&lt;` and `&gt;` in all text
 * ("Hello & <world>" reaches the server as "Hello &amp; &lt;world&gt;"), slash-command text included. The local page
 * and the tests send `/brief` this way, so the handler meets the text Slack gives it.
 */
export function slackTyped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
