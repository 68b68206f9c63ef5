import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { DEMO_PASSWORD, DOCUMENTS, GEMEENTEN, MILESTONES } from "@/prisma/seed/flevoland";
import { verifyCredentials } from "@/lib/services/credentials";
import { loadRegelingOverview } from "@/lib/services/overview";
import { must } from "./helpers/must";
import { verifyAuditChain } from "@/lib/services/audit-verify";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

describe("Flevoland seed", () => {
  it("creates the five full participants and Zeewolde by addendum for Zorg & Veiligheid", async () => {
    const gr = await db.prisma.regeling.findUniqueOrThrow({
      where: { slug: "gr-sociaal-domein-flevoland" },
      include: { participants: { include: { gemeente: true } }, vervangt: true },
    });
    const byName = Object.fromEntries(gr.participants.map((p) => [p.gemeente.naam, p]));
    expect(Object.keys(byName).sort()).toEqual(["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]);
    for (const n of ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk"]) expect(byName[n].scope).toBe("FULL");
    expect(byName.Zeewolde.scope).toBe("ADDENDUM");
    expect(byName.Zeewolde.scopeTopics).toEqual(["zorg_en_veiligheid"]);
    expect(gr.vorm).toBe("BEDRIJFSVOERINGSORGANISATIE");
    expect(gr.vervangt?.slug).toBe("centrumregeling-sociaal-domein-flevoland-2015");
    expect(gr.targetInForce?.toISOString().slice(0, 10)).toBe("2027-01-01");
  });

  it("gives every gemeente a raad, college and griffie, and the regio a BOSD", async () => {
    const bodies = await db.prisma.body.findMany({ include: { gemeente: true } });
    for (const g of GEMEENTEN) {
      const kinds = bodies
        .filter((b) => b.gemeente?.slug === g.slug)
        .map((b) => b.kind)
        .sort();
      expect(kinds).toEqual(["COLLEGE", "GRIFFIE", "RAAD"]);
    }
    expect(bodies.filter((b) => b.kind === "BESTUURLIJK_OVERLEG").map((b) => b.afkorting)).toEqual(["BOSD"]);
  });

  it("records the dated facts of the sources with their source, and invents no besluiten", async () => {
    const ms = await db.prisma.milestone.findMany();
    expect(ms).toHaveLength(MILESTONES.length);
    const label = (s: string) => ms.find((m) => m.label.includes(s));
    expect(label("Intentieovereenkomst")?.dateText).toBe("eind 2025");
    expect(label("zienswijze")?.dateText).toBe("mei 2026");
    expect(label("Ondertekening")?.dateText).toBe("uiterlijk december 2026");
    expect(label("in werking")?.date.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(ms.every((m) => m.bron.length > 0)).toBe(true);
    expect(await db.prisma.besluit.count()).toBe(0);
    expect(await db.prisma.zienswijze.count()).toBe(0);
  });

  it("creates the GR procedure with a raad and a college track per party (the five raden), all at the start", async () => {
    const proc = await db.prisma.procedure.findFirstOrThrow({
      where: { kind: "GR_TREFFEN" },
      include: { tracks: { include: { participant: { include: { gemeente: true } } } } },
    });
    expect(proc.derivedState).toBe("concept");
    expect(proc.tracks).toHaveLength(10);
    // Issue 20 point 3: only the five raden give zienswijze and toestemming on the new GR (bron 000).
    expect([...new Set(proc.tracks.map((t) => t.participant.gemeente.naam))].sort()).toEqual([
      "Almere",
      "Dronten",
      "Lelystad",
      "Noordoostpolder",
      "Urk",
    ]);
    expect(new Set(proc.tracks.filter((t) => t.kind === "RAAD").map((t) => t.status))).toEqual(
      new Set(["nog_niet_ontvangen"]),
    );
    expect(new Set(proc.tracks.filter((t) => t.kind === "COLLEGE").map((t) => t.status))).toEqual(
      new Set(["wacht_op_toestemming"]),
    );
    const overview = await loadRegelingOverview(db.prisma, "gr-sociaal-domein-flevoland");
    expect(overview?.regeling.participants).toHaveLength(6);
    expect(overview?.tracks.filter((t) => t.procedureId === proc.id)).toHaveLength(10);
  });

  it("ends the Centrumregeling 2015 in a procedure of all six parties, Zeewolde included, started by the demo beheerder", async () => {
    const proc = await db.prisma.procedure.findFirstOrThrow({
      where: { kind: "GR_OPHEFFEN", regeling: { slug: "centrumregeling-sociaal-domein-flevoland-2015" } },
      include: { tracks: { include: { participant: { include: { gemeente: true } } } }, document: true },
    });
    expect(proc.titel).toContain("(demo)");
    const raden = proc.tracks.filter((t) => t.kind === "RAAD").map((t) => t.participant.gemeente.naam);
    expect(raden.sort()).toEqual(["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]);
    expect(proc.tracks.filter((t) => t.kind === "COLLEGE")).toHaveLength(6);
    // Through the one path (a command): the start is audited with the beheerder as actor.
    const started = await db.prisma.auditEvent.findFirstOrThrow({
      where: { type: "procedure_aangemaakt", subjectId: proc.id },
    });
    expect(started.actorRole).toBe("ADMIN");
  });

  it("seeds documents with immutable versions and content hashes", async () => {
    const docs = await db.prisma.document.findMany({ include: { versions: { include: { articles: true } } } });
    const slugs = docs.map((d) => d.slug);
    for (const s of [
      "concept-gr",
      "dienstverleningshandvest",
      "regiovisie-jeugd",
      "beleidskader-zorglandschap-wmo",
      "aanpak-huiselijk-geweld-kindermishandeling",
      "integrale-regiovisie",
    ]) {
      expect(slugs).toContain(s);
    }
    const gr = must(
      docs.find((d) => d.slug === "concept-gr"),
      "docs.find(…)",
    );
    expect(gr.versions[0].articles.map((a) => a.key)).toContain("bijlage-taken");
    expect(gr.versions[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("writes its reference data and accounts through the runner: one audit event per created record, a verifiable chain", async () => {
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    const typed = (type: string) => events.filter((e) => e.type === type);
    expect(typed("regio_aangemaakt").map((e) => e.toState)).toEqual(["sociaal-domein-flevoland"]);
    expect(typed("demo_gemeente_aangemaakt").map((e) => e.toState)).toEqual(GEMEENTEN.map((g) => g.slug));
    expect(typed("regeling_aangemaakt").map((e) => e.toState)).toEqual([
      "centrumregeling-sociaal-domein-flevoland-2015",
      "gr-sociaal-domein-flevoland",
    ]);
    // One event per part of the reference data (gebied, regelingen, bronnen), together everything.
    const loaded = typed("demodata_geladen").map((e) => e.payload as Record<string, number>);
    expect(loaded).toHaveLength(3);
    const sum = (k: string) => loaded.reduce((n, p) => n + p[k], 0);
    expect({
      gemeenten: sum("gemeenten"),
      regelingen: sum("regelingen"),
      mijlpalen: sum("mijlpalen"),
      documenten: sum("documenten"),
    }).toEqual({
      gemeenten: GEMEENTEN.length,
      regelingen: 2,
      mijlpalen: MILESTONES.length,
      documenten: DOCUMENTS.length,
    });
    const users = await db.prisma.user.findMany({ select: { id: true } });
    expect(new Set(typed("gebruiker_aangemaakt").map((e) => e.subjectId))).toEqual(new Set(users.map((u) => u.id)));
    // The system actor (no person exists before the accounts do), as the CLI's beheer commands.
    expect(new Set([...typed("regio_aangemaakt"), ...typed("gebruiker_aangemaakt")].map((e) => e.actorId))).toEqual(
      new Set([null]),
    );
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: true, checked: events.length });
  });

  it("is idempotent: a second run adds nothing", async () => {
    const count = async () => ({
      gemeenten: await db.prisma.gemeente.count(),
      users: await db.prisma.user.count(),
      procedures: await db.prisma.procedure.count(),
      tracks: await db.prisma.track.count(),
      versions: await db.prisma.documentVersion.count(),
      milestones: await db.prisma.milestone.count(),
      audit: await db.prisma.auditEvent.count(),
    });
    const before = await count();
    await seedFlevoland(db.prisma);
    expect(await count()).toEqual(before);
  });

  it("creates demo accounts per role, marked as demo, that can sign in", async () => {
    const users = await db.prisma.user.findMany();
    expect(users.every((u) => u.isDemo)).toBe(true);
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set(["ADMIN", "SECRETARIAAT", "GRIFFIER", "COLLEGE", "RAADSLID"]),
    );
    expect(users.filter((u) => u.role === "GRIFFIER")).toHaveLength(GEMEENTEN.length);
    const res = await verifyCredentials(db.prisma, { email: "griffier.urk@demo.gr-volg.nl", password: DEMO_PASSWORD });
    expect(res.ok && res.user.role).toBe("GRIFFIER");
    expect(res.ok && res.user.gemeenteNaam).toBe("Urk");
  });
});
