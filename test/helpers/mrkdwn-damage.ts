/**
 * What a cut broke in built mrkdwn: an `&` that starts no entity, a `<` or `>` outside a whole `<…>` (a half mention,
 * link or date), a lone surrogate (half an emoji). Empty when the text is whole.
 */
export function mrkdwnDamage(mrkdwn: string): string[] {
  const found: string[] = [];
  const bareAmp = /&(?!amp;|lt;|gt;)/.exec(mrkdwn);
  if (bareAmp) found.push(`bare & at ${bareAmp.index}: …${JSON.stringify(mrkdwn.slice(bareAmp.index - 10, bareAmp.index + 5))}`);
  if (/[<>]/.test(mrkdwn.replace(/<[^<>]*>/g, ""))) found.push(`half a <…> in …${JSON.stringify(mrkdwn.slice(-24))}`);
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(mrkdwn)) found.push("half a surrogate pair");
  return found;
}
