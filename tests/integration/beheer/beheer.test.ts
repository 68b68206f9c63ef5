import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { fingerprint } from "../authz/fixture";
import { seedFlevoland } from "@/lib/services/seed";
import { can } from "@/lib/auth/permissions";
import type { ActionUser } from "@/lib/actions/context";
import { saveRegio } from "@/lib/services/beheer/regio";
import { saveGemeente } from "@/lib/services/beheer/gemeente";
import { importGemeenten } from "@/lib/services/beheer/gemeente-csv";
import { saveRegeling } from "@/lib/services/beheer/regeling";
import { startProcedure } from "@/lib/services/beheer/procedure";
import { opheffenGemeente } from "@/lib/services/beheer/opheffen";
import { runCommand } from "@/lib/commands";

/**
 * The beheer workspace's services on a real database (both engines): each writes its rows and its
 * audit event in one transaction, refuses every role but the beheerder, and on bad input or a
 * slug collision answers in Dutch with nothing written.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
const users = {} as Record<"beheer" | "secretariaat" | "griffier" | "college", ActionUser>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  for (const [key, email] of [
    ["beheer", "beheer@demo.gr-volg.nl"],
    ["secretariaat", "secretariaat@demo.gr-volg.nl"],
    ["griffier", "griffier.urk@demo.gr-volg.nl"],
    ["college", "college.urk@demo.gr-volg.nl"],
  ] as const) {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    users[key] = { id: u.id, role: u.role, gemeenteId: u.gemeenteId };
  }
});
afterAll(async () => db?.close());

const lastAudit = () => db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

/** Runs `fn` and checks that it changed nothing at all in the database. */
async function expectNothingWritten(fn: () => Promise<unknown>): Promise<void> {
  const before = await fingerprint(db.prisma);
  await fn();
  expect(await fingerprint(db.prisma)).toEqual(before);
}

let regioId = "";
const gemeenteIds: string[] = [];

describe("regio", () => {
  it("creates a regio with its audit event, and edits it", async () => {
    const res = await runCommand(db.prisma, users.beheer, saveRegio, { naam: "Regio Noord", slug: "regio-noord" });
    expect(res).toMatchObject({ ok: true, slug: "regio-noord" });
    if (!res.ok) return;
    regioId = res.id;
    const event = await lastAudit();
    expect(event).toMatchObject({
      type: "regio_aangemaakt",
      actorId: users.beheer.id,
      subjectKind: "regio",
      subjectId: res.id,
    });
    const edit = await runCommand(db.prisma, users.beheer, saveRegio, {
      id: res.id,
      naam: "Regio Noord-Nederland",
      slug: "regio-noord",
    });
    expect(edit.ok).toBe(true);
    expect((await db.prisma.regio.findUniqueOrThrow({ where: { id: res.id } })).naam).toBe("Regio Noord-Nederland");
    expect((await lastAudit()).type).toBe("regio_gewijzigd");
  });

  it("refuses a slug that is taken, in Dutch, with nothing written", async () => {
    await expectNothingWritten(async () => {
      const res = await runCommand(db.prisma, users.beheer, saveRegio, {
        naam: "Nog een Flevoland",
        slug: "sociaal-domein-flevoland",
      });
      expect(res).toEqual({
        ok: false,
        message: expect.stringContaining("al in gebruik"),
        fieldErrors: { slug: expect.stringContaining("al in gebruik") },
      });
    });
  });

  it("refuses bad input in Dutch with nothing written", async () => {
    await expectNothingWritten(async () => {
      const res = await runCommand(db.prisma, users.beheer, saveRegio, { naam: "", slug: "Met Spaties!" });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.fieldErrors?.naam).toBe("Vul de naam van de regio in.");
      expect(res.fieldErrors?.slug).toMatch(/kleine letters/);
    });
  });
});

