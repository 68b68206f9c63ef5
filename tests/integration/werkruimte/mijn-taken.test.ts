import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import { runCommand } from "@/lib/commands";
import { answerPoint } from "@/lib/services/nota";
import { loadMyTasks } from "@/lib/read-models/tasks";
import { griffieDocument, loadGriffieBeantwoording } from "@/lib/services/griffie/beantwoording";
import { docxParts } from "../../helpers/docx";
import { newVersion } from "@/lib/scenario/doors";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
const ids: Record<string, string> = {};
let urkPoints: string[];

async function meeting(slug: string, kind: "RAAD" | "COLLEGE", date: string, titel: string) {
  const body = await db.prisma.body.findFirstOrThrow({ where: { gemeente: { slug }, kind } });
  return (
    await db.prisma.meeting.create({ data: { bodyId: body.id, kind, date: new Date(`${date}T00:00:00Z`), titel } })
  ).id;
}
const subject = (role: "GRIFFIER" | "COLLEGE" | "SECRETARIAAT" | "ADMIN" | "RAADSLID", slug?: string) => ({
  id: `u-${role}-${slug ?? "regio"}`,
  role,
  gemeenteId: slug ? ids[slug] : null,
});

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  for (const g of await db.prisma.gemeente.findMany({ select: { id: true, slug: true } })) ids[g.slug] = g.id;
  const gr = await scenario(db.prisma, { now: new Date("2026-06-01T09:00:00Z") })
    .regeling("gr-sociaal-domein-flevoland")
    .through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-04-01", bosd_akkoord: "2026-04-20", zienswijzeprocedure_geopend: "2026-05-01" },
    });
  procedureId = gr.procedureId;
  await gr.ontvangen("urk", "2026-05-12");
  await gr.ontvangen("almere", "2026-05-12");
  await gr.agenderen("almere", "2026-06-25", "zienswijze");
  await meeting("urk", "RAAD", "2026-06-18", "Raad juni");
  await meeting("urk", "RAAD", "2026-07-30", "Raad juli");
  await meeting("almere", "RAAD", "2026-06-25", "Raad Almere");
});
afterAll(async () => db?.close());

describe("Mijn taken (one read model for every role)", () => {
  it("a griffier sees the own raad's next step with its statutory deadline, in the first raad meeting before it", async () => {
    const t = await loadMyTasks(db.prisma, subject("GRIFFIER", "urk"), "2026-06-01");
    expect(t.groups).toHaveLength(1);
    const [g] = t.groups;
    // 8 weeks after receipt on 12 May (Wgr art. 1 lid 3): 7 July; the July meeting is too late.
    expect(g.meeting?.date).toBe("2026-06-18");
    expect(g.tasks).toMatchObject([
      { label: "Zienswijze agenderen voor de raad", deadline: "2026-07-07", late: false, orgaan: "raad" },
    ]);
    expect(g.tasks[0].href).toBe(`/griffie/procedures/${procedureId}#agenderen`);
    expect(t.links.map((l) => l.href)).toEqual(expect.arrayContaining(["/griffie", "/griffie/vergaderingen"]));
    expect(t.links.map((l) => l.href)).not.toContain("/secretariaat");
  });

  it("groups by meeting: a raad without the ontwerp gets the receipt step without a meeting; another gemeente's step is not shown", async () => {
    const dronten = await loadMyTasks(db.prisma, subject("GRIFFIER", "dronten"), "2026-06-01");
    expect(dronten.groups).toEqual([
      {
        meeting: null,
        tasks: [expect.objectContaining({ label: "Ontvangst van het ontwerp registreren", deadline: null })],
      },
    ]);
    const almere = await loadMyTasks(db.prisma, subject("GRIFFIER", "almere"), "2026-06-01");
    expect(almere.groups[0]).toMatchObject({
      meeting: { date: "2026-06-25" },
      tasks: [{ label: "Raadsbesluit over de zienswijze registreren", deadline: "2026-07-07" }],
    });
    expect(JSON.stringify(almere)).not.toContain("Raad juni");
  });

  it("the secretariat sees the regional step with the last raad's deadline, and the raden that are late", async () => {
    const before = await loadMyTasks(db.prisma, subject("SECRETARIAAT"), "2026-06-01");
    const own = (t: typeof before) => t.groups.flatMap((g) => g.tasks).filter((x) => x.procedureId === procedureId);
    // The last raad's zienswijze deadline (both received on 12 May); the other (demo) procedure has its own step.
    expect(own(before)).toMatchObject([
      { orgaan: "regio", label: "Zienswijzeprocedure sluiten", deadline: "2026-07-07", late: false },
    ]);
    expect(before.lateRaden).toEqual([]);
    const after = await loadMyTasks(db.prisma, subject("SECRETARIAAT"), "2026-07-10");
    expect(after.lateRaden.map((r) => r.gemeente).sort()).toEqual(["Almere", "Urk"]);
    expect(own(after)[0].late).toBe(true);
    expect(after.links.map((l) => l.href)).toContain("/secretariaat");
  });

  it("the college has nothing before the toestemmingsprocedure; beheerder and raadslid get links only", async () => {
    const college = await loadMyTasks(db.prisma, subject("COLLEGE", "urk"), "2026-06-01");
    expect(college.groups).toEqual([]);
    expect(college.links.map((l) => l.href)).toContain("/college");
    const admin = await loadMyTasks(db.prisma, subject("ADMIN"), "2026-06-01");
    expect(admin.groups).toEqual([]);
    expect(admin.links.map((l) => l.href)).toEqual(expect.arrayContaining(["/beheer", "/beheer/gebruikers"]));
    const raadslid = await loadMyTasks(db.prisma, subject("RAADSLID", "urk"), "2026-06-01");
    expect(raadslid.links.map((l) => l.href)).toEqual(["/volgen", "/regelingen"]);
  });
});

