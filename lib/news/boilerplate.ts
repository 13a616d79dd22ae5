import { isSpace } from "#news/sentence-breaks.ts";

/**
 * Sentences that belong to the page, not the story: captions, credits, notes, stamps, prompts and promos that web
 * copy (CNN/DailyMail above all, whose texts lost their paragraph breaks) glues into the body. They are left out
 * before ranking, so bullets and Lead-3 see the same clean story, and `brief --explain` can say why each one went.
 * Each rule was written from real examples of the dev data (test/fixtures/boilerplate.json).
 */
export type BoilerplateReason =
  | "editors-note"
  | "update-stamp"
  | "scroll-prompt"
  | "reader-comments"
  | "promo"
  | "credit"
  | "caption"
  | "kicker"
  | "heading"
  | "listing"
  | "fragment";

export const REASON_TEXT: Record<BoilerplateReason, string> = {
  "editors-note": "an editor's note about the piece, not the news",
  "update-stamp": "a publication or update time stamp",
  "scroll-prompt": "a page prompt (scroll down, watch the video)",
  "reader-comments": "a call for reader comments",
  promo: "a promotion or link to another story (read more, click here)",
  credit: "a byline, photo credit or contributor line",
  caption: "a photo caption",
  kicker: "an all-capitals kicker or label",
  heading: "a list heading or numbered list entry, not a sentence",
  listing: "a labelled list of names or results (a line-up, a scorers' list)",
  fragment: "the tail of a sentence cut short (it opens in lower case)",
};

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

/**
 * A rule: its pattern, and for all but the anchored editor's note tests true of every text the pattern can match
 * (each alternative's literal as a needle, or its anchor's first character), so that the pattern only runs where it
 * might match. Every story sentence meets every rule and almost none matches. Speed only: the pattern still decides
 * (`npx tsx scripts/boilerplate-speed.ts` measures it).
 */
interface Rule {
  reason: BoilerplateReason;
  pattern: RegExp;
  /** A cheap test of the text's ends (a first character, an anchored word, an agency ending it). */
  may?: (text: string) => boolean;
  /** Substrings the pattern cannot match without: it runs where `may` or any of these holds. */
  needles?: readonly string[];
}

const startsWith = (text: string, code: number): boolean => text.charCodeAt(0) === code;
const W = 87;
const G = 71;
const B = 66;

// The agencies whose name ending a sentence makes it a credit: the credit rule's last alternative ("(?:Getty
// Images|…|SWNS)\s*\.?\s*$") and its cheap test endsWithAgency read this one list (no name needs escaping).
const AGENCIES = ["Getty Images", "AFP/Getty", "AP Photo", "PA Wire", "Rex Features", "Shutterstock", "Barcroft Media", "SWNS"];
const isSpaceAt = (text: string, i: number): boolean => isSpace(text.charCodeAt(i));

/** Whether the text ends with an agency's name, then spaces, an optional full stop and spaces (what the pattern asks). */
function endsWithAgency(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 46) {
    end--;
    while (end > 0 && isSpaceAt(text, end - 1)) end--;
  }
  for (const agency of AGENCIES) if (text.endsWith(agency, end)) return true;
  return false;
}

/** The caption rule's last alternative's opening word, for its `may`: anchored, so a test reads a few characters. */
const CAPTION_OPENING = /^(?:Pictured|Above|Below|Left|Right|Top|Bottom|Inset|Centre|Center)/;

