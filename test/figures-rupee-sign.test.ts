// rupee-sign.ts: "Rs 4000 (£45) a month": "Rs" is the rupee's sign, the sum money in INR joined to its bracketed
// conversion (card audit 47's shape 17: the rupees an identifier, the pounds labelled '— Rs').
import { describe, expect, it } from "vitest";
import { at, exact, listed, want } from "#test/helpers/figures.ts";

const inr = (value: number, label: string, qualifier?: string) => want(value, qualifier, "INR", label, "money");

describe("'Rs N' is an amount in rupees", () => {
  it("'The farmer earns just Rs 4000 (£45) a month' → just 4000 INR — earnings a month", () => {
    expect(exact(at("The farmer earns just Rs 4000 (£45) a month.", 4000))).toEqual(inr(4000, "earnings a month", "just"));
  });

  it("a thousands comma, spending: 'Their mother spends about Rs 12,000 (£130) a month on food' → food a month", () => {
    expect(exact(at("Their mother spends about Rs 12,000 (£130) a month on food.", 12000))).toEqual(inr(12000, "food a month", "about"));
  });

  it("a fine, a dollar conversion, passive: 'He was fined Rs 500 ($7)' → 500 INR — fine", () => {
    expect(exact(at("He was fined Rs 500 ($7).", 500))).toEqual(inr(500, "fine", undefined));
  });

  it("with a full stop, present tense: 'The phone costs Rs. 15,000 (£160)' → 15000 INR — phone", () => {
    expect(exact(at("The phone costs Rs. 15,000 (£160).", 15000))).toEqual(inr(15000, "phone", undefined));
  });

  it("the pounds in brackets are its conversion, no figure of their own (not '£45 — Rs')", () => {
    const pounds = listed("The farmer earns just Rs 4000 (£45) a month.").find((f) => f.value === 45);
    expect([pounds?.candidate, pounds?.label]).toEqual([false, "earnings a month"]);
  });

  it("near miss: 'RS 4000' in capitals is a code, no rupees", () => {
    expect(listed("The RS 4000 model sold well.").find((f) => f.value === 4000)?.type).toBe("identifier");
  });
});
