import { describe, expect, it } from "vitest";
import { SUMMARY_PROCEDURES, summarizeProcedures } from "@/lib/presentation/gemeente-summary";

const ids = (n: number) => Array.from({ length: n }, (_, i) => [`p${i}`, `p${i}`]).flat(); // two tracks each

describe("summarizeProcedures (public gemeente page)", () => {
  it("shows every procedure of a gemeente in few procedures", () => {
    const s = summarizeProcedures(ids(SUMMARY_PROCEDURES), false);
    expect(s).toMatchObject({ total: SUMMARY_PROCEDURES, bounded: false });
    expect([...s.shown]).toEqual(Array.from({ length: SUMMARY_PROCEDURES }, (_, i) => `p${i}`));
  });

  it("keeps the most recently created procedures of a gemeente in many, and says it cut", () => {
    const s = summarizeProcedures(ids(57), false);
    expect(s).toMatchObject({ total: 57, bounded: true });
    expect(s.shown.size).toBe(SUMMARY_PROCEDURES);
    expect(s.shown.has("p56")).toBe(true);
    expect(s.shown.has(`p${57 - SUMMARY_PROCEDURES}`)).toBe(true);
    expect(s.shown.has(`p${56 - SUMMARY_PROCEDURES}`)).toBe(false);
  });

  it("shows everything when the visitor asks for it (?alles=ja)", () => {
    const s = summarizeProcedures(ids(57), true);
    expect(s).toMatchObject({ total: 57, bounded: false });
    expect(s.shown.size).toBe(57);
  });
});