const RULES: Rule[] = [
  { reason: "editors-note", pattern: /^\(?\s*Editor['’]?s['’]? [Nn]ote\b/ },
  // "Updated Jul 7, 2012 6:40 PM ET", "UPDATED: 14:02 GMT, 1 April 2015", "Last updated at 10:30": a word of updating or
  // publishing followed at once by a clock time or a date.
  {
    reason: "update-stamp",
    pattern: new RegExp(`\\b(?:[Uu]pdated|UPDATED|PUBLISHED|Published|Posted|Last modified)\\s*:?\\s*(?:on |at )?(?:\\d{1,2}:\\d{2}|${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )`),
    needles: ["pdated", "UPDATED", "ublished", "PUBLISHED", "Posted", "Last modified"],
  },
  {
    reason: "scroll-prompt",
    pattern: /\b[Ss]croll (?:down|up)\b|^(?:Watch|WATCH)(?: the)? [Vv]ideo\b|^(?:WARNING: )?GRAPHIC (?:VIDEO|CONTENT)\b/,
    may: (t) => startsWith(t, W) || startsWith(t, G),
    needles: ["croll "],
  },
  {
    reason: "reader-comments",
    pattern:
      /\b(?:in the comments?(?: section)?(?: below)?|comments? below|[Ss]hare your (?:views|thoughts|comments|stories)|[Hh]ave your say|[Jj]oin the (?:conversation|discussion|debate)|[Tt]ell us what you think|[Ll]et us know what you think|[Ll]eave a comment)\b/,
    needles: ["comment", "your ", "oin the ", " us "],
  },
  {
    reason: "promo",
    pattern:
      /^(?:Read more|READ MORE|Read this|READ THIS|More|MORE|Related|RELATED|See also|SEE ALSO|Opinion|OPINION|Exclusive|EXCLUSIVE|Watch|WATCH|Video|VIDEO|Photos|PHOTOS|Gallery|GALLERY|Sign up|SIGN UP|Listen|LISTEN)\s*:|\b[Cc]lick (?:here|through|on the link)\b|\bCLICK HERE\b|\b[Ff]ollow (?:us|@\w+|[\w .]+ on (?:Twitter|Facebook|Instagram))\b|\b[Ss]ubscribe to (?:our|the) (?:newsletter|channel)\b/,
    // The heading needs its colon; each other alternative a phrase of its own.
    needles: [":", "lick ", "CLICK HERE", "ollow ", "ubscribe to "],
  },
  {
    reason: "credit",
    pattern:
      new RegExp(String.raw`^(?:By|BY)\s*\.?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|for|of|the|\.))*\s*\.?\s*$|\b(?:Photos?|Pictures?|Images?|Video|Footage|Photograph)(?: credit)?\s*:\s*[A-Z]|^(?:Credit|Source|Photos?|Pictures?)\s*:|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bDaily Mail Reporter\b|` + `(?:${AGENCIES.join("|")})\\s*\\.?\\s*$`),
    may: (t) => startsWith(t, B) || endsWithAgency(t),
    needles: [":", "contributed ", "Daily Mail Reporter"],
  },
  {
    reason: "caption",
    pattern:
      /\b(?:is|are|was|were) (?:pictured|seen|shown) (?:above|below|left|right|centre|center|here|top|bottom)\b|\b(?:is|are|was|were) pictured\b|\bpictured (?:above|below|left|right|centre|center|here|top|bottom)\b|\((?:pictured|above|below|left|right|centre|center|top|bottom|inset)\b[^)]+\)|^\(?(?:Pictured|Above|Below|Left|Right|Top|Bottom|Inset|Centre|Center)\s*[:,)]/,
    // "is seen above", "pictured", a bracket, or the opening label: what each alternative cannot match without.
    may: (t) => CAPTION_OPENING.test(t),
    needles: ["(", "pictured", " seen ", " shown "],
  },
];

