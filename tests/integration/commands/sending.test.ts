import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrScenario, toToestemmingsprocedure } from "../helpers/gr-scenario";
import { testContext } from "../authz/fixture";
import { actionHandlers } from "@/lib/actions/handlers";
import { runCorrigeerStap, runVerzonden } from "@/cli/commands/sending";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { recordOntvangst, recordToestemming } from "@/lib/services/griffie/raadsbesluiten";
import { runCommand } from "@/lib/commands";
import { scenarioBesluitPdf } from "@/lib/scenario/pdf";
import type { Db } from "@/lib/db/client";
import type { GrScenario } from "@/lib/scenario";

/**
 * Issue 15 point 5: "verzonden aan alle raden" and the correction of a regional step, through the secretariat's
 * form (server action) and through `gr-volg procedure verzonden|corrigeer-stap`, leave the same rows; the assumed
 * receipt follows the regeling's delivery assumption and is superseded by the griffie's confirmation.
 * Point 6: aanhouden without a PDF; a toestemming still needs one; "ALLE" asks it for every raadsbesluit.
 */
type Door = "ui" | "cli";
const REGELING = "gr-sociaal-domein-flevoland";
const DOCUMENT = "concept-gr";
const UI_USER = { id: "u-secretariaat-ui", role: "SECRETARIAAT" as const, gemeenteId: null };
const now = new Date("2026-11-20T10:00:00Z");
const opened = {} as Record<Door, Awaited<ReturnType<typeof openGrScenario>>>;

const toZienswijze = (gr: GrScenario) =>
  gr.through("zienswijzeprocedure_geopend", {
    dates: { concept_opgesteld: "2026-03-01", bosd_akkoord: "2026-03-10", zienswijzeprocedure_geopend: "2026-03-15" },
  });

beforeAll(async () => {
  for (const door of ["ui", "cli"] as const) {
    opened[door] = await openGrScenario(now, toZienswijze);
    await opened[door].db.prisma.regeling.update({ where: { slug: REGELING }, data: { ontvangstAannameDagen: 3 } });
  }
}, 600_000);
afterAll(async () => {
  for (const o of Object.values(opened)) await o?.db.close();
});

/** Record ids (cuid or uuid) differ between the two databases; participants are compared by their gemeente. */
const ID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|c[a-z0-9]{20,}/g;
const prisma = (door: Door): Db => opened[door].db.prisma;
const procedureId = (door: Door) => opened[door].gr.procedureId;

async function viaForm(door: Door, action: "ontwerpVerzondenAction" | "correctRegionalStepAction", input: object) {
  const loaded = await loadGrProcedure(prisma(door), procedureId(door));
  const fd = new FormData();
  fd.set("invoer", JSON.stringify({ procedureId: procedureId(door), ...input }));
  fd.set("expectedVersion", String(loaded?.version ?? 0));
  return actionHandlers[action](testContext(prisma(door), UI_USER), fd);
}

/** What both doors must leave alike: the procedure state, the tracks and the audit events (minus who acted). */
async function rows(door: Door) {
  const db = prisma(door);
  const id = procedureId(door);
  const ids = opened[door].gr.participants;
  const slugOf = new Map(Object.entries(ids).map(([slug, pid]) => [pid, slug]));
  const bySlug = (s: string) => s.replace(ID_PATTERN, (pid) => slugOf.get(pid) ?? "id");
  const [procedure, tracks, audit] = await Promise.all([
    db.procedure.findUniqueOrThrow({ where: { id }, select: { regional: true, version: true } }),
    db.track.findMany({
      where: { procedureId: id },
      select: { participantId: true, kind: true, data: true, version: true },
    }),
    db.auditEvent.findMany({
      where: { subjectId: id, type: { in: ["ontwerp_verzonden", "regionale_stap_gecorrigeerd"] } },
      orderBy: { id: "asc" },
      select: { type: true, payload: true },
    }),
  ]);
  return JSON.parse(
    bySlug(
      JSON.stringify({
        procedure,
        tracks: tracks.sort((a, b) =>
          `${a.kind}${slugOf.get(a.participantId)}`.localeCompare(`${b.kind}${slugOf.get(b.participantId)}`),
        ),
        audit,
      }),
    ),
  );
}

/** `gr-volg procedure corrigeer-stap` for Almere's send date (17 March 2026) with this reason. */
const correctAlmereByCli = (reden: string) =>
  runCorrigeerStap(prisma("cli"), {
    regeling: REGELING,
    document: DOCUMENT,
    stap: "ontwerp_verzonden",
    raad: "almere",
    datum: "2026-03-17",
    reden,
  });

