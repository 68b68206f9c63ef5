import { describe, expect, it } from "vitest";
import { SUMMARY_PROCEDURES, boundedSummary } from "@/lib/presentation/gemeente-summary";

describe("boundedSummary (public gemeente page)", () => {
  it("shows every procedure of a gemeente in few procedures", () => {
    expect(boundedSummary(0)).toBeNull();
    expect(boundedSummary(SUMMARY_PROCEDURES)).toBeNull();
  });

  it("announces the summary of a gemeente in more procedures, with their number", () => {
    expect(boundedSummary(SUMMARY_PROCEDURES + 1)).toEqual({ total: SUMMARY_PROCEDURES + 1 });
    expect(boundedSummary(57)).toEqual({ total: 57 });
  });
});