describe("gemeente", () => {
  it("adds gemeenten with raad (zetels), college and griffie (e-mail)", async () => {
    for (const [naam, slug, zetels] of [
      ["Groningen", "groningen", "45"],
      ["Assen", "assen", "31"],
    ] as const) {
      const res = await runCommand(db.prisma, users.beheer, saveGemeente, {
        regioId,
        naam,
        slug,
        zetels,
        griffieEmail: `griffie@${slug}.nl`,
        cbsCode: "",
      });
      expect(res, naam).toMatchObject({ ok: true });
      if (res.ok) gemeenteIds.push(res.id);
    }
    const bodies = await db.prisma.body.findMany({ where: { gemeenteId: gemeenteIds[0] } });
    expect(bodies.map((b) => b.kind).sort()).toEqual(["COLLEGE", "GRIFFIE", "RAAD"]);
    expect(bodies.find((b) => b.kind === "RAAD")?.zetels).toBe(45);
    expect(bodies.find((b) => b.kind === "GRIFFIE")?.email).toBe("griffie@groningen.nl");
    expect(await lastAudit()).toMatchObject({
      type: "gemeente_aangemaakt",
      subjectId: gemeenteIds[1],
      actorId: users.beheer.id,
    });
  });

  it("edits a gemeente: new seats, CBS code", async () => {
    const res = await runCommand(db.prisma, users.beheer, saveGemeente, {
      id: gemeenteIds[1],
      regioId,
      naam: "Assen",
      slug: "assen",
      zetels: "33",
      cbsCode: "gm0106",
    });
    expect(res.ok).toBe(true);
    expect((await db.prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteIds[1] } })).cbsCode).toBe("GM0106");
    expect(
      (await db.prisma.body.findFirstOrThrow({ where: { gemeenteId: gemeenteIds[1], kind: "RAAD" } })).zetels,
    ).toBe(33);
  });

  it("refuses a taken slug and impossible seats with nothing written", async () => {
    await expectNothingWritten(async () => {
      const taken = await runCommand(db.prisma, users.beheer, saveGemeente, {
        regioId,
        naam: "Urk 2",
        slug: "urk",
        zetels: "15",
      });
      expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining("al in gebruik") } });
      const bad = await runCommand(db.prisma, users.beheer, saveGemeente, {
        regioId,
        naam: "Klein",
        slug: "klein",
        zetels: "3",
        griffieEmail: "geen-adres",
      });
      expect(bad).toMatchObject({
        ok: false,
        fieldErrors: {
          zetels: "Een gemeenteraad heeft minstens 9 zetels.",
          griffieEmail: expect.stringContaining("geldig e-mailadres"),
        },
      });
    });
  });
});

describe("CSV import of gemeenten", () => {
  const bad =
    "naam;slug;zetels;e-mail\nEmmen;emmen;39;griffie@emmen.nl\n;zonder-naam;19;\nHoogeveen;Hoog Eveen;27;\nMeppel;meppel;veel;x\nUrk;urk;15;\nEmmen 2;emmen;19;\n";

  it("dry run reports every bad row in Dutch and writes nothing", async () => {
    await expectNothingWritten(async () => {
      const res = await runCommand(db.prisma, users.beheer, importGemeenten, { regioId, csv: bad });
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(res.toegepast).toBe(false);
      expect(res.fouten.map((f) => f.regel)).toEqual([3, 4, 5, 6, 7]);
      expect(res.fouten[0].melding).toBe("Vul de naam van de gemeente in.");
      expect(res.fouten[2].melding).toMatch(/aantal raadszetels/);
      expect(res.fouten[2].melding).toMatch(/e-mailadres/);
      expect(res.fouten[3].melding).toMatch(/"urk" is al in gebruik/);
      expect(res.fouten[4].melding).toMatch(/staat ook op regel 2/);
    });
  });

  it("apply with a bad row writes nothing at all", async () => {
    await expectNothingWritten(async () => {
      const res = await runCommand(db.prisma, users.beheer, importGemeenten, { regioId, csv: bad, toepassen: true });
      expect(res).toMatchObject({ ok: true, toegepast: false });
    });
  });

  it("refuses a header without the required columns", async () => {
    const res = await runCommand(db.prisma, users.beheer, importGemeenten, {
      regioId,
      csv: "gemeente,aantal\nEmmen,39\n",
    });
    expect(res).toMatchObject({
      ok: true,
      toegepast: false,
      fouten: [{ regel: 1, melding: expect.stringContaining("naam, slug, zetels") }],
    });
  });

  it("apply writes every row in one transaction with one audit event", async () => {
    const csv = "naam,slug,zetels,e-mail\nEmmen,emmen,39,griffie@emmen.nl\nHoogeveen,hoogeveen,27,\n";
    const res = await runCommand(db.prisma, users.beheer, importGemeenten, { regioId, csv, toepassen: true });
    expect(res).toMatchObject({ ok: true, toegepast: true, aantal: 2, fouten: [] });
    const emmen = await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "emmen" }, include: { bodies: true } });
    expect(emmen.regioId).toBe(regioId);
    expect(emmen.bodies.find((b) => b.kind === "RAAD")?.zetels).toBe(39);
    expect(await lastAudit()).toMatchObject({ type: "gemeenten_geimporteerd", subjectId: regioId });
    gemeenteIds.push(emmen.id);
  });
});

