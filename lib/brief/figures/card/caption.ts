import type { KeyFigure } from "#brief/figures/card/figure.ts";

// Captions: the label with the change the article reports, for the card.

// The amount as the display writes it: currency before, digits, scale, then what follows ("euros", "%", "p").
const DISPLAY_AMOUNT = /^(US\$|A\$|C\$|HK\$|NZ\$|S\$|[$£€¥₹]|[A-Z]{3} )?(\d[\d,]*(?:\.\d+)?)(\s?)(?:(bn|billion|mn|mln|million|m|k|thousand|tn|trn|trillion)\b)?(.*)$/;
const WORD_SCALES = new Set(["billion", "million", "thousand", "trillion"]);

/** Digits grouped by thousands; `fixed` keeps trailing zeros ("$0.90" beside "$1.20"), else they are trimmed. */
function grouped(n: number, decimals: number, fixed = false): string {
  const [whole = "0", fraction] = (fixed ? n.toFixed(decimals) : String(Number(n.toFixed(decimals)))).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/**
 * An earlier amount written the way the figure's display writes its own: same currency sign or word, same
 * style of scale ("$1.13bn" → "$639m", "2.9bn euros" → "3.1bn euros", "50 million euros" → "45 million euros",
 * "7%" → "5%", "8.5 cents" → "6.8 cents"), so the two read side by side.
 */
function formatLike(f: KeyFigure, amount: number): string | undefined {
  if (!Number.isFinite(amount)) return undefined;
  const q = f.qualifier;
  const display = q !== undefined && f.display.toLowerCase().startsWith(`${q} `) ? f.display.slice(q.length + 1) : f.display;
  const m = DISPLAY_AMOUNT.exec(display);
  if (m === null) return grouped(amount, 2);
  const [, prefix = "", digits = "", space = "", scale, rest = ""] = m;
  const places = digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0;
  // Pence and cents: the value is in pounds or dollars, the display in hundredths.
  const minor = f.unit !== undefined && f.unit !== "%" && f.unit !== "pp" && /^\s?(?:p|pence|cents?)\b/.test(rest);
  const n = minor ? amount * 100 : amount;
  // Without a scale the space the pattern took belongs to what follows ("1,400 yen").
  if (scale === undefined) return `${prefix}${places > 0 ? grouped(n, places, true) : grouped(n, 2)}${space}${rest}`;
  const words = WORD_SCALES.has(scale);
  const steps: [number, string, string][] = [
    [1e12, "tn", "trillion"],
    [1e9, "bn", "billion"],
    [1e6, "m", "million"],
  ];
  if (scale === "k" || scale === "thousand") steps.push([1e3, "k", "thousand"]);
  const a = Math.abs(n);
  const step = steps.find(([size]) => a >= size);
  if (step === undefined) return `${prefix}${grouped(n, 2)}${rest}`;
  const [size, abbreviation, word] = step;
  const scaled = String(Number((n / size).toFixed(3)));
  return `${prefix}${scaled}${words ? `${space || " "}${word}` : `${space}${abbreviation}`}${rest}`;
}

/**
 * What the card prints beside a figure: its label, and the change and earlier amount when the article gives
 * them, "quarterly profits (up 76%, from $639m)"; the label alone otherwise.
 */
export function figureCaption(f: KeyFigure): string {
  const parts: string[] = [];
  if (f.change !== undefined && Number.isFinite(f.change.value)) parts.push(`${f.change.direction} ${grouped(f.change.value, 2)}%`);
  const previous = f.previous === undefined ? undefined : formatLike(f, f.previous);
  if (previous !== undefined) parts.push(`from ${previous}`);
  if (parts.length === 0) return f.label;
  return f.label === "" ? parts.join(", ") : `${f.label} (${parts.join(", ")})`;
}
