import { describe, expect, it } from "vitest";
import { escapeHtml, renderBlock, renderBlocks, renderMessageBody, renderMrkdwn, renderText } from "#local/render.ts";

describe("mrkdwn", () => {
  it("renders bold, italic, strike and inline code", () => {
    expect(renderMrkdwn("*at least 129* people, _Paris_, ~old~ and `/brief latest`")).toBe(
      '<b>at least 129</b> people, <i>Paris</i>, <s>old</s> and <code class="bk-code">/brief latest</code>',
    );
  });

  it("leaves markers inside words and unmatched markers alone", () => {
    expect(renderMrkdwn("snake_case_name and 2*3*4 and a lone * star")).toBe("snake_case_name and 2*3*4 and a lone * star");
  });

  it("keeps markup inside code literal", () => {
    expect(renderMrkdwn("`*not bold* <http://x|y>`")).toBe('<code class="bk-code">*not bold* &lt;http://x|y&gt;</code>');
    expect(renderMrkdwn("```\nline *1*\n<b>2</b>```")).toBe('<pre class="bk-pre">line *1*\n&lt;b&gt;2&lt;/b&gt;</pre>');
  });

  it("renders labelled and bare links, and drops non-http targets", () => {
    expect(renderMrkdwn("<https://apnews.com/x?a=1&amp;b=2|AP &amp; co>")).toBe(
      '<a class="bk-link" href="https://apnews.com/x?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">AP &amp; co</a>',
    );
    expect(renderMrkdwn("<https://example.org>")).toContain('href="https://example.org"');
    expect(renderMrkdwn("<javascript:alert(1)|click>")).toBe("click");
  });

  it("renders bold around a link", () => {
    expect(renderMrkdwn("*<https://e.org|Headline>*")).toBe(
      '<b><a class="bk-link" href="https://e.org" target="_blank" rel="noopener noreferrer">Headline</a></b>',
    );
  });

  it("renders user, channel and special mentions", () => {
    expect(renderMrkdwn("shared by <@U123>", { users: { U123: "ana" } })).toBe(
      'shared by <span class="bk-mention" data-user="U123">@ana</span>',
    );
    expect(renderMrkdwn("<@U999>")).toBe('<span class="bk-mention" data-user="U999">@U999</span>');
    expect(renderMrkdwn("<#C1|newsroom> <!here>")).toBe(
      '<span class="bk-mention bk-channel">#newsroom</span> <span class="bk-mention bk-special">@here</span>',
    );
  });

  it("formats date tokens in the given zone and falls back to the label", () => {
    // 2015-11-17T20:50:00Z
    expect(renderMrkdwn("<!date^1447793400^{date_num} {time}|17 Nov 2015>", { timeZone: "Europe/Paris" })).toBe(
      '<time class="bk-date" datetime="2015-11-17T20:50:00.000Z">2015-11-17 21:50</time>',
    );
    expect(renderMrkdwn("<!date^1447793400^{unknown_token}|Nov 17>")).toContain(">Nov 17</time>");
  });

  it("decodes Slack's three entities once and escapes everything for HTML", () => {
    expect(renderMrkdwn("Q&amp;A: 1 &lt; 2 &gt; 0")).toBe("Q&amp;A: 1 &lt; 2 &gt; 0");
    expect(renderMrkdwn("&amp;lt;")).toBe("&amp;lt;");
    expect(renderMrkdwn(`"quoted" 'single'`)).toBe("&quot;quoted&quot; &#39;single&#39;");
  });

  it("never lets article text inject HTML", () => {
    const hostile = `<img src=x onerror=alert(1)> <script>alert(1)</script> <a href="javascript:x">y</a> \uE0000\uE001`;
    const html = renderMrkdwn(hostile);
    expect(html).not.toMatch(/<(img|script|a )/);
    expect(html).not.toContain("\uE000");
    expect(renderMrkdwn("<https://e.org|<b>label</b>>")).not.toContain("<b>label");
    // An unescaped tag is not a Slack form: it shows as typed, so the missing escape is visible on the page.
    expect(renderMrkdwn("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(renderMrkdwn('<https://e.org/"onmouseover="x|t>')).toContain('href="https://e.org/&quot;onmouseover=&quot;x"');
  });

  it("renders newlines, quotes and known emoji", () => {
    expect(renderMrkdwn("a\nb")).toBe("a<br>b");
    expect(renderMrkdwn("&gt; quoted\nafter")).toBe('<blockquote class="bk-quote">quoted</blockquote>after');
    expect(renderMrkdwn(":newspaper: :no_such_emoji:")).toBe("📰 :no_such_emoji:");
  });
});

describe("text objects", () => {
  it("escapes plain_text without interpreting mrkdwn", () => {
    expect(renderText({ type: "plain_text", text: "*Tom & Jerry* <b>" })).toBe("*Tom &amp; Jerry* &lt;b&gt;");
  });

  it("renders verbatim mrkdwn without links or styles", () => {
    expect(renderText({ type: "mrkdwn", text: "*x* &amp;", verbatim: true })).toBe("*x* &amp;");
  });
});

describe("blocks", () => {
  it("header", () => {
    expect(renderBlock({ type: "header", text: { type: "plain_text", text: "France seeks EU aid <now>" } }, 0)).toBe(
      '<div class="bk-block bk-header">France seeks EU aid &lt;now&gt;</div>',
    );
  });

  it("section with text and fields", () => {
    const html = renderBlock(
      {
        type: "section",
        block_id: "figures",
        text: { type: "mrkdwn", text: "• first bullet\n• second" },
        fields: [
          { type: "mrkdwn", text: "*at least 129*\npeople killed" },
          { type: "mrkdwn", text: "*127*\narrests" },
        ],
      },
      3,
    );
    expect(html).toBe(
      '<div class="bk-block bk-section" data-block-id="figures"><div class="bk-section-body">' +
        '<div class="bk-section-text">• first bullet<br>• second</div>' +
        '<div class="bk-fields"><div class="bk-field"><b>at least 129</b><br>people killed</div>' +
        '<div class="bk-field"><b>127</b><br>arrests</div></div></div></div>',
    );
  });

  it("section with a button accessory carries its position", () => {
    const html = renderBlock(
      { type: "section", text: { type: "mrkdwn", text: "x" }, accessory: { type: "button", action_id: "open", value: "a1", text: { type: "plain_text", text: "Open" } } },
      2,
    );
    expect(html).toContain('<button type="button" class="bk-button" data-block="2" data-element="0" data-action-id="open" data-value="a1">Open</button>');
  });

  it("context with text and images", () => {
    expect(
      renderBlock(
        {
          type: "context",
          elements: [
            { type: "mrkdwn", text: "AP · Paris · `c74584ab3f8b`" },
            { type: "image", image_url: "https://e.org/i.png", alt_text: "logo\"" },
            { type: "image", image_url: "data:text/html,x", alt_text: "bad" },
          ],
        },
        1,
      ),
    ).toBe(
      '<div class="bk-block bk-context"><span class="bk-context-text">AP · Paris · <code class="bk-code">c74584ab3f8b</code></span>' +
        '<img class="bk-context-image" src="https://e.org/i.png" alt="logo&quot;" loading="lazy">' +
        '<span class="bk-context-image bk-image-missing">bad</span></div>',
    );
  });

  it("divider", () => {
    expect(renderBlock({ type: "divider" }, 0)).toBe('<hr class="bk-block bk-divider">');
  });

  it("actions with buttons: styles, values, url buttons", () => {
    const html = renderBlock(
      {
        type: "actions",
        block_id: "share",
        elements: [
          { type: "button", action_id: "post_to_channel", style: "primary", value: "c74584ab3f8b", text: { type: "plain_text", text: "Post to channel" } },
          { type: "button", action_id: "read", url: "https://apnews.com/a", text: { type: "plain_text", text: "Read" } },
          { type: "button", action_id: "x", style: "<evil>", value: '"><script>', text: { type: "plain_text", text: "X" } },
        ],
      },
      4,
    );
    expect(html).toContain(
      '<button type="button" class="bk-button bk-button-primary" data-block="4" data-element="0" data-action-id="post_to_channel" data-value="c74584ab3f8b">Post to channel</button>',
    );
    expect(html).toContain('<a class="bk-button" href="https://apnews.com/a" target="_blank" rel="noopener noreferrer" data-block="4" data-element="1" data-action-id="read">Read</a>');
    expect(html).toContain('class="bk-button" data-block="4" data-element="2" data-action-id="x" data-value="&quot;&gt;&lt;script&gt;">X</button>');
    expect(html).not.toContain("<script>");
  });

  it("image block", () => {
    expect(renderBlock({ type: "image", image_url: "https://e.org/c.png", alt_text: "chart", title: { type: "plain_text", text: "Chart" } }, 0)).toBe(
      '<div class="bk-block bk-image"><div class="bk-image-title">Chart</div><img class="bk-image-img" src="https://e.org/c.png" alt="chart" loading="lazy"></div>',
    );
  });

  it("unknown and malformed blocks render a marker instead of throwing", () => {
    expect(renderBlocks([{ type: "video" }, null, "x", { type: "section", fields: "nope" }])).toBe(
      '<div class="bk-block bk-unsupported">[unsupported block: video]</div>' +
        '<div class="bk-block bk-unsupported">[invalid block]</div>' +
        '<div class="bk-block bk-unsupported">[invalid block]</div>' +
        '<div class="bk-block bk-section"><div class="bk-section-body"></div></div>',
    );
    expect(renderBlocks("not an array")).toBe("");
  });
});

describe("messages", () => {
  it("uses blocks when present, else the text as mrkdwn", () => {
    expect(renderMessageBody({ text: "fallback", blocks: [{ type: "divider" }] })).toBe('<hr class="bk-block bk-divider">');
    expect(renderMessageBody({ text: "Unknown article `zzz`. Try `/brief latest`." })).toBe(
      '<div class="bk-block bk-section"><div class="bk-section-text">Unknown article <code class="bk-code">zzz</code>. Try <code class="bk-code">/brief latest</code>.</div></div>',
    );
  });

  it("escapeHtml escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
