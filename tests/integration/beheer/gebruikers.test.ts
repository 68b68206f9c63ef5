import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { fingerprint } from "../authz/fixture";
import { seedFlevoland } from "@/lib/services/seed";
import type { ActionUser } from "@/lib/actions/context";
import { runCommand } from "@/lib/commands";
import * as gebruikers from "@/lib/services/users/gebruikers";
import * as gebruikersCsv from "@/lib/services/users/gebruikers-csv";
import { listGebruikers } from "@/lib/services/users/gebruikers-queries";
import { acceptInvitation as acceptInvitationCommand, findValidInvitation } from "@/lib/services/users/invitations";
import * as opheffen from "@/lib/services/beheer/opheffen";
import type { Db } from "@/lib/db/client";
import { byRunner } from "../helpers/by-runner";

// Every change goes through the one runner, as the server actions do.
const uitnodigenGebruiker = byRunner(gebruikers.uitnodigenGebruiker);
const wijzigGebruiker = byRunner(gebruikers.wijzigGebruiker);
const zetGebruikerActief = byRunner(gebruikers.zetGebruikerActief);
const nieuweLinkVoorGebruiker = byRunner(gebruikers.nieuweLinkVoorGebruiker);
const importGebruikers = byRunner(gebruikersCsv.importGebruikers);
const opheffenGemeente = byRunner(opheffen.opheffenGemeente);
const opheffenRegio = byRunner(opheffen.opheffenRegio);
const acceptInvitation = (d: Db, raw: unknown) => runCommand(d, null, acceptInvitationCommand, raw);

