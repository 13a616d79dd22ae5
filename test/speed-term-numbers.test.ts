import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import sbd from "sbd";
import { describe, expect, it } from "vitest";
import { cosine, numberTerms, SentenceVectors, tfidf } from "#brief/centrality.ts";
import { parseWireText } from "#news/article.ts";
import { boilerplateReason, type BoilerplateReason, isListing, mostlyCapitals } from "#news/boilerplate.ts";
import { sentenceSpans } from "#news/sentence-breaks.ts";
import { articleSentences } from "#news/sentences.ts";
import { analyzeTerms, articleTerms, contentTerms } from "#news/terms.ts";

// The ranker's speed rewrites of the twelfth round, each against the simple form it replaced (written out here): the
// article's terms numbered by term number instead of numberTerms over analyzeTerms' stems, cosines read from the flat
// layout instead of Maps, and the boilerplate rules' cheap tests before their patterns.

const seedSentences = readdirSync(new URL("../seeds/", import.meta.url))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => articleSentences(parseWireText(readFileSync(new URL(`../seeds/${f}`, import.meta.url), "utf8"))).map((s) => s.text));

/** articleTerms as it was computed: analyzeTerms a sentence, numberTerms over the stems, a Set of the headline's terms. */
function articleTermsByLists(texts: readonly string[], headline?: string) {
  const analyzed = texts.map((t) => analyzeTerms(t));
  const { names, ids, offsets } = numberTerms(analyzed.map((a) => a.stems));
  const inHeadline = new Set(headline ? contentTerms(headline) : []);
  return {
    names,
    ids,
    offsets,
    words: analyzed.map((a) => a.words),
    inHeadline: Uint8Array.from(names, (t) => (inHeadline.has(t) ? 1 : 0)),
    headlineTerms: inHeadline.size,
  };
}

describe("an article's terms numbered by term number", () => {
  const words = fc.constantFrom("Police", "police's", "POLICE’S", "don't", "the", "said", "2015", "10m", "rain", "raining", "rained", "floods", "Flood", "é", "İstanbul", "x", " ", ".", ",", "’");
  const sentence = fc.array(words, { maxLength: 16 }).map((xs) => xs.join(" "));

  it("are numberTerms' numbers of analyzeTerms' stems, with its word counts and the headline's terms, on generated articles", () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 10 }), fc.option(sentence, { nil: undefined }), (texts, headline) => {
        expect(articleTerms(texts, headline)).toEqual(articleTermsByLists(texts, headline));
      }),
      { numRuns: 1000 },
    );
  });

  it("agree on every seed, before and after the term numbers start afresh past their bound", () => {
    const check = () => {
      for (const texts of seedSentences) expect(articleTerms(texts, texts[0])).toEqual(articleTermsByLists(texts, texts[0]));
    };
    check();
    // Seventy thousand distinct terms: past the 60,000 numbers the next article starts every cache afresh.
    analyzeTerms(Array.from({ length: 70_000 }, (_, k) => `w${k.toString(36)}q`).join(" "));
    check();
  });
});

describe("cosines from the flat layout", () => {
  it("are cosine over the Map vectors to the last bit, in either order, on the seeds and generated term lists", () => {
    const check = (terms: string[][]) => {
      const maps = tfidf(terms);
      const flat = SentenceVectors.of(maps);
      for (let i = 0; i < maps.length; i++) {
        expect(flat.vector(i)).toEqual(maps[i]);
        for (let j = 0; j < maps.length; j++) expect(Object.is(flat.cosine(i, j), cosine(maps[i]!, maps[j]!))).toBe(true);
      }
    };
    for (const texts of seedSentences.slice(0, 3)) check(texts.map((t) => contentTerms(t)));
    const stem = fc.constantFrom("flood", "rain", "valley", "famili", "rescu", "match", "a", "b");
    fc.assert(fc.property(fc.array(fc.array(stem, { maxLength: 12 }), { maxLength: 8 }), (terms) => check(terms)), { numRuns: 500 });
  });
});

