import { parseDocument } from "htmlparser2";

/**
 * A story body sent as HTML (ninjs `body_html`, `bodies[].value` of type text/html, an RSS `content:encoded`) as
 * the paragraphs nutgraf briefs. Parsed by htmlparser2 (a forgiving parser: unclosed `<p>`, stray `</div>`,
 * entities), never by regular expressions, so `&amp;`, `<br>` inside a paragraph and nested markup all come out as
 * the reader sees them.
 */

// Elements whose content a reader never sees as story text: code, embeds, and captions (ninjs counts body
// characters "excluding figure captions", and a caption briefed as a sentence reads as a non sequitur).
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "figcaption",
  "button",
  "select",
  "textarea",
  "form",
  "nav",
  "aside",
]);

// Elements that end the paragraph before them and start a new one.
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "tr",
  "figure",
  "hr",
  "address",
  "body",
  "html",
]);

/** A DOM node as htmlparser2 builds it (its domhandler types, without depending on domhandler directly). */
type DomNode = ReturnType<typeof parseDocument>["children"][number];

const clean = (text: string) => text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ").trim();

/** The body's paragraphs, in document order, whitespace collapsed; empty when the HTML has no visible text. */
export function htmlParagraphs(html: string): string[] {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = clean(current);
    if (text !== "") paragraphs.push(text);
    current = "";
  };
  const walk = (nodes: readonly DomNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        current += node.data;
      } else if (node.type === "tag" || node.type === "script" || node.type === "style") {
        if (SKIPPED.has(node.name)) continue;
        // Two <br>s in a row are how many CMSs separate paragraphs; one is a line break inside a paragraph.
        if (node.name === "br") {
          if (/\n[^\S\n]*$/.test(current)) flush();
          else current += "\n";
          continue;
        }
        const block = BLOCKS.has(node.name);
        if (block) flush();
        walk(node.children);
        // A table cell ends with a gap so cells never run into one word.
        if (node.name === "td" || node.name === "th") current += " ";
        if (block) flush();
      } else if (node.type === "cdata") {
        walk(node.children);
      }
      // Comments, directives (<!doctype>) and processing instructions are not text.
    }
  };
  walk(document.children);
  flush();
  return paragraphs;
}