describe("griffier: answers, nota, forecast and draft documents of the own gemeente only", () => {
  beforeAll(async () => {
    const gr = await scenario(db.prisma, { now: new Date("2026-06-26T09:00:00Z") })
      .regeling("gr-sociaal-domein-flevoland")
      .load();
    urkPoints = (
      await gr.zienswijzeVastgesteld("urk", "2026-06-18", [
        { onderwerp: "Evaluatie", tekst: "Betrek de raden bij de evaluatie." },
      ])
    ).pointIds;
    const secretariaat = await gr.secretariaat();
    const r = await runCommand(db.prisma, secretariaat, answerPoint, {
      pointId: urkPoints[0],
      antwoord: "De evaluatie komt in het jaarplan.",
      disposition: "OVERGENOMEN",
      changedArticleId: "",
    });
    expect(r).toEqual({ ok: true });
  });

  it("shows the regio's answer with its disposition; the whole nota only once adopted", async () => {
    const b = await loadGriffieBeantwoording(db.prisma, procedureId, ids.urk, "2026-06-26");
    expect(b?.points).toMatchObject([
      { nummer: 1, antwoord: "De evaluatie komt in het jaarplan.", disposition: "OVERGENOMEN", diff: null },
    ]);
    expect(b?.nota).toBeNull();
    expect(b?.forecast?.verdict).toBeTruthy();
    // Almere's griffier sees no Urk point.
    const almere = await loadGriffieBeantwoording(db.prisma, procedureId, ids.almere, "2026-06-26");
    expect(almere?.points).toEqual([]);
  });

  it("downloads the draft raadsvoorstel (both phases) and the zienswijze-brief for the own gemeente", async () => {
    const urk = subject("GRIFFIER", "urk");
    for (const kind of ["raadsvoorstel-zienswijze", "raadsvoorstel-toestemming", "zienswijze-brief"]) {
      const doc = await griffieDocument(db.prisma, urk, procedureId, "urk", kind, "2026-06-26");
      expect(doc.ok).toBe(true);
      if (!doc.ok) continue;
      const buf = await doc.build();
      expect(buf.subarray(0, 2).toString()).toBe("PK");
      const text = (await docxParts(buf)).text;
      if (kind === "zienswijze-brief") {
        expect(text).toContain("Aan het bestuur van de");
        expect(text).toContain("1. Evaluatie");
        expect(text).toContain("Betrek de raden bij de evaluatie.");
      } else if (kind === "raadsvoorstel-toestemming") expect(text).toContain("Toestemming voor het aangaan");
      else expect(text).toContain("Zienswijze op het ontwerp");
    }
  });

  it("refuses another gemeente's griffier and roles without the permission (deny by default)", async () => {
    const other = await griffieDocument(
      db.prisma,
      subject("GRIFFIER", "almere"),
      procedureId,
      "urk",
      "zienswijze-brief",
    );
    expect(other).toEqual({ ok: false, status: 403, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    for (const role of ["COLLEGE", "RAADSLID"] as const) {
      const r = await griffieDocument(db.prisma, subject(role, "urk"), procedureId, "urk", "zienswijze-brief");
      expect(r).toMatchObject({ ok: false, status: 403 });
    }
    expect(await griffieDocument(db.prisma, subject("GRIFFIER", "urk"), procedureId, "urk", "iets")).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

describe("griffier, after the nota: the whole nota and the changed article as a diff", () => {
  beforeAll(async () => {
    const gr = await scenario(db.prisma, { now: new Date("2026-09-10T09:00:00Z") })
      .regeling("gr-sociaal-domein-flevoland")
      .load();
    await gr.through("toestemmingsprocedure_geopend", { geenZienswijze: "2026-06-30" });
    const secretariaat = await gr.secretariaat();
    const concept = await db.prisma.article.findMany({
      where: { versionId: gr.conceptVersionId },
      orderBy: { position: "asc" },
      select: { key: true, nummer: true, titel: true, tekst: true },
    });
    const versionId = await newVersion(db.prisma, secretariaat, {
      documentId: gr.documentId,
      label: "Herziene GR (versie 3)",
      status: "DEFINITIEF",
      articles: concept.map((a) =>
        a.key === "regeling" ? { ...a, tekst: `${a.tekst} De raden evalueren de regeling elke vier jaar.` } : a,
      ),
    });
    const changed = await db.prisma.article.findFirstOrThrow({ where: { versionId, key: "regeling" } });
    const r = await runCommand(db.prisma, secretariaat, answerPoint, {
      pointId: urkPoints[0],
      antwoord: "De evaluatie staat nu in de regeling.",
      disposition: "DEELS_OVERGENOMEN",
      changedArticleId: changed.id,
    });
    expect(r).toEqual({ ok: true });
  });

  it("shows the word-level change of the article against the version the raad reacted to, and the adopted nota", async () => {
    const b = await loadGriffieBeantwoording(db.prisma, procedureId, ids.urk, "2026-09-10");
    expect(b?.points[0]).toMatchObject({ disposition: "DEELS_OVERGENOMEN", diff: { change: "gewijzigd" } });
    const added = b?.points[0].diff?.tekst
      .filter((p) => p.kind === "toegevoegd")
      .map((p) => p.text)
      .join("");
    expect(added).toContain("De raden evalueren de regeling elke vier jaar.");
    expect(b?.notaOn).toBeTruthy();
    expect(b?.nota?.groups.flatMap((g) => g.points).map((p) => p.gemeente)).toContain("Urk");
  });

  it("in the toestemmingsprocedure the college's open step links to the college workspace; the griffier's to the form", async () => {
    const college = await loadMyTasks(db.prisma, subject("COLLEGE", "urk"), "2026-09-10");
    expect(college.groups.flatMap((g) => g.tasks)).toMatchObject([
      { orgaan: "college", label: "Voorgenomen collegebesluit nemen", href: "/college" },
    ]);
    const griffier = await loadMyTasks(db.prisma, subject("GRIFFIER", "urk"), "2026-09-10");
    expect(griffier.groups.flatMap((g) => g.tasks)).toMatchObject([
      { label: "Ontvangst van het toestemmingsvoorstel registreren", href: `/griffie/procedures/${procedureId}#tv` },
    ]);
  });
});
