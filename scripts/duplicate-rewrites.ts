/**
 * Programmatic "another wire's version" of a story, for the labelled duplicate pairs (scripts/duplicate-pairs.ts).
 * Each rewrite is a pure function of the story, the kind and a seed, so the committed fixture stores only
 * (source id, kind, seed) and the test rebuilds exactly the same text.
 *
 * What they simulate: the same copy re-edited and refiled — by an agency's client, a second wire picking the story
 * up, or the desk's own later version. What they do not: two reporters writing the same event independently (no
 * shared sentences); shingle similarity is not meant to merge those, and the README says so.
 */
import { mulberry32 } from "#eval/bootstrap.ts";

export interface Story {
  id: string;
  headline: string;
  paragraphs: string[];
}

export const REWRITE_KINDS = ["reorder", "trim", "headline", "add", "copyedit", "version"] as const;
export type RewriteKind = (typeof REWRITE_KINDS)[number];

export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const SENTENCE_END = /(?<=[.!?]["'”’]?)\s+(?=["'“‘]?[A-Z])/;

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(SENTENCE_END).filter((s) => s.trim() !== "");
}

// The small substitutions a copy desk makes; the rest of the wording stays.
const SUBSTITUTIONS: [RegExp, string][] = [
  [/\bsaid\b/g, "told reporters"],
  [/\bhas said\b/g, "said"],
  [/\bon Monday\b/g, "on Monday local time"],
  [/\bper cent\b/g, "percent"],
  [/\bBritain\b/g, "the UK"],
  [/\bUS\b/g, "U.S."],
  [/\bannounced\b/g, "said"],
  [/\bmore than\b/g, "over"],
  [/\bbecause\b/g, "as"],
  [/\bhowever\b/gi, "but"],
];

/** Light copy-editing: house-style substitutions, about `drop` of the words deleted, a sentence or two cut. */
function copyedit(paragraphs: string[], random: () => number, drop: number): string[] {
  return paragraphs
    .map((p) => {
      let text = p;
      for (const [pattern, replacement] of SUBSTITUTIONS) if (random() < 0.7) text = text.replace(pattern, replacement);
      const kept = sentencesOf(text).filter((_, i) => i === 0 || random() > 0.15);
      return kept
        .map((s) =>
          s
            .split(" ")
            .filter((w, i) => i === 0 || random() > drop || /\d/.test(w))
            .join(" "),
        )
        .join(" ");
    })
    .filter((p) => p.trim() !== "");
}

/** A different headline over the same story: the lead sentence's opening words, as subs write one. */
function newHeadline(story: Story, random: () => number): string {
  const lead = (sentencesOf(story.paragraphs[0] ?? story.headline)[0] ?? story.headline).replace(/^["'“]/, "");
  const words = lead.split(" ").slice(0, 6 + Math.floor(random() * 5));
  return words.join(" ").replace(/[,.;:]+$/, "");
}

function trimmed(paragraphs: string[], random: () => number): string[] {
  if (paragraphs.length === 1) {
    const sentences = sentencesOf(paragraphs[0]!);
    return [sentences.slice(0, Math.max(1, Math.ceil(sentences.length * (0.4 + random() * 0.3)))).join(" ")];
  }
  return paragraphs.slice(0, Math.max(1, Math.ceil(paragraphs.length * (0.4 + random() * 0.3))));
}

/**
 * One rewrite of `story`. `filler` is a paragraph from an unrelated story, standing in for the background or update
 * paragraph another desk adds.
 */
export function rewrite(story: Story, kind: RewriteKind, seed: number, filler: string): Story {
  // Seeded (never Math.random), so every rewrite is reproducible.
  const random = mulberry32(seed);
  const paragraphs = [...story.paragraphs];
  const id = `${story.id}~${kind}`;
  switch (kind) {
    case "reorder":
      // The lead stays on top, as every wire keeps it; the body below is rearranged.
      return { id, headline: story.headline, paragraphs: [paragraphs[0]!, ...shuffle(paragraphs.slice(1), random)] };
    case "trim":
      return { id, headline: story.headline, paragraphs: trimmed(paragraphs, random) };
    case "headline":
      return { id, headline: newHeadline(story, random), paragraphs };
    case "add": {
      const at = 1 + Math.floor(random() * paragraphs.length);
      return { id, headline: story.headline, paragraphs: [...paragraphs.slice(0, at), filler, ...paragraphs.slice(at)] };
    }
    case "copyedit":
      return { id, headline: story.headline, paragraphs: copyedit(paragraphs, random, 0.08) };
    case "version": {
      // A later version: new headline, the tail trimmed, a later paragraph promoted under the lead, copy-edited
      // throughout, and another desk's background paragraph at the end.
      const body = copyedit(trimmed(paragraphs, random), random, 0.05);
      const promoted = body.length > 2 ? [body[0]!, body.at(-1)!, ...body.slice(1, -1)] : body;
      return { id, headline: newHeadline(story, random), paragraphs: [...promoted, filler] };
    }
  }
}