describe("sending the ontwerp and correcting a step: form and CLI leave the same rows", () => {
  it("'verzonden aan alle raden' gives every raad an assumed receipt (send date + 3 days), marked", async () => {
    expect(await viaForm("ui", "ontwerpVerzondenAction", { participantIds: "alle", date: "2026-03-16" })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(
      await runVerzonden(prisma("cli"), { regeling: REGELING, document: DOCUMENT, datum: "2026-03-16", alle: true }),
    ).toMatchObject({ exitCode: 0, message: expect.stringContaining("aangenomen ontvangst") });
    expect(await rows("cli")).toEqual(await rows("ui"));
    const state = (await loadGrProcedure(prisma("ui"), procedureId("ui")))?.state;
    const tracks = Object.values(state?.raadTracks ?? {});
    expect(tracks.length).toBeGreaterThanOrEqual(5);
    for (const t of tracks) {
      expect(t.status).toBe("ontvangen");
      expect(t.zienswijze).toMatchObject({ receivedOn: "2026-03-19", assumed: true });
    }
    const audit = await prisma("ui").auditEvent.findFirstOrThrow({ where: { type: "ontwerp_verzonden" } });
    expect(audit.payload).toMatchObject({ sentOn: "2026-03-16", deliveryDays: 3 });
  });

  it("refuses a second 'alle', a correction without reason, and an unknown raad in the CLI, changing nothing", async () => {
    const before = await rows("cli");
    expect(
      await runVerzonden(prisma("cli"), { regeling: REGELING, document: DOCUMENT, datum: "2026-03-16", alle: true }),
    ).toMatchObject({ exitCode: 3 });
    expect(await correctAlmereByCli(" ")).toMatchObject({ exitCode: 2 });
    expect(
      await runVerzonden(prisma("cli"), {
        regeling: REGELING,
        document: DOCUMENT,
        datum: "2026-03-16",
        raad: ["atlantis"],
      }),
    ).toMatchObject({ exitCode: 2, message: expect.stringContaining("atlantis") });
    expect(await rows("cli")).toEqual(before);
  });

  it("a correction is a new event with its reason; the assumed receipt moves; both doors alike", async () => {
    const reason = "Het college verzond pas een dag later.";
    const almereUi = opened.ui.gr.participants.almere;
    expect(
      await viaForm("ui", "correctRegionalStepAction", {
        step: "ontwerp_verzonden",
        participantId: almereUi,
        date: "2026-03-17",
        reason,
      }),
    ).toMatchObject({ ok: true });
    expect(await correctAlmereByCli(reason)).toMatchObject({ exitCode: 0 });
    expect(await rows("cli")).toEqual(await rows("ui"));
    const state = (await loadGrProcedure(prisma("ui"), procedureId("ui")))?.state;
    expect(state?.regional.ontwerpVerzonden?.[almereUi]).toBe("2026-03-17");
    expect(state?.regional.corrections).toEqual([
      expect.objectContaining({ from: "2026-03-16", to: "2026-03-17", reason, participantId: almereUi }),
    ]);
    expect(state?.raadTracks[almereUi].zienswijze).toMatchObject({ receivedOn: "2026-03-20", assumed: true });
    const audit = await prisma("ui").auditEvent.findFirstOrThrow({ where: { type: "regionale_stap_gecorrigeerd" } });
    expect(audit.payload).toMatchObject({ step: "ontwerp_verzonden", date: "2026-03-17", reason });
  });

  it("the griffie's confirmation supersedes the assumed receipt", async () => {
    const gr = opened.ui.gr;
    const griffier = await gr.griffier("urk");
    const participantId = gr.participants.urk;
    const track = await prisma("ui").track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId: gr.procedureId, participantId, kind: "RAAD" } },
    });
    const res = await runCommand(
      prisma("ui"),
      griffier,
      recordOntvangst,
      {
        procedureId: gr.procedureId,
        participantId,
        stap: "ontwerp",
        ontvangenOp: "2026-03-18",
        expectedVersion: String(track.version),
      },
      { now },
    );
    expect(res).toMatchObject({ ok: true });
    const zw = (await loadGrProcedure(prisma("ui"), gr.procedureId))?.state.raadTracks[participantId].zienswijze;
    expect(zw?.receivedOn).toBe("2026-03-18");
    expect(zw?.assumed).toBeUndefined();
  });

  it("corrects every regional step, not only the sending: the BOSD-akkoord gets a correcting Besluit; the order holds", async () => {
    const reason = "Datum uit het verslag van het BOSD overgenomen.";
    const byCli = (stap: string, datum: string) =>
      runCorrigeerStap(prisma("cli"), { regeling: REGELING, document: DOCUMENT, stap, datum, reden: reason });
    expect(
      await viaForm("ui", "correctRegionalStepAction", { step: "bosd_akkoord", date: "2026-03-11", reason }),
    ).toMatchObject({ ok: true });
    expect(await byCli("bosd_akkoord", "2026-03-11")).toMatchObject({ exitCode: 0 });
    expect(
      await viaForm("ui", "correctRegionalStepAction", { step: "concept_opgesteld", date: "2026-03-02", reason }),
    ).toMatchObject({ ok: true });
    expect(await byCli("concept_opgesteld", "2026-03-02")).toMatchObject({ exitCode: 0 });
    // Both doors wrote the same correction events (the UI database also holds Urk's confirmed receipt from above).
    const corrections = async (door: Door) =>
      (await rows(door)).audit.filter((e: { type: string }) => e.type === "regionale_stap_gecorrigeerd").slice(-2);
    expect(await corrections("cli")).toEqual(await corrections("ui"));
    for (const door of ["ui", "cli"] as const) {
      const state = (await loadGrProcedure(prisma(door), procedureId(door)))?.state;
      expect(state?.regional.bosdAkkoord?.decidedOn).toBe("2026-03-11");
      expect(state?.documentVersions.find((v) => v.id === state.regional.conceptVersionId)?.createdOn).toBe(
        "2026-03-02",
      );
      const besluiten = await prisma(door).besluit.findMany({
        where: { procedureId: procedureId(door), type: "BOSD_AKKOORD" },
        orderBy: { createdAt: "asc" },
      });
      expect(besluiten.map((b) => b.besluitdatum.toISOString().slice(0, 10))).toEqual(["2026-03-10", "2026-03-11"]);
      expect(besluiten[1]?.corrigeertId).toBe(besluiten[0]?.id);
    }
    // After the opening of the zienswijzeprocedure (15 March) the BOSD-akkoord cannot lie: refused, nothing written.
    const before = await rows("cli");
    const late = await byCli("bosd_akkoord", "2026-03-16");
    expect(late).toMatchObject({ exitCode: 3, message: expect.stringContaining("opening van de zienswijzeprocedure") });
    expect(await rows("cli")).toEqual(before);
    expect(
      await prisma("cli").besluit.count({ where: { procedureId: procedureId("cli"), type: "BOSD_AKKOORD" } }),
    ).toBe(2);
  });
});