// DailyMail photo captions open with a one-to-four-word label and a colon ("Tragic: Ben Hiscox, 30, died…"). Labels
// that open real sentences ("What we know: …", "He said: …") are not captions.
const CAPTION_LABEL = /^([A-Z][a-z'’-]*(?: [A-Za-z'’-]+){0,3}):\s+["“'‘]?[A-Z0-9]/;
const NOT_A_LABEL =
  /^(?:What|Why|How|Who|When|Where|Which|Here|There|The|This|That|These|Those|It|He|She|They|We|I|You|One|His|Her|Their|Our|My|Its|Another|Others?|Mr|Mrs|Ms|Dr|And|But|So|Or|Now|Then|Also|Update|Note)\b|\b(?:said|says|say|told|tells|wrote|writes|added|adds|asked|explained|tweeted|reads|read|stated|declared|warned|insisted|revealed|replied|responded|continued|continues|remembers|remembered|recalls|recalled|explains|insists|confirmed|admitted|announced|argued|claimed|urged|was|is|are|were|question|answer|reason|problem|result|message|verdict|lesson)\b/i;
// A label over a list of names or results ("Subs: Howard, Giggs, Smith, Miller."): a line-up, not a sentence. It was
// the pattern /^[^:]{1,40}:(?:\s*[^,;]{1,40}[,;]){2,}[^,;]*$/, which backtracks through every split of each item's
// leading spaces between \s* and the item once an item fails (a fifth of all boilerplate time on the dev sets), so it
// is read in one pass: a label of 1 to 40 characters before the first colon, then at least two items each closed by a
// comma or semicolon, each at most 40 characters once its leading spaces are set aside (an item of spaces alone fits:
// \s* leaves it one).
const LISTING_VERB = /\b(?:is|are|was|were|has|have|had)\b/;
const SPACE = /\s/;
const COMMA = 44;
const SEMICOLON = 59;

/** Whether text[start, end) fits the pattern's `\s*[^,;]{1,40}`: the separators are already known to be absent. */
function itemFits(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1) return false;
  if (length <= 40) return true;
  let spaces = 0;
  while (spaces < length && SPACE.test(text[start + spaces]!)) spaces++;
  return length - spaces <= 40;
}

/** A line-up: a labelled list (the pattern above) with no verb of being or having. */
export function isListing(text: string): boolean {
  if (LISTING_VERB.test(text)) return false;
  const colon = text.indexOf(":");
  if (colon < 1 || colon > 40) return false;
  let items = 0;
  let start = colon + 1;
  for (let k = start; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== COMMA && c !== SEMICOLON) continue;
    if (!itemFits(text, start, k)) return false;
    items++;
    start = k + 1;
  }
  return items >= 2;
}

// An all-capitals label or line: "BREAKING NEWS:", "ONE TO WATCH:", "WARNING: GRAPHIC VIDEO".
const CAPS_KICKER = /^[A-Z][A-Z0-9'’&-]+(?: [A-Z0-9'’&-]+){0,4}\s*:/;

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * Counted character by character, ASCII by its codes and the rest by code point: every story sentence is checked,
 * and collecting each letter into an array (`match(/\p{L}/gu)`) cost more than all the other rules together.
 */
export function mostlyCapitals(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    // Stop once even capitals in every code unit left could not lift the share above 0.7: at most u = upper + left
    // capitals against at least l = letters − upper small letters, and u / (u + l) > 0.7 needs 3u > 7l. Most sentences
    // are settled a third of the way in (speed only: the answer is the full count's).
    if ((i & 15) === 0 && 3 * (upper + text.length - i) <= 7 * (letters - upper)) return false;
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) letters++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    }
  }
  return letters >= 8 && upper / letters > 0.7;
}

// Made once, not at each call (a pattern written in a function is a new object each time it runs): every story
// sentence meets the tests below.
const NAME_LABEL = /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u;
const LIST_HEADING = /:\s*\.?$/;
const LIST_ENTRY = /^\d{1,2}\.\s.*\s\.$/;
const OPENS_SMALL = /^[\p{Ll}]/u;

/** Why a sentence is page furniture rather than story, or undefined for a story sentence. */
/**
 * Every rule's needles in one pattern. Most sentences hold none (nine in ten of the bench's), and one search for all
 * of them measured about half the cost of the twenty-odd substring searches one by one; where it finds none, no rule's
 * needle is there and none is searched for. Speed only: built from the rules' own lists, so it cannot miss one.
 */