let regelingId = "";

describe("regeling", () => {
  it("creates a regeling with participants (one addendum) that replaces another", async () => {
    const oud = await db.prisma.regeling.findUniqueOrThrow({ where: { slug: "gr-sociaal-domein-flevoland" } });
    const res = await runCommand(db.prisma, users.beheer, saveRegeling, {
      regioId,
      naam: "GR Sociaal Domein Noord",
      slug: "gr-sociaal-domein-noord",
      vorm: "OPENBAAR_LICHAAM",
      vervangtId: oud.id,
      beoogdeInwerkingtreding: "2028-01-01",
      topics: "Jeugd, Wmo",
      deelnemers: [
        { gemeenteId: gemeenteIds[0], scope: "FULL", scopeTopics: "" },
        { gemeenteId: gemeenteIds[1], scope: "FULL", scopeTopics: "" },
        { gemeenteId: gemeenteIds[2], scope: "ADDENDUM", scopeTopics: "Jeugd" },
      ],
    });
    expect(res).toMatchObject({ ok: true, slug: "gr-sociaal-domein-noord" });
    if (!res.ok) return;
    regelingId = res.id;
    const r = await db.prisma.regeling.findUniqueOrThrow({ where: { id: res.id }, include: { participants: true } });
    expect(r).toMatchObject({ vorm: "OPENBAAR_LICHAAM", vervangtId: oud.id, topics: ["Jeugd", "Wmo"] });
    expect(r.targetInForce?.toISOString().slice(0, 10)).toBe("2028-01-01");
    expect(r.participants.find((p) => p.gemeenteId === gemeenteIds[2])).toMatchObject({
      scope: "ADDENDUM",
      scopeTopics: ["Jeugd"],
    });
    expect(await lastAudit()).toMatchObject({
      type: "regeling_aangemaakt",
      subjectId: res.id,
      actorId: users.beheer.id,
    });
  });

  it("sets the regeling's begrotingswijziging exemptions (Wgr art. 35 lid 5): kept when absent, cleared when empty", async () => {
    // The same regeling as created above (still replacing the old one), so the tests after this one see it unchanged.
    const oud = await db.prisma.regeling.findUniqueOrThrow({ where: { slug: "gr-sociaal-domein-flevoland" } });
    const input = {
      vervangtId: oud.id,
      beoogdeInwerkingtreding: "2028-01-01",
      id: regelingId,
      regioId,
      naam: "GR Sociaal Domein Noord",
      slug: "gr-sociaal-domein-noord",
      vorm: "OPENBAAR_LICHAAM",
      topics: "Jeugd, Wmo",
      deelnemers: [
        { gemeenteId: gemeenteIds[0], scope: "FULL", scopeTopics: "" },
        { gemeenteId: gemeenteIds[1], scope: "FULL", scopeTopics: "" },
        { gemeenteId: gemeenteIds[2], scope: "ADDENDUM", scopeTopics: "Jeugd" },
      ],
    };
    const stored = async () =>
      (await db.prisma.regeling.findUniqueOrThrow({ where: { id: regelingId } })).wijzigingVrijstelling;
    const save = (extra: Record<string, unknown>) =>
      runCommand(db.prisma, users.beheer, saveRegeling, { ...input, ...extra });
    expect(
      await save({ wijzigingVrijstelling: " technische wijziging, verschuiving binnen een programma ," }),
    ).toMatchObject({ ok: true });
    expect(await stored()).toEqual(["technische wijziging", "verschuiving binnen een programma"]);
    expect(await lastAudit()).toMatchObject({ type: "regeling_gewijzigd", subjectId: regelingId });
    // An API or CLI client that does not know the field leaves the exemptions as they are.
    expect(await save({})).toMatchObject({ ok: true });
    expect(await stored()).toEqual(["technische wijziging", "verschuiving binnen een programma"]);
    expect(await save({ wijzigingVrijstelling: "" })).toMatchObject({ ok: true });
    expect(await stored()).toEqual([]);
    const tooLong = await save({ wijzigingVrijstelling: "x".repeat(101) });
    expect(tooLong.ok).toBe(false);
    expect(JSON.stringify(tooLong)).toContain("Een categorie mag maximaal 100 tekens hebben.");
    expect(await stored()).toEqual([]);
  });

  it("refuses an addendum without topics, a second replacement and a taken slug, with nothing written", async () => {
    const oud = await db.prisma.regeling.findUniqueOrThrow({ where: { slug: "gr-sociaal-domein-flevoland" } });
    await expectNothingWritten(async () => {
      const base = { regioId, naam: "Andere GR", slug: "andere-gr", vorm: "OPENBAAR_LICHAAM", topics: "" };
      const addendum = await runCommand(db.prisma, users.beheer, saveRegeling, {
        ...base,
        deelnemers: [{ gemeenteId: gemeenteIds[0], scope: "ADDENDUM", scopeTopics: "" }],
      });
      expect(addendum).toMatchObject({
        ok: false,
        fieldErrors: { "deelnemers.0.scopeTopics": expect.stringContaining("addendum") },
      });
      const twice = await runCommand(db.prisma, users.beheer, saveRegeling, {
        ...base,
        vervangtId: oud.id,
        deelnemers: [{ gemeenteId: gemeenteIds[0], scope: "FULL", scopeTopics: "" }],
      });
      expect(twice).toMatchObject({ ok: false, message: "Die regeling wordt al door een andere regeling vervangen." });
      const taken = await runCommand(db.prisma, users.beheer, saveRegeling, {
        ...base,
        slug: "gr-sociaal-domein-flevoland",
        deelnemers: [{ gemeenteId: gemeenteIds[0], scope: "FULL", scopeTopics: "" }],
      });
      expect(taken).toMatchObject({ ok: false, message: expect.stringContaining("al in gebruik") });
      const badVorm = await runCommand(db.prisma, users.beheer, saveRegeling, {
        ...base,
        vorm: "KOOPERATIE",
        deelnemers: [],
      });
      expect(badVorm).toMatchObject({
        ok: false,
        fieldErrors: { vorm: "Kies de vorm van de regeling.", deelnemers: "Kies minstens één deelnemende gemeente." },
      });
    });
  });

  it("a participant taken off the list is end-dated, never deleted; putting it back reactivates it", async () => {
    const input = (ids: string[]) => ({
      id: regelingId,
      regioId,
      naam: "GR Sociaal Domein Noord",
      slug: "gr-sociaal-domein-noord",
      vorm: "OPENBAAR_LICHAAM",
      topics: "Jeugd, Wmo",
      deelnemers: ids.map((gemeenteId) => ({
        gemeenteId,
        scope: gemeenteId === gemeenteIds[2] ? "ADDENDUM" : "FULL",
        scopeTopics: "Jeugd",
      })),
    });
    expect((await runCommand(db.prisma, users.beheer, saveRegeling, input([gemeenteIds[0], gemeenteIds[2]]))).ok).toBe(
      true,
    );
    const left = await db.prisma.participant.findUniqueOrThrow({
      where: { regelingId_gemeenteId: { regelingId, gemeenteId: gemeenteIds[1] } },
    });
    expect(left.leftOn).not.toBeNull();
    expect((await runCommand(db.prisma, users.beheer, saveRegeling, input(gemeenteIds.slice(0, 3)))).ok).toBe(true);
    const back = await db.prisma.participant.findUniqueOrThrow({ where: { id: left.id } });
    expect(back.leftOn).toBeNull();
    expect(back.scopeTopics).toEqual([]);
  });

  it("an ended (opgeheven) gemeente cannot join a regeling; one that already takes part stays", async () => {
    const made = await runCommand(db.prisma, users.beheer, saveGemeente, {
      regioId,
      naam: "Hoogezand",
      slug: "hoogezand",
      zetels: "27",
      griffieEmail: "griffie@hoogezand.nl",
      cbsCode: "",
    });
    if (!made.ok) throw new Error(made.message);
    const input = (slug: string, ids: string[], id?: string) => ({
      ...(id ? { id } : {}),
      regioId,
      naam: `GR ${slug}`,
      slug,
      vorm: "BEDRIJFSVOERINGSORGANISATIE",
      topics: "",
      deelnemers: ids.map((gemeenteId) => ({ gemeenteId, scope: "FULL", scopeTopics: "" })),
    });
    const joined = await runCommand(db.prisma, users.beheer, saveRegeling, input("gr-hoogezand", [made.id]));
    if (!joined.ok) throw new Error(joined.message);
    const ended = await runCommand(db.prisma, users.beheer, opheffenGemeente, {
      id: made.id,
      opgeheven: true,
      datum: "2027-01-01",
    });
    expect(ended).toMatchObject({ ok: true });
    // Already a participant: editing the regeling keeps it (no forced end-dating).
    expect(
      await runCommand(
        db.prisma,
        users.beheer,
        saveRegeling,
        input("gr-hoogezand", [made.id, gemeenteIds[0]], joined.id),
      ),
    ).toMatchObject({ ok: true });
    const message = "De gemeente Hoogezand is opgeheven en kan niet meer deelnemen aan een regeling.";
    await expectNothingWritten(async () => {
      expect(
        await runCommand(db.prisma, users.beheer, saveRegeling, input("gr-na-opheffing", [gemeenteIds[0], made.id])),
      ).toEqual({ ok: false, message, fieldErrors: { deelnemers: message } });
    });
    // Taken off the list, it cannot come back either.
    expect(
      await runCommand(db.prisma, users.beheer, saveRegeling, input("gr-hoogezand", [gemeenteIds[0]], joined.id)),
    ).toMatchObject({ ok: true });
    await expectNothingWritten(async () => {
      expect(
        await runCommand(
          db.prisma,
          users.beheer,
          saveRegeling,
          input("gr-hoogezand", [gemeenteIds[0], made.id], joined.id),
        ),
      ).toMatchObject({ ok: false, message });
    });
  });
});

