/**
 * Wave 11 (issue 20 point 13): applyGrCommand hands a track's refusal back as it is (no half-applied stand beside
 * it), and createGrProcedure keeps each party's topics (R13 scope).
 */
import { describe, expect, it } from "vitest";
import { applyGrCommand, createGrProcedure, type GrCommand } from "@/lib/domain";
import { ctxOn } from "../procedures/fixtures";
import { FULL_PARTICIPANTS, fullProcedure } from "./support";

describe("a refused raad or college step is returned as the refusal only", () => {
  it("raad: a toestemmingsvoorstel before the toestemmingsprocedure", () => {
    const cmd: GrCommand = {
      track: "raad",
      participantId: "almere",
      event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
    };
    const res = applyGrCommand(fullProcedure(), cmd, ctxOn("2026-03-30"));
    expect(res.ok).toBe(false);
    expect(res).not.toHaveProperty("state");
    expect(Object.keys(res).sort()).toEqual(["code", "message", "ok"]);
  });

  it("college: a collegebesluit without the raad's toestemming", () => {
    const cmd = {
      track: "college",
      participantId: "almere",
      event: { type: "collegebesluit_genomen", decision: { documentVersionId: "v1", decidedOn: "2026-03-30" } },
    } as GrCommand;
    const res = applyGrCommand(fullProcedure(), cmd, ctxOn("2026-03-30"));
    expect(res.ok).toBe(false);
    expect(res).not.toHaveProperty("state");
    expect(Object.keys(res).sort()).toEqual(["code", "message", "ok"]);
  });
});

describe("createGrProcedure", () => {
  it("keeps each party's topics, as a copy of the input", () => {
    const parties = FULL_PARTICIPANTS.map((p, i) => ({ ...p, scopeTopics: i === 0 ? ["jeugd", "wmo"] : [] }));
    const s = createGrProcedure({
      id: "gr-y",
      kind: "gr_treffen",
      title: "GR Y",
      topics: ["jeugd"],
      participants: parties,
    });
    expect(s.participants[0].scopeTopics).toEqual(["jeugd", "wmo"]);
    expect(s.participants[0].scopeTopics).not.toBe(parties[0].scopeTopics);
  });
});