// boilerplateReason as it was written: every pattern on every text, and the capital count to the end.
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const RULES_BEFORE: [BoilerplateReason, RegExp][] = [
  ["editors-note", /^\(?\s*Editor['’]?s['’]? [Nn]ote\b/],
  ["update-stamp", new RegExp(`\\b(?:[Uu]pdated|UPDATED|PUBLISHED|Published|Posted|Last modified)\\s*:?\\s*(?:on |at )?(?:\\d{1,2}:\\d{2}|${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )`)],
  ["scroll-prompt", /\b[Ss]croll (?:down|up)\b|^(?:Watch|WATCH)(?: the)? [Vv]ideo\b|^(?:WARNING: )?GRAPHIC (?:VIDEO|CONTENT)\b/],
  ["reader-comments", /\b(?:in the comments?(?: section)?(?: below)?|comments? below|[Ss]hare your (?:views|thoughts|comments|stories)|[Hh]ave your say|[Jj]oin the (?:conversation|discussion|debate)|[Tt]ell us what you think|[Ll]et us know what you think|[Ll]eave a comment)\b/],
  ["promo", /^(?:Read more|READ MORE|Read this|READ THIS|More|MORE|Related|RELATED|See also|SEE ALSO|Opinion|OPINION|Exclusive|EXCLUSIVE|Watch|WATCH|Video|VIDEO|Photos|PHOTOS|Gallery|GALLERY|Sign up|SIGN UP|Listen|LISTEN)\s*:|\b[Cc]lick (?:here|through|on the link)\b|\bCLICK HERE\b|\b[Ff]ollow (?:us|@\w+|[\w .]+ on (?:Twitter|Facebook|Instagram))\b|\b[Ss]ubscribe to (?:our|the) (?:newsletter|channel)\b/],
  ["credit", /^(?:By|BY)\s*\.?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|for|of|the|\.))*\s*\.?\s*$|\b(?:Photos?|Pictures?|Images?|Video|Footage|Photograph)(?: credit)?\s*:\s*[A-Z]|^(?:Credit|Source|Photos?|Pictures?)\s*:|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bDaily Mail Reporter\b|(?:Getty Images|AFP\/Getty|AP Photo|PA Wire|Rex Features|Shutterstock|Barcroft Media|SWNS)\s*\.?\s*$/],
  ["caption", /\b(?:is|are|was|were) (?:pictured|seen|shown) (?:above|below|left|right|centre|center|here|top|bottom)\b|\b(?:is|are|was|were) pictured\b|\bpictured (?:above|below|left|right|centre|center|here|top|bottom)\b|\((?:pictured|above|below|left|right|centre|center|top|bottom|inset)\b[^)]+\)|^\(?(?:Pictured|Above|Below|Left|Right|Top|Bottom|Inset|Centre|Center)\s*[:,)]/],
];
const CAPTION_LABEL = /^([A-Z][a-z'’-]*(?: [A-Za-z'’-]+){0,3}):\s+["“'‘]?[A-Z0-9]/;
const NOT_A_LABEL =
  /^(?:What|Why|How|Who|When|Where|Which|Here|There|The|This|That|These|Those|It|He|She|They|We|I|You|One|His|Her|Their|Our|My|Its|Another|Others?|Mr|Mrs|Ms|Dr|And|But|So|Or|Now|Then|Also|Update|Note)\b|\b(?:said|says|say|told|tells|wrote|writes|added|adds|asked|explained|tweeted|reads|read|stated|declared|warned|insisted|revealed|replied|responded|continued|continues|remembers|remembered|recalls|recalled|explains|insists|confirmed|admitted|announced|argued|claimed|urged|was|is|are|were|question|answer|reason|problem|result|message|verdict|lesson)\b/i;

function mostlyCapitalsBefore(text: string): boolean {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 8 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.7;
}

function boilerplateReasonBefore(text: string): BoilerplateReason | undefined {
  for (const [reason, rule] of RULES_BEFORE) if (rule.test(text)) return reason;
  if (/^[A-Z][A-Z0-9'’&-]+(?: [A-Z0-9'’&-]+){0,4}\s*:/.test(text) || mostlyCapitalsBefore(text)) return "kicker";
  const label = CAPTION_LABEL.exec(text);
  if (label && !NOT_A_LABEL.test(label[1]!) && !/^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(label[1]!)) return isListing(text) ? "listing" : "caption";
  if (/:\s*\.?$/.test(text) || /^\d{1,2}\.\s.*\s\.$/.test(text)) return "heading";
  if (/^[\p{Ll}]/u.test(text)) return "fragment";
  return undefined;
}

