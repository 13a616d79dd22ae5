import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseWireText } from "#news/article.ts";
import { articleSentences, splitSentences } from "#news/sentences.ts";

describe("splitSentences", () => {
  const cases: [string, string, string[]][] = [
    ["military ranks", "Col. Gilles Jaron said the strikes hit a post. Gen. Smith agreed.", ["Col. Gilles Jaron said the strikes hit a post.", "Gen. Smith agreed."]],
    ["U.S. mid-sentence", "The U.S. and Russia must act. They met on Tuesday.", ["The U.S. and Russia must act.", "They met on Tuesday."]],
    ["Mr., No. 10, a.m.", "Mr. Jones arrived at No. 10 Downing St. at 9 a.m. on Tuesday. Then he left.", ["Mr. Jones arrived at No. 10 Downing St. at 9 a.m. on Tuesday.", "Then he left."]],
    ["decimals and thousands", "Profits rose 3.5% to $1,200m. Sales fell 0.4 points.", ["Profits rose 3.5% to $1,200m.", "Sales fell 0.4 points."]],
    // Card audit 41: sbd reads "2.8%." as a dotted abbreviation before "A", and the card's label crossed the stop.
    ["a one-digit decimal's closing stop before 'A'", "Prices rose 2.8%. A number of shops closed.", ["Prices rose 2.8%.", "A number of shops closed."]],
    ["initials", "J. R. R. Tolkien wrote it. It sold well.", ["J. R. R. Tolkien wrote it.", "It sold well."]],
    [
      "a quote ending one sentence and opening the next",
      '"This is just raw terror," he said, vowing to succeed. "We will end the scourge of Daesh," he said.',
      ['"This is just raw terror," he said, vowing to succeed.', '"We will end the scourge of Daesh," he said.'],
    ],
    ["a quote closing after the stop", 'Kerry said, "we have to step up." Earlier, he told staff.', ['Kerry said, "we have to step up."', "Earlier, he told staff."]],
    ["ellipses", "He paused... Then he went on.", ["He paused...", "Then he went on."]],
    // A stop glued to a one-letter word after it is a lost space, sbd's cut (the letter right at the word's end).
    ["a stop glued to a one-letter word", "Turnout rose sharply in the city.A new count began.", ["Turnout rose sharply in the city", "A new count began."]],
    ["question and exclamation", "What now? Nobody knows! Talks resume Monday.", ["What now?", "Nobody knows!", "Talks resume Monday."]],
    ["a list split by lines", "Key points:\n- Rates held at 5%\n- Inflation fell", ["Key points:", "- Rates held at 5%", "- Inflation fell"]],
    // Issue 15: sbd cut "the W.O.R.D. | Ministries Christian Center", and a bullet began "Ministries Christian Center…".
    [
      "an initialism inside a name",
      "He preached at the W.O.R.D. Ministries Christian Center in Dallas. It closed in 2010.",
      ["He preached at the W.O.R.D. Ministries Christian Center in Dallas.", "It closed in 2010."],
    ],
    // Capitals past ASCII end an initialism as A–Z do (the pattern's \p{Lu}), one code unit or two.
    ["an initialism of accented capitals inside a name", "Talks were held at the É.Ü. Embassy in Rome on Monday.", ["Talks were held at the É.Ü. Embassy in Rome on Monday."]],
    ["an initialism of capitals beyond the BMP inside a name", "Talks were held at the 𝐀.𝐁. Embassy in Rome on Monday.", ["Talks were held at the 𝐀.𝐁. Embassy in Rome on Monday."]],
    ["an initialism ending a sentence", "He moved to the U.S. He was 12 at the time.", ["He moved to the U.S.", "He was 12 at the time."]],
    ["a hyphenated initialism", "The U.S.-led coalition struck again. Officials said 12 died.", ["The U.S.-led coalition struck again.", "Officials said 12 died."]],
    [
      "a quotation running over two sentences stays one",
      '"We will fight. We will win," he said. Then he left the room.',
      ['"We will fight. We will win," he said.', "Then he left the room."],
    ],
    [
      "a Daily Mail single-quoted quotation over two sentences",
      "He said: 'I love this town. It is my home.' The crowd cheered him for a long while after that.",
      ["He said: 'I love this town. It is my home.'", "The crowd cheered him for a long while after that."],
    ],
    [
      "a pull quote glued to the next sentence (the page's line break lost)",
      "Houthi leader: 'Anyone who thinks we will surrender is dreaming' On Wednesday, Houthis released the defense minister in Sanaa.",
      ["Houthi leader: 'Anyone who thinks we will surrender is dreaming'", "On Wednesday, Houthis released the defense minister in Sanaa."],
    ],
    [
      "a piece opening in lower case joins the sentence it was cut from",
      "The shop sold 10 lbs. of fish and then closed for the day. It reopened on Monday.",
      ["The shop sold 10 lbs. of fish and then closed for the day.", "It reopened on Monday."],
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  // A quotation over two pieces is rejoined only while both hold at most 80 words together (mergeSpans): counted by
  // character codes, so a word of letters past ASCII ('Αθήνα') and curly quotes must count as WORD_RUN counts them.
  it("rejoins a quotation's two pieces of 80 words together, and leaves them apart at 81", () => {
    const quoted = (total: number) => {
      const first = 30;
      // 'He said: ‘The … end.' holds first + 4 words; 'It … end.’' holds the rest: total + 6 words in all.
      return `He said: ‘The ${"Αθήνα ".repeat(first)}end. It ${"Αθήνα ".repeat(total - first)}end.’`;
    };
    expect(splitSentences(quoted(74))).toHaveLength(1);
    expect(splitSentences(quoted(75))).toHaveLength(2);
  });

  it("returns verbatim substrings of the paragraph, even where sbd changed the whitespace", () => {
    // sbd collapses runs of spaces, tabs and newlines in what it returns; the sentences must still be found.
    expect(splitSentences("Mr.  Smith   said so.  Then  he left.")).toEqual(["Mr.  Smith   said so.", "Then  he left."]);
    expect(splitSentences("Rates\tfell  2%.\nShares  rose.")).toEqual(["Rates\tfell  2%.", "Shares  rose."]);
  });

  it("drops pieces with no words (separators, stray punctuation) and keeps the sentences around them", () => {
    expect(splitSentences("By . | . A man was found.")).toEqual(["By .", "A man was found."]);
  });
});

describe("articleSentences on the seed article", () => {
  const article = parseWireText(readFileSync(new URL("../seeds/000_c74584ab3f8b7ef3.txt", import.meta.url), "utf8"));
  const sentences = articleSentences(article);

  it("numbers sentences in reading order and never includes the date line, dateline or credit", () => {
    expect(sentences.map((s) => s.index)).toEqual(sentences.map((_, i) => i));
    expect(sentences[0]!.text.startsWith("France made an unprecedented demand")).toBe(true);
    for (const s of sentences) {
      expect(s.text).not.toMatch(/17\/11\/2015|^Paris:|^- AP$/);
      expect(article.paragraphs[s.paragraph]).toContain(s.text);
    }
  });

  it("keeps Col. Gilles Jaron and the U.S. inside their sentences", () => {
    expect(sentences.some((s) => s.text.startsWith("French military spokesman Col. Gilles Jaron said"))).toBe(true);
    expect(sentences.some((s) => s.text.startsWith("U.S. Secretary of State John Kerry flew to France"))).toBe(true);
  });
});