describe("procedure", () => {
  it("starts a treffen procedure: document, a raad and college track per participant, audit events", async () => {
    const res = await runCommand(db.prisma, users.beheer, startProcedure, {
      regelingId,
      kind: "GR_TREFFEN",
      titel: "Treffen GR Sociaal Domein Noord",
    });
    expect(res).toMatchObject({ ok: true });
    if (!res.ok) return;
    const proc = await db.prisma.procedure.findUniqueOrThrow({
      where: { id: res.procedureId },
      include: { tracks: true, document: true },
    });
    expect(proc.kind).toBe("GR_TREFFEN");
    expect(proc.document).toMatchObject({ kind: "REGELING", slug: "regeling", partOfRegeling: true });
    // A raad and a college track for each of the two full parties; the addendum gemeente is no party to the
    // regeling itself and gets none (Wgr art. 1 lid 2–4, issue 20 point 3).
    expect(proc.tracks).toHaveLength(4);
    expect(new Set(proc.tracks.map((t) => t.participantId)).size).toBe(2);
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: "desc" }, take: 2 });
    expect(events.map((e) => e.type)).toEqual(["procedure_aangemaakt", "document_aangemaakt"]);
    expect(events[0]).toMatchObject({ actorId: users.beheer.id, subjectId: res.procedureId });
  });

  it("the public page's loader shows the new regeling with its participants and procedure", async () => {
    const { loadPublicRegeling } = await import("@/lib/services/public/regelingen");
    const data = await loadPublicRegeling(db.prisma, "gr-sociaal-domein-noord");
    expect(data?.regeling.naam).toBe("GR Sociaal Domein Noord");
    expect(JSON.stringify(data)).toContain("Treffen GR Sociaal Domein Noord");
    expect(JSON.stringify(data)).toContain("Emmen");
  });

  it("writes the same rows as the seed's path (startProcedure on an existing document) for the same regeling", async () => {
    const doc = await db.prisma.document.create({
      data: { regelingId, slug: "seedpad", kind: "REGELING", titel: "Seedpad", topics: [] },
    });
    const started = await runCommand(db.prisma, users.beheer, startProcedure, {
      regelingId,
      kind: "GR_TREFFEN",
      titel: "Treffen GR Sociaal Domein Noord",
      documentId: doc.id,
    });
    if (!started.ok) throw new Error(started.message);
    const seeded = started.procedureId;
    expect(started.documentId).toBe(doc.id);
    // The same document cannot get a second procedure of the same kind.
    const again = await runCommand(db.prisma, users.beheer, startProcedure, {
      regelingId,
      kind: "GR_TREFFEN",
      titel: "Nog een keer",
      documentId: doc.id,
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { documentId: expect.any(String) } });
    // A document that is not one of this regeling's is refused too (nothing written).
    const foreign = await runCommand(db.prisma, users.beheer, startProcedure, {
      regelingId,
      kind: "DVH_ACTUALISEREN",
      titel: "Elders",
      documentId: "geen-document-van-deze-regeling",
    });
    expect(foreign).toMatchObject({ ok: false, message: "Dit document hoort niet bij deze regeling." });
    const viaBeheer = await db.prisma.procedure.findFirstOrThrow({
      where: { regelingId, kind: "GR_TREFFEN", NOT: { id: seeded } },
      include: { tracks: true },
    });
    const viaSeed = await db.prisma.procedure.findUniqueOrThrow({ where: { id: seeded }, include: { tracks: true } });
    const shape = (p: typeof viaSeed) => ({
      derivedState: p.derivedState,
      tracks: p.tracks.map((t) => `${t.participantId}:${t.kind}:${t.status}`).sort(),
    });
    expect(shape(viaBeheer)).toEqual(shape(viaSeed));
  });

  it("starts a Dienstverleningshandvest and a beleidskader procedure (own document slugs)", async () => {
    for (const kind of ["DVH_ACTUALISEREN", "BELEIDSKADER_VASTSTELLEN", "GR_WIJZIGEN", "GR_WIJZIGEN"] as const) {
      const res = await runCommand(db.prisma, users.beheer, startProcedure, {
        regelingId,
        kind,
        titel: `Procedure ${kind}`,
      });
      expect(res, kind).toMatchObject({ ok: true });
    }
    const slugs = (await db.prisma.document.findMany({ where: { regelingId }, select: { slug: true } }))
      .map((d) => d.slug)
      .sort();
    expect(slugs).toEqual([
      "beleidskader",
      "dienstverleningshandvest",
      "regeling",
      "seedpad",
      "wijziging",
      "wijziging-2",
    ]);
  });

  it("refuses an unknown kind and a regeling without participants, with nothing written", async () => {
    const empty = await db.prisma.regeling.create({
      data: { slug: "leeg", naam: "Leeg", vorm: "REGELING_ZONDER_MEER", partijen: "COLLEGES", regioId },
    });
    await expectNothingWritten(async () => {
      expect(
        await runCommand(db.prisma, users.beheer, startProcedure, {
          regelingId,
          kind: "BEGROTING_ZIENSWIJZE",
          titel: "Begroting",
        }),
      ).toMatchObject({ ok: false, fieldErrors: { kind: "Kies de soort procedure." } });
      expect(
        await runCommand(db.prisma, users.beheer, startProcedure, {
          regelingId: empty.id,
          kind: "GR_TREFFEN",
          titel: "Treffen",
        }),
      ).toMatchObject({ ok: false, message: expect.stringContaining("nog geen deelnemers") });
    });
  });
});