describe("R29: the PDF of a raadsbesluit where the Wgr or the regio asks for it", () => {
  let gr: GrScenario;
  let db: Db;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const o = await openGrScenario(now, async (s) => {
      await toToestemmingsprocedure(s);
      for (const slug of ["urk", "almere"]) {
        await s.ontvangen(slug, "2026-09-02", "toestemmingsvoorstel");
        await s.agenderen(slug, "2026-10-15");
      }
    });
    [gr, db, close] = [o.gr, o.db.prisma, () => o.db.close()];
  }, 600_000);
  afterAll(async () => close?.());

  const toestemming = async (slug: string, uitkomst: "VERLEEND" | "AANGEHOUDEN", withPdf: boolean) => {
    const participantId = gr.participants[slug];
    const loaded = await loadGrProcedure(db, gr.procedureId);
    const track = await db.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId: gr.procedureId, participantId, kind: "RAAD" } },
    });
    return runCommand(
      db,
      await gr.griffier(slug),
      recordToestemming,
      {
        procedureId: gr.procedureId,
        participantId,
        expectedVersion: String(track.version),
        documentVersionId: loaded?.state.currentVersionId ?? "",
        besluitdatum: "2026-10-15",
        besluitnummer: `t-${slug}-${uitkomst}`,
        stemmenVoor: "10",
        stemmenTegen: "2",
        zittingHebbendeLeden: "",
        aanwezig: "",
        moties: [],
        uitkomst,
        weigeringsgrond: "",
        motivering: "",
        verwachteDatum: uitkomst === "AANGEHOUDEN" ? "2026-11-12" : "",
      },
      { now, ...(withPdf ? { upload: scenarioBesluitPdf(slug) } : {}) },
    );
  };

  it("aanhouden without a PDF is recorded (a Besluit without a file); toestemming verleend without one is refused", async () => {
    const held = await toestemming("urk", "AANGEHOUDEN", false);
    expect(held).toMatchObject({ ok: true });
    const besluit = await db.besluit.findFirstOrThrow({ where: { besluitnummer: "t-urk-AANGEHOUDEN" } });
    expect(besluit.fileId).toBeNull();
    const granted = await toestemming("almere", "VERLEEND", false);
    expect(granted).toMatchObject({ ok: false, fieldErrors: { bestand: "Kies een PDF-bestand." } });
    expect(await toestemming("almere", "VERLEEND", true)).toMatchObject({ ok: true });
  });

  it("with the regio's setting ALLE, aanhouden needs the PDF too", async () => {
    await db.regeling.update({ where: { slug: REGELING }, data: { pdfVerplicht: "ALLE" } });
    const held = await toestemming("urk", "AANGEHOUDEN", false);
    expect(held).toMatchObject({ ok: false, fieldErrors: { bestand: "Kies een PDF-bestand." } });
  });
});