/**
 * User management and opheffen in the beheer workspace, on a real database (both engines): every
 * change writes its audit event in the same transaction, only the beheerder may do it, a refusal
 * writes nothing, a deactivation or role change ends the user's sessions (database trigger), and
 * the last active beheerder cannot be removed.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let beheer: ActionUser;
let griffier: ActionUser;
let urkId = "";
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const b = await db.prisma.user.findUniqueOrThrow({ where: { email: "beheer@demo.gr-volg.nl" } });
  beheer = { id: b.id, role: b.role, gemeenteId: null };
  const g = await db.prisma.user.findUniqueOrThrow({ where: { email: "griffier.urk@demo.gr-volg.nl" } });
  griffier = { id: g.id, role: g.role, gemeenteId: g.gemeenteId };
  urkId = (await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "urk" } })).id;
});
afterAll(async () => db?.close());

const lastAudit = () => db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
async function expectNothingWritten(fn: () => Promise<unknown>): Promise<void> {
  const before = await fingerprint(db.prisma);
  await fn();
  expect(await fingerprint(db.prisma)).toEqual(before);
}
const tokenOf = (link: string) => link.split("/uitnodiging/")[1];

describe("inviting a user", () => {
  let userId = "";
  it("makes an account without password and a one-time link that sets it", async () => {
    const res = await uitnodigenGebruiker(db.prisma, beheer, {
      email: "Nieuwe.Griffier@Urk.nl",
      naam: "Nieuwe Griffier",
      rol: "GRIFFIER",
      gemeenteId: urkId,
    });
    expect(res).toMatchObject({ ok: true, email: "nieuwe.griffier@urk.nl" });
    if (!res.ok) return;
    userId = res.id;
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: res.id } });
    expect(user).toMatchObject({ role: "GRIFFIER", gemeenteId: urkId, passwordHash: null, actief: true });
    expect(await lastAudit()).toMatchObject({ type: "gebruiker_uitgenodigd", actorId: beheer.id, subjectId: res.id });
    // The token never enters the audit trail or the database.
    const events = await db.prisma.auditEvent.findMany({ where: { subjectId: res.id } });
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain(tokenOf(res.link));
    expect(await findValidInvitation(db.prisma, tokenOf(res.link))).toMatchObject({ purpose: "uitnodiging" });
    const accepted = await acceptInvitation(db.prisma, {
      token: tokenOf(res.link),
      password: "een lange zin om te onthouden",
      passwordHerhaald: "een lange zin om te onthouden",
    });
    expect(accepted).toEqual({ ok: true, email: "nieuwe.griffier@urk.nl" });
  });

  it("refuses a taken address, a griffier without gemeente and every role but the beheerder, writing nothing", async () => {
    await expectNothingWritten(async () => {
      const taken = await uitnodigenGebruiker(db.prisma, beheer, {
        email: "nieuwe.griffier@urk.nl",
        naam: "Dubbel",
        rol: "SECRETARIAAT",
      });
      expect(taken).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("al een account") } });
      const zonder = await uitnodigenGebruiker(db.prisma, beheer, {
        email: "x@urk.nl",
        naam: "Xavier",
        rol: "GRIFFIER",
      });
      expect(zonder).toMatchObject({ ok: false, fieldErrors: { gemeenteId: expect.stringContaining("gemeente") } });
      const door = await uitnodigenGebruiker(db.prisma, griffier, { email: "y@urk.nl", naam: "Yvonne", rol: "ADMIN" });
      expect(door).toEqual({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
    });
  });

  it("a role change ends the user's sessions and is audited with from and to", async () => {
    await db.prisma.userSession.create({ data: { id: "sessie-wijzig-1", userId } });
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const res = await wijzigGebruiker(db.prisma, beheer, { id: userId, rol: "SECRETARIAAT", gemeenteId: "" });
    expect(res).toMatchObject({ ok: true });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(after).toMatchObject({ role: "SECRETARIAAT", gemeenteId: null });
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    expect(
      (await db.prisma.userSession.findUniqueOrThrow({ where: { id: "sessie-wijzig-1" } })).revokedAt,
    ).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      type: "gebruiker_gewijzigd",
      fromState: "GRIFFIER",
      toState: "SECRETARIAAT",
    });
  });

  it("deactivates (sessions end, sign-in link refused) and reactivates, never deleting", async () => {
    const link = await nieuweLinkVoorGebruiker(db.prisma, beheer, { id: userId });
    expect(link).toMatchObject({ ok: true, purpose: "wachtwoord-herstel" });
    if (!link.ok) return;
    const off = await zetGebruikerActief(db.prisma, beheer, { id: userId, actief: "false" });
    expect(off).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ type: "gebruiker_gedeactiveerd", subjectId: userId });
    // The reset link of a deactivated account does not work.
    expect(await findValidInvitation(db.prisma, tokenOf(link.link))).toBeNull();
    await expectNothingWritten(async () => {
      expect(await zetGebruikerActief(db.prisma, beheer, { id: userId, actief: false })).toMatchObject({ ok: false });
      expect(await nieuweLinkVoorGebruiker(db.prisma, beheer, { id: userId })).toMatchObject({ ok: false });
    });
    expect(await zetGebruikerActief(db.prisma, beheer, { id: userId, actief: true })).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ type: "gebruiker_geheractiveerd" });
    expect(await db.prisma.user.count({ where: { id: userId } })).toBe(1);
  });

  it("a new link makes the earlier link useless", async () => {
    const first = await nieuweLinkVoorGebruiker(db.prisma, beheer, { id: userId });
    const second = await nieuweLinkVoorGebruiker(db.prisma, beheer, { id: userId });
    if (!first.ok || !second.ok) throw new Error("link refused");
    expect(await findValidInvitation(db.prisma, tokenOf(first.link))).toBeNull();
    expect(await findValidInvitation(db.prisma, tokenOf(second.link))).not.toBeNull();
  });

  it("lists with search and filters, and shows the last sign-in", async () => {
    await db.prisma.userSession.create({
      data: { id: "sessie-lijst-1", userId, createdAt: new Date("2030-11-30T09:00:00Z") },
    });
    const found = await listGebruikers(db.prisma, { q: "NIEUWE.griffier" });
    expect(found.map((u) => u.id)).toEqual([userId]);
    expect(found[0].laatsteAanmelding?.toISOString()).toBe("2030-11-30T09:00:00.000Z");
    const griffiers = await listGebruikers(db.prisma, { rol: "GRIFFIER", gemeente: "urk" });
    expect(griffiers.length).toBeGreaterThan(0);
    expect(griffiers.every((u) => u.role === "GRIFFIER" && u.gemeente === "Urk")).toBe(true);
    expect((await listGebruikers(db.prisma, { actief: "nee" })).every((u) => !u.actief)).toBe(true);
  });
});

describe("the last beheerder", () => {
  it("cannot deactivate the own account, and the last active beheerder cannot be demoted or deactivated", async () => {
    await expectNothingWritten(async () => {
      expect(await zetGebruikerActief(db.prisma, beheer, { id: beheer.id, actief: false })).toMatchObject({
        ok: false,
        message: expect.stringContaining("eigen account"),
      });
    });
    // Make every other beheerder inactive first (the demo seed may have more than one).
    const others = await db.prisma.user.findMany({ where: { role: "ADMIN", actief: true, id: { not: beheer.id } } });
    for (const o of others) await zetGebruikerActief(db.prisma, beheer, { id: o.id, actief: false });
    const tweede = await uitnodigenGebruiker(db.prisma, beheer, {
      email: "tweede@beheer.nl",
      naam: "Tweede",
      rol: "ADMIN",
    });
    if (!tweede.ok) throw new Error(tweede.message);
    const tweedeUser: ActionUser = { id: tweede.id, role: "ADMIN", gemeenteId: null };
    expect(await zetGebruikerActief(db.prisma, tweedeUser, { id: beheer.id, actief: false })).toMatchObject({
      ok: true,
    });
    await expectNothingWritten(async () => {
      const demote = await wijzigGebruiker(db.prisma, beheer, { id: tweede.id, rol: "SECRETARIAAT" });
      expect(demote).toMatchObject({ ok: false, message: expect.stringContaining("laatste actieve beheerder") });
    });
    expect(await zetGebruikerActief(db.prisma, tweedeUser, { id: beheer.id, actief: true })).toMatchObject({
      ok: true,
    });
  });
});

describe("CSV import of users", () => {
  const csv = [
    "e-mail;naam;rol;gemeente",
    "csv.griffier@almere.nl;Csv Griffier;griffier;almere",
    "geen-adres;Fout Adres;griffier;almere",
    "csv.x@almere.nl;Csv X;toezichthouder;",
    "csv.y@almere.nl;Csv Y;griffier;",
    "csv.z@almere.nl;Csv Z;secretariaat;almere",
    "csv.griffier@almere.nl;Dubbel;college;almere",
    "beheer@demo.gr-volg.nl;Bestaat;beheerder;",
    "csv.raad@almere.nl;Csv Raad;raadslid;bestaat-niet",
  ].join("\n");

  it("a dry run reports every bad row and writes nothing", async () => {
    await expectNothingWritten(async () => {
      const res = await importGebruikers(db.prisma, beheer, { csv, toepassen: false });
      expect(res).toMatchObject({ ok: true, toegepast: false, aantal: 1 });
      if (!res.ok) return;
      expect(res.fouten.map((f) => f.regel)).toEqual([3, 4, 5, 6, 7, 8, 9]);
      expect(res.fouten.find((f) => f.regel === 4)?.melding).toContain("Onbekende rol");
      expect(res.fouten.find((f) => f.regel === 7)?.melding).toContain("regel 2");
      expect(res.fouten.find((f) => f.regel === 9)?.melding).toContain("bestaat-niet");
    });
  });

  it("applying a file with a bad row writes nothing; a good file invites every row in one go", async () => {
    await expectNothingWritten(async () => {
      expect(await importGebruikers(db.prisma, beheer, { csv, toepassen: true })).toMatchObject({ toegepast: false });
    });
    const good = "email,naam,rol,gemeente\ncsv.a@almere.nl,Csv A,griffier,almere\ncsv.b@regio.nl,Csv B,Secretariaat,\n";
    const res = await importGebruikers(db.prisma, beheer, { csv: good, toepassen: true });
    expect(res).toMatchObject({ ok: true, toegepast: true, aantal: 2 });
    if (!res.ok) return;
    expect(res.links.map((l) => l.email)).toEqual(["csv.a@almere.nl", "csv.b@regio.nl"]);
    for (const l of res.links) expect(await findValidInvitation(db.prisma, tokenOf(l.link))).not.toBeNull();
    const b = await db.prisma.user.findUniqueOrThrow({ where: { email: "csv.b@regio.nl" } });
    expect(b.role).toBe("SECRETARIAAT");
  });
});

describe("opheffen of gemeente and regio", () => {
  it("refuses while users are active or gemeenten open; end-dates and reopens with audit, never deletes", async () => {
    const regio = await db.prisma.regio.create({ data: { slug: "regio-weg", naam: "Regio Weg" } });
    const gem = await db.prisma.gemeente.create({
      data: { slug: "gemeente-weg", naam: "Gemeente Weg", regioId: regio.id },
    });
    const user = await uitnodigenGebruiker(db.prisma, beheer, {
      email: "griffie@weg.nl",
      naam: "Griffier Weg",
      rol: "GRIFFIER",
      gemeenteId: gem.id,
    });
    if (!user.ok) throw new Error(user.message);
    await expectNothingWritten(async () => {
      const busy = await opheffenGemeente(db.prisma, beheer, { id: gem.id, opgeheven: "true", datum: "2027-01-01" });
      expect(busy).toMatchObject({ ok: false, message: expect.stringContaining("1 actieve gebruiker") });
      const open = await opheffenRegio(db.prisma, beheer, { id: regio.id, opgeheven: true, datum: "2027-01-01" });
      expect(open).toMatchObject({ ok: false, message: expect.stringContaining("1 gemeente") });
      const noDate = await opheffenGemeente(db.prisma, beheer, { id: gem.id, opgeheven: true });
      expect(noDate).toMatchObject({ ok: false, fieldErrors: { datum: expect.any(String) } });
      const door = await opheffenGemeente(db.prisma, griffier, { id: gem.id, opgeheven: true, datum: "2027-01-01" });
      expect(door).toMatchObject({ ok: false, message: "U heeft geen toestemming voor deze handeling." });
    });
    await zetGebruikerActief(db.prisma, beheer, { id: user.id, actief: false });
    expect(
      await opheffenGemeente(db.prisma, beheer, { id: gem.id, opgeheven: true, datum: "2027-01-01" }),
    ).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ type: "gemeente_opgeheven", toState: "2027-01-01" });
    expect(
      await opheffenRegio(db.prisma, beheer, { id: regio.id, opgeheven: true, datum: "2027-02-01" }),
    ).toMatchObject({
      ok: true,
    });
    // No new users in an opgeheven gemeente; reactivating its user is refused too.
    await expectNothingWritten(async () => {
      const nieuw = await uitnodigenGebruiker(db.prisma, beheer, {
        email: "nieuw@weg.nl",
        naam: "Nieuw Weg",
        rol: "GRIFFIER",
        gemeenteId: gem.id,
      });
      expect(nieuw).toMatchObject({ ok: false, fieldErrors: { gemeenteId: expect.stringContaining("opgeheven") } });
      expect(await zetGebruikerActief(db.prisma, beheer, { id: user.id, actief: true })).toMatchObject({ ok: false });
      // The gemeente cannot reopen while its regio is opgeheven.
      expect(await opheffenGemeente(db.prisma, beheer, { id: gem.id, opgeheven: false })).toMatchObject({ ok: false });
    });
    expect(await opheffenRegio(db.prisma, beheer, { id: regio.id, opgeheven: false })).toMatchObject({ ok: true });
    expect(await opheffenGemeente(db.prisma, beheer, { id: gem.id, opgeheven: false })).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({ type: "gemeente_heropend", fromState: "2027-01-01", toState: null });
    expect(await db.prisma.gemeente.count({ where: { id: gem.id } })).toBe(1);
  });
});