const NEEDLES = RULES.flatMap((r) => r.needles ?? []);
// The one-character needles (":", "(") are searched for on their own, the others by one pattern: a pattern holding a
// one-character alternative is tried at nearly every position, and the split test measured a third less time over
// the bench's sentences (the same answer: a needle is in the text either way).
const ONE_CHARACTER_NEEDLES = [...new Set(NEEDLES.filter((n) => n.length === 1))];
const ANY_NEEDLE = new RegExp(NEEDLES.filter((n) => n.length > 1).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/** Whether the text holds any rule's needle. */
function holdsAnyNeedle(text: string): boolean {
  for (const n of ONE_CHARACTER_NEEDLES) if (text.includes(n)) return true;
  return ANY_NEEDLE.test(text);
}

/** Whether the text holds one of the needles (found by a plain loop: no closure made a call). */
function holdsNeedle(text: string, needles: readonly string[]): boolean {
  for (const n of needles) if (text.includes(n)) return true;
  return false;
}

/** Whether a rule's pattern may match the text: always for a rule without tests, else where one of its tests holds. */
function mayMatch(rule: Rule, text: string, anyNeedle: boolean): boolean {
  if (rule.may === undefined && rule.needles === undefined) return true;
  return (rule.may !== undefined && rule.may(text)) || (anyNeedle && rule.needles !== undefined && holdsNeedle(text, rule.needles));
}

export function boilerplateReason(text: string): BoilerplateReason | undefined {
  const anyNeedle = holdsAnyNeedle(text);
  for (const rule of RULES) if (mayMatch(rule, text, anyNeedle) && rule.pattern.test(text)) return rule.reason;
  // CAPS_KICKER, CAPTION_LABEL and the list heading all need a colon: most sentences have none (speed only).
  const colon = text.includes(":");
  if ((colon && CAPS_KICKER.test(text)) || mostlyCapitals(text)) return "kicker";
  const label = colon ? CAPTION_LABEL.exec(text) : null;
  // A label of several capitalised words is a name or a title ("Star Trek: Enterprise began…"), not a caption label.
  if (label && !NOT_A_LABEL.test(label[1]!) && !NAME_LABEL.test(label[1]!)) return isListing(text) ? "listing" : "caption";
  // The CNN/DailyMail conversion ends a line that had no full stop with " .": a list heading ("Here's why: .") or a
  // numbered list entry ("3. Farewell, Rosco ."), which says what follows rather than the news.
  if ((colon && LIST_HEADING.test(text)) || LIST_ENTRY.test(text)) return "heading";
  // A piece opening in lower case is the tail of a sentence the splitter cut, not a sentence.
  if (OPENS_SMALL.test(text)) return "fragment";
  return undefined;
}

// A caption's closing mark followed by a capital: "…has found (file photo) The Finnish researchers compared…". The
// CNN/DailyMail texts lost the line break after the caption, so the story sentence after it came out glued to it.
// Only marks that end a caption: "(left to right) Michael, Israel…" opens a list of names, not a new sentence.
const CAPTION_CLOSE = /\((?:(?:pictured|file|stock|photo|picture|image|above|below|left|right|centre|center|top|bottom|inset)[ ,]*){1,3}\) (?=\p{Lu})/gu;

/**
 * Where a story sentence starts inside a piece of boilerplate it was glued to, or undefined: the first caption mark
 * whose text before it is page furniture on its own and whose text after it is a story sentence on its own (so a
 * second caption glued after the first stays out, and nothing is kept that the rules above would drop).
 */
export function storyAfterBoilerplate(text: string): number | undefined {
  for (const m of text.matchAll(CAPTION_CLOSE)) {
    const at = m.index + m[0].length;
    if (boilerplateReason(text.slice(0, at - 1)) !== undefined && boilerplateReason(text.slice(at)) === undefined) return at;
  }
  return undefined;
}
