/**
 * The raad's decisions through the commands (issue 20 points 2, 5, 6, 7): votes against the outcome (Gemeentewet
 * art. 20, 28, 32) with the message at the vote field, a hamerstuk, a refusal on another ground (flagged), a new
 * raadsvoorstel after a refusal on the same version without touching another raad, and a correction that updates the
 * track's decision.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { byRunner } from "../helpers/by-runner";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { OUTSIDE_WGR_GROUNDS_WARNING } from "@/lib/domain/procedures/gr/raad-track";
import { pdfUpload, snapshot } from "./helpers";
import { openToestemmingFixture, type ToestemmingFixture } from "./toestemming-fixture";

const ontvangst = byRunner(raadCommands.recordOntvangst);
const agendering = byRunner(raadCommands.recordAgendering);
const toestemming = byRunner(raadCommands.recordToestemming);
const correctie = byRunner(raadCommands.correctBesluit);

let f: ToestemmingFixture;
let db: ToestemmingFixture["db"];
let procedureId: string;
let definitief: string;
const p: Record<string, string> = {};
const u: Record<string, GriffieUser> = {};
const track = (participantId: string) => f.track(participantId);
const base = (participant: string, extra: Record<string, unknown> = {}) => f.base(participant, extra);

beforeAll(async () => {
  f = await openToestemmingFixture();
  ({ db, procedureId, definitief } = f);
  Object.assign(p, f.p);
  Object.assign(u, f.u);
});
afterAll(async () => db?.close());

describe("the vote must match the outcome (Gemeentewet art. 20, 28, 32)", () => {
  it("refuses verleend with 5–15, a 10–10 tie at a full meeting and 3 votes of 14 present; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const cases: [Record<string, string>, string, string][] = [
      [{ stemmenVoor: "5", stemmenTegen: "15" }, "stemmenTegen", "art. 30"],
      [
        { stemmenVoor: "10", stemmenTegen: "10", zittingHebbendeLeden: "20", aanwezig: "20" },
        "stemmenVoor",
        "art. 32, eerste lid",
      ],
      [{ stemmenVoor: "3", stemmenTegen: "0", aanwezig: "14" }, "stemmenVoor", "niet geldig"],
    ];
    for (const [votes, field, text] of cases) {
      const r = await toestemming(db.prisma, u.almere, await base(p.almere, votes), pdfUpload());
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toContain(text);
        expect(r.fieldErrors?.[field]).toContain(text);
      }
    }
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("accepts a hamerstuk without counts, and records a reconvened meeting", async () => {
    const r = await toestemming(
      db.prisma,
      u.almere,
      await base(p.almere, {
        stemmenVoor: "",
        stemmenTegen: "",
        zonderStemming: true,
        heropendeVergadering: true,
        griffierMedeondertekend: true,
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    expect((await track(p.almere)).status).toBe("toestemming_verleend");
    const b = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.almere, type: "TOESTEMMING" } });
    expect(b).toMatchObject({ stemmenVoor: null, stemmenTegen: null, heropendeVergadering: true });
  });

  it("without counts and without 'zonder stemming' the counts are asked for", async () => {
    const r = await toestemming(
      db.prisma,
      u.urk,
      await base(p.urk, { stemmenVoor: "", stemmenTegen: "" }),
      pdfUpload(),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.stemmenVoor).toBe("Vul het aantal stemmen voor in.");
  });
});

describe("a refusal on another ground, then a new raadsvoorstel on the same version (Wgr art. 1 lid 4)", () => {
  it("records the refusal flagged, then the raad decides again; Almere's toestemming is untouched", async () => {
    const almereBefore = await track(p.almere);
    const refused = await toestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, {
        uitkomst: "GEWEIGERD",
        weigeringsgrond: "ANDERE_GROND",
        motivering: "De raad wil eerst een nieuwe coalitie.",
        stemmenVoor: "10",
        stemmenTegen: "29",
      }),
      pdfUpload(),
    );
    expect(refused).toEqual({ ok: true });
    const t = await track(p.lelystad);
    expect(t.status).toBe("toestemming_geweigerd");
    expect(t.data).toMatchObject({ toestemming: { refusal: { ground: "andere_grond", meetsWgrGrounds: false } } });
    const b = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.lelystad, type: "TOESTEMMING" } });
    expect(b.weigeringsgrond).toBe("ANDERE_GROND");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { type: "toestemming_geweigerd" },
      orderBy: { id: "desc" },
    });
    expect(audit.reason).toContain(OUTSIDE_WGR_GROUNDS_WARNING);
    expect(audit.payload).toMatchObject({ ground: "andere_grond" });

    const again = await ontvangst(db.prisma, u.lelystad, {
      procedureId,
      participantId: p.lelystad,
      expectedVersion: String((await track(p.lelystad)).version),
      stap: "toestemmingsvoorstel",
      ontvangenOp: "2026-10-20",
    });
    expect(again).toEqual({ ok: true });
    const agenda = await agendering(db.prisma, u.lelystad, {
      procedureId,
      participantId: p.lelystad,
      expectedVersion: String((await track(p.lelystad)).version),
      stap: "toestemming",
      raadDatum: "2026-11-05",
      commissieDatum: "",
    });
    expect(agenda).toEqual({ ok: true });
    const granted = await toestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { besluitdatum: "2026-11-05", besluitnummer: "2026-130" }),
      pdfUpload(),
    );
    expect(granted).toEqual({ ok: true });
    const after = await track(p.lelystad);
    expect(after.status).toBe("toestemming_verleend");
    expect(after.data).toMatchObject({ toestemming: { documentVersionId: definitief } });
    expect((await loadGrProcedure(db.prisma, procedureId))?.state.currentVersionId).toBe(definitief);
    const almereAfter = await track(p.almere);
    expect(almereAfter.version).toBe(almereBefore.version);
    expect(almereAfter.data).toEqual(almereBefore.data);
  });
});

describe("a correction goes through the domain and updates the track", () => {
  it("refuses votes that contradict the outcome, then updates the track's decision", async () => {
    const ok = await toestemming(db.prisma, u.urk, await base(p.urk), pdfUpload());
    expect(ok).toEqual({ ok: true });
    const old = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.urk, type: "TOESTEMMING" } });
    const fields = {
      besluitId: old.id,
      reden: "Stemmen verkeerd overgenomen.",
      besluitdatum: "2026-10-08",
      besluitnummer: "2026-101a",
      stemmenVoor: "4",
      stemmenTegen: "11",
      zittingHebbendeLeden: "",
      aanwezig: "",
      moties: [],
    };
    const before = await snapshot(db.prisma);
    const wrong = await correctie(db.prisma, u.urk, fields);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.fieldErrors?.stemmenTegen).toContain("art. 30");
    expect(await snapshot(db.prisma)).toEqual(before);

    const right = await correctie(db.prisma, u.urk, { ...fields, stemmenVoor: "12", stemmenTegen: "3" });
    expect(right.ok).toBe(true);
    const t = await track(p.urk);
    expect(t.status).toBe("toestemming_verleend");
    expect(t.data).toMatchObject({
      toestemming: { decision: { besluitnummer: "2026-101a", votes: { for: 12, against: 3 } } },
    });
    const events = await db.prisma.auditEvent.findMany({
      where: { type: { in: ["besluit_gecorrigeerd", "raadsbesluit_gecorrigeerd"] } },
    });
    expect(events.map((e) => e.type).sort()).toEqual(["besluit_gecorrigeerd", "raadsbesluit_gecorrigeerd"]);
    expect(events.every((e) => e.reason?.startsWith("Stemmen verkeerd overgenomen."))).toBe(true);
    // Art. 32a: the correction did not record the griffier's co-signature, so the track event says so.
    expect(events.find((e) => e.type === "besluit_gecorrigeerd")?.reason).toContain("art. 32a");
  });
});