describe("boilerplate rules behind their cheap tests", () => {
  // Each rule's literals and anchors, their near misses, and the spaces and stops the agency rule strips from the end.
  const pieces = fc.constantFrom(
    "Scroll down", "scroll up", "Watch the video", "WATCH", "WARNING: ", "GRAPHIC VIDEO", "GRAPHIC", "comments below", "in the comments",
    "Share your views", "have your say", "Join the debate", "join the", "tell us what you think", "Let us know what you think",
    "leave a comment", "By", "BY", "by", "Photo: ", "Pictures: ", "contributed to this report", "Daily Mail Reporter",
    "Getty Images", "AFP/Getty", "AP Photo", "PA Wire", "Rex Features", "Shutterstock", "Barcroft Media", "SWNS", "Jane Doe",
    " ", "  ", ".", " .", "\u00a0", "\u2003", "\n", ":", "the", "and", "Smith", "A", "x", "é", "É", "𝐀", "UPDATED", "NEWS", "BREAKING",
    "Click here", "(pictured)", "Pictured", "is pictured", "is seen above", "Subs", ", ", "3. ", "Tragic", "said",
  );
  const text = fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join(""));

  it("give each rule's answer and the capital count's, on generated text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(boilerplateReason(t)).toBe(boilerplateReasonBefore(t));
        expect(mostlyCapitals(t)).toBe(mostlyCapitalsBefore(t));
      }),
      { numRuns: 5000 },
    );
  });

  it("still finds a credit that ends with an agency behind spaces and a stop", () => {
    expect(boilerplateReason("Pictures by Jane Doe, Getty Images \u00a0. ")).toBe("credit");
  });
});

describe("sbd's pieces read in place", () => {
  const ABBREVIATIONS = ["Mr", "Dr", "No", "St", "Jan", "Gen", "etc"];
  const OPTIONS = { newline_boundaries: false, preserve_whitespace: false, sanitize: false, allowed_tags: false, abbreviations: ABBREVIATIONS } as const;
  // sbd's edges: stops, "!" and "?" alone, at word ends and inside words; abbreviations, initials, numbers, times,
  // addresses, quotes closing a word, list markers, capitals and digits after a stop, commas, other spaces.
  const pieces = fc.constantFrom(
    "a", "Z", "On", "The", "Wednesday", "word", "Monday", "Smith", "Ann", "He", "12", "3.5", "3.5bn", ".5", "Infinity", "0x1F",
    ".", "!", "?", "what?!", "Yahoo!", "him?'", "end.Next", "U.S.", "U.S", "J.", "Mr.", "Dr.", "No.", "etc.", "Gen.", "a.m.", "p.m.",
    "Monday,", "today.", "day.", '"', 'said."', "word.”", "”", "''", "``Hi", "'Tis", "1.", "a.", "12.", "ab.", "(a.)", "[U.S.]",
    "www.bbc.co.uk", "555-123-4567", "e.g.", "...", "no..", ",", "@~@", "x,y.", "é.", "É", "𝐀.",
    // sbd's starter tests (capital then lowercase, a quote in the first two characters), read by character codes.
    "AB", "Ab", "aB", "Éa", "x'", 'a"', "`a", "`", "x``",
  );
  // Mostly one space (the reading's case); the others send the paragraph to sbd.
  const gap = fc.oneof({ arbitrary: fc.constant(" "), weight: 40 }, { arbitrary: fc.constantFrom("  ", "\u00a0", "\t", "\u2003"), weight: 1 });
  const paragraph = fc.array(fc.tuple(pieces, gap), { maxLength: 24 }).map((xs) => xs.map(([p, g]) => p + g).join("").trim());

  it("are sbd's strings, where the reading vouches for them, on generated paragraphs", () => {
    let read = 0;
    fc.assert(
      fc.property(paragraph, (p) => {
        const spans = sentenceSpans(p, new Set(ABBREVIATIONS));
        if (spans === undefined) return;
        read++;
        expect(spans.map((s) => p.slice(s.start, s.end))).toEqual(sbd.sentences(p, OPTIONS));
      }),
      { numRuns: 5000 },
    );
    // Most generated paragraphs are read in place, so the comparison above is not vacuous.
    expect(read).toBeGreaterThan(2500);
  });
});