describe("only the beheerder", () => {
  /** A valid call of every beheer service, as `user`. */
  const callsAs = (user: ActionUser | null) => [
    () => runCommand(db.prisma, user, saveRegio, { naam: "X regio", slug: "x-regio" }),
    () => runCommand(db.prisma, user, saveGemeente, { regioId, naam: "Xgem", slug: "xgem", zetels: "19" }),
    () =>
      runCommand(db.prisma, user, importGemeenten, {
        regioId,
        csv: "naam;slug;zetels\nXgem;xgem;19\n",
        toepassen: true,
      }),
    () =>
      runCommand(db.prisma, user, saveRegeling, {
        regioId,
        naam: "X GR",
        slug: "x-gr",
        vorm: "OPENBAAR_LICHAAM",
        topics: "",
        deelnemers: [{ gemeenteId: gemeenteIds[0], scope: "FULL", scopeTopics: "" }],
      }),
    () => runCommand(db.prisma, user, startProcedure, { regelingId, kind: "GR_TREFFEN", titel: "Treffen" }),
  ];
  for (const who of ["anoniem", "secretariaat", "griffier", "college"] as const) {
    it(`refuses ${who} for every beheer service, with nothing written`, async () => {
      const user = who === "anoniem" ? null : users[who];
      const expected = can(user, "regio.beheren");
      if (expected.allowed) throw new Error(`${who} may not manage a regio`);
      await expectNothingWritten(async () => {
        for (const [i, call] of callsAs(user).entries()) {
          expect(await call(), `service ${i} as ${who}`).toEqual({ ok: false, message: expected.reason });
        }
      });
    });
  }
});
