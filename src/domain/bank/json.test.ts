import { describe, expect, it } from "vitest";
import { parseJson } from "./json.ts";

describe("parseJson", () => {
  it("locates an error in deeply nested broken JSON instead of overflowing the stack", () => {
    const r = parseJson(`${"[".repeat(200_000)}\n}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(1);
    expect(r.message).toMatch(/nested more than 512 levels/);
  });

  it("still finds an error after many numbers, at its line and column", () => {
    const numbers = Array.from({ length: 50_000 }, (_, i) => i).join(",\n");
    const r = parseJson(`[${numbers},\n]`);
    expect(r).toMatchObject({ ok: false, line: 50_001, column: 1 });
    if (!r.ok) expect(r.message).toMatch(/trailing comma/);
  });
});
