import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { byRunner } from "../helpers/by-runner";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { pdfUpload, snapshot } from "./helpers";
import { openToestemmingFixture, type ToestemmingFixture } from "./toestemming-fixture";

const registreerAgendering = byRunner(raadCommands.recordAgendering);
const registreerToestemming = byRunner(raadCommands.recordToestemming);

let f: ToestemmingFixture;
let db: ToestemmingFixture["db"];
let procedureId: string;
let definitief: string;
const p: Record<string, string> = {};
const u: Record<string, GriffieUser> = {};
const version = async (participantId: string) => String((await f.track(participantId)).version);
const base = (participant: string, extra: Record<string, unknown> = {}) => f.base(participant, extra);

beforeAll(async () => {
  f = await openToestemmingFixture();
  ({ db, procedureId, definitief } = f);
  Object.assign(p, f.p);
  Object.assign(u, f.u);
});
afterAll(async () => db?.close());

describe("toestemming", () => {
  it("refuses a refusal without legal ground and motivation (R7), another gemeente, and a different version; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const noGround = await registreerToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { uitkomst: "GEWEIGERD", weigeringsgrond: "te duur" }),
      pdfUpload(),
    );
    expect(noGround.ok).toBe(false);
    if (!noGround.ok) {
      expect(noGround.fieldErrors?.weigeringsgrond).toBe(
        "Kies de wettelijke grond voor de weigering (Wgr art. 1 lid 4).",
      );
      expect(noGround.fieldErrors?.motivering).toBe("Vul de motivering van de weigering in.");
    }
    const other = await registreerToestemming(db.prisma, u.urk, await base(p.lelystad), pdfUpload());
    expect(other).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    const wrongVersion = await registreerToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { documentVersionId: "andere-versie" }),
      pdfUpload(),
    );
    expect(wrongVersion.ok).toBe(false);
    const noDate = await registreerToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { uitkomst: "AANGEHOUDEN", verwachteDatum: "" }),
      pdfUpload(),
    );
    expect(noDate.ok).toBe(false);
    if (!noDate.ok) expect(noDate.fieldErrors?.verwachteDatum).toMatch(/verwachte nieuwe besluitdatum/);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses an agenda with the commissie after the raad; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const r = await registreerAgendering(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      expectedVersion: await version(p.urk),
      stap: "toestemming",
      commissieDatum: "2026-10-09",
      raadDatum: "2026-10-08",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.commissieDatum).toMatch(/vóór of op de dag/);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("registers verleend for the named version, with the Besluit and its PDF", async () => {
    const r = await registreerToestemming(
      db.prisma,
      u.almere,
      await base(p.almere, {
        moties: [{ soort: "MOTIE", titel: "Evaluatie na twee jaar", indiener: "D66", uitkomst: "AANGENOMEN" }],
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.almere, kind: "RAAD" } },
    });
    expect(t.status).toBe("toestemming_verleend");
    const b = await db.prisma.besluit.findFirstOrThrow({
      where: { participantId: p.almere, type: "TOESTEMMING" },
      include: { moties: true },
    });
    expect(b).toMatchObject({ uitkomst: "VERLEEND", documentVersionId: definitief, stemmenVoor: 30 });
    expect(b.moties).toHaveLength(1);
    expect(b.fileId).not.toBeNull();
  });

  it("registers geweigerd with the ground and motivation", async () => {
    const r = await registreerToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, {
        uitkomst: "GEWEIGERD",
        weigeringsgrond: "STRIJD_MET_HET_ALGEMEEN_BELANG",
        motivering: "De financiële risico's zijn onvoldoende begrensd.",
        stemmenVoor: "10",
        stemmenTegen: "29",
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.lelystad, kind: "RAAD" } },
    });
    expect(t.status).toBe("toestemming_geweigerd");
    const b = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.lelystad, type: "TOESTEMMING" } });
    expect(b).toMatchObject({ uitkomst: "GEWEIGERD", weigeringsgrond: "STRIJD_MET_HET_ALGEMEEN_BELANG" });
  });

  it("registers aangehouden with the expected new date", async () => {
    const r = await registreerToestemming(
      db.prisma,
      u.urk,
      await base(p.urk, {
        uitkomst: "AANGEHOUDEN",
        verwachteDatum: "2026-11-26",
        motivering: "Eerst een informatiebijeenkomst.",
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.urk, kind: "RAAD" } },
    });
    expect(t.status).toBe("toestemming_aangehouden");
    const b = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.urk, type: "TOESTEMMING" } });
    expect(b.verwachteDatum?.toISOString().slice(0, 10)).toBe("2026-11-26");
  });
});
