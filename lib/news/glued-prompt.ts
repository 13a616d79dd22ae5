/**
 * A page prompt ("Scroll down for video.") glued to the story sentence before or after it. The Daily Mail closes a
 * quotation with a single quote after the stop ("…was horrible.' Scroll down for video."), which the splitter does not
 * read as a sentence end, and an abbreviation or an ellipsis before the prompt ("…said News Corp. Scroll down…") keeps
 * them together too; an unclosed quote merges the next sentences after it. The whole piece then matched the
 * scroll-prompt rule and the real sentence went with the prompt. Cut out here: only the prompt goes.
 */

// The prompt opens a sentence: at the start of the piece, or after a sentence's end (a stop, "!", "?" or an ellipsis,
// then any closing quotes), or after a quotation closed on a word ("…called it 'great' Scroll down"). It runs to its
// own first stop that ends a sentence (a run of them: "for video..."; not the point of "0.03"), or to the end of the
// piece where it has none. A lower-case "scroll down" is a verb in a story sentence, and a prompt after a label
// ("VIDEO Scroll down to see…") opens no sentence: both stay as the rule reads them. (An all-capitals "SCROLL DOWN"
// is a kicker to the rules, not a prompt.)
const PROMPT = /(?<=^|[.!?…]['’"”]*\s+|[\p{L}\p{N}]['’"”]\s+)Scroll (?:down|up)\b(?:[^.!?…]|[.!?…](?!['’"”]?(?:\s|$)))*(?:[.!?…]+|$)/u;

/** The piece around a glued prompt: the text before it, the prompt, the text after it (each trimmed; either side may be ""). */
export interface AroundPrompt {
  before: string;
  prompt: string;
  after: string;
}

/** Where a scroll prompt opening a sentence sits in a piece (a prompt alone has "" either side), or undefined. */
export function aroundPrompt(text: string): AroundPrompt | undefined {
  const m = PROMPT.exec(text);
  if (m === null) return undefined;
  return { before: text.slice(0, m.index).trim(), prompt: m[0].trim(), after: text.slice(m.index + m[0].length).trim() };
}
