import { describe, expect, it } from "vitest";
import { chooseDirective, encodeTextTerm, formatDirective, resolveDirective, withTextDirective } from "#brief/text-fragment.ts";
import { sentenceLinks } from "#brief/bullet-links.ts";
import { articleSentences } from "#news/sentences.ts";

describe("encodeTextTerm", () => {
  it("encodes the directive's delimiters and everything outside the unreserved set", () => {
    expect(encodeTextTerm("state-of-the-art, R&D")).toBe("state%2Dof%2Dthe%2Dart%2C%20R%26D");
    expect(encodeTextTerm("it's (really) 5*3!")).toBe("it%27s%20%28really%29%205%2A3%21");
    expect(encodeTextTerm("a.b_c~d")).toBe("a.b_c~d");
    expect(encodeTextTerm("Économie — 100%")).toBe("%C3%89conomie%20%E2%80%94%20100%25");
    expect(encodeTextTerm("“quoted” #1 :~: x=y")).toBe("%E2%80%9Cquoted%E2%80%9D%20%231%20%3A~%3A%20x%3Dy");
  });

  it("round-trips through decodeURIComponent for any text", () => {
    for (const text of ["a-b,c&d", "😀 emoji", "tab\tand\nnewline", "%41 stays %41"]) {
      expect(decodeURIComponent(encodeTextTerm(text))).toBe(text);
      expect(encodeTextTerm(text)).toMatch(/^[A-Za-z0-9._~%]*$/);
    }
  });
});

describe("chooseDirective", () => {
  const pick = (page: string, sentence: string, occurrence = 0) => {
    let from = -1;
    for (let i = 0; i <= occurrence; i++) from = page.indexOf(sentence, from + 1);
    const d = chooseDirective(page, from, from + sentence.length);
    return { d, from };
  };

  it("uses the first and last words of a long sentence", () => {
    const page = "Headline\nParis: the minister said on Tuesday that the budget gap would close by 2027, ahead of plan.";
    const sentence = "the minister said on Tuesday that the budget gap would close by 2027, ahead of plan.";
    const { d } = pick(page, sentence);
    expect(d).toEqual({ start: "the minister said", end: "ahead of plan." });
  });

  it("takes more words when the opening words come earlier in the page", () => {
    const page = "The company said profits rose.\nThe company said on Monday that it would cut 500 jobs in three plants.";
    const sentence = "The company said on Monday that it would cut 500 jobs in three plants.";
    const { d, from } = pick(page, sentence);
    expect(d!.start.length).toBeGreaterThan("The company said".length);
    expect(resolveDirective(page, d!)).toEqual([from, from + sentence.length]);
  });

  it("uses a prefix to tell apart the same sentence said twice", () => {
    const page = "First, police said: Two people were hurt in the blast. Later, officials said: Two people were hurt in the blast.";
    const sentence = "Two people were hurt in the blast.";
    const { d, from } = pick(page, sentence, 1);
    expect(d!.prefix).toBeDefined();
    expect(resolveDirective(page, d!)).toEqual([from, from + sentence.length]);
    expect(formatDirective(d!)).toMatch(/^text=[^,]+-,/);
  });

  it("matches on word boundaries and case-insensitively, as the browser does", () => {
    expect(resolveDirective("Cartoons and cars.", { start: "car" })).toBeUndefined();
    expect(resolveDirective("Cartoons and cars.", { start: "CARS." })).toEqual([13, 18]);
  });

  it("gives up on text no directive can single out", () => {
    const page = "Same words.\nSame words.";
    expect(chooseDirective(page, 0, 11)).toEqual({ start: "Same words." });
    // The second copy, alone in its paragraph, has no words before it there to tell it apart.
    expect(chooseDirective(page, 12, 23)).toBeUndefined();
    // Nor does a sentence whose three words before it are also the three before an earlier copy.
    expect(chooseDirective("p q r x. p q r x.", 15, 17)).toBeUndefined();
    expect(chooseDirective("p q r x. s q r x.", 15, 17)).toEqual({ prefix: "s q r", start: "x." });
  });
});

describe("withTextDirective", () => {
  it("keeps an element fragment and replaces an old directive", () => {
    expect(withTextDirective("https://news.example/a?x=1&y=2", { start: "a-b" })).toBe("https://news.example/a?x=1&y=2#:~:text=a%2Db");
    expect(withTextDirective("https://news.example/a#top", { start: "x", end: "y" })).toBe("https://news.example/a#top:~:text=x,y");
    expect(withTextDirective("https://news.example/a#top:~:text=old", { start: "new" })).toBe("https://news.example/a#top:~:text=new");
  });
});

describe("sentenceLinks", () => {
  const article = {
    headline: "Storm hits coast",
    paragraphs: [
      "A storm hit the coast on Monday, cutting power to 20,000 homes.",
      "Officials said the storm — the worst in a decade — would pass by Wednesday. Storm hits coast again, residents fear.",
      "A storm hit the coast on Monday, officials repeated.",
    ],
  };

  it("links every sentence to exactly its own text in the page", () => {
    const sentences = articleSentences(article);
    const links = sentenceLinks(article, "https://news.example/storm", sentences.map((s) => s.index));
    const page = [article.headline, ...article.paragraphs].join("\n");
    sentences.forEach((s, i) => {
      const link = links[i]!;
      expect(link).toMatch(/^https:\/\/news\.example\/storm#:~:text=/);
      const raw = link.split(":~:text=")[1]!;
      const terms = raw.split(",").map(decodeURIComponent);
      const prefix = terms[0]!.endsWith("-") && raw.split(",")[0]!.endsWith("-") ? terms.shift()!.slice(0, -1) : undefined;
      const directive = { ...(prefix !== undefined ? { prefix } : {}), start: terms[0]!, ...(terms[1] !== undefined ? { end: terms[1] } : {}) };
      const at = resolveDirective(page, directive)!;
      expect(page.slice(at[0], at[1])).toBe(s.text);
    });
  });
});
