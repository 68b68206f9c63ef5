import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { resolveOidcSignIn } from "@/lib/services/identity";
import type { OidcClaims } from "@/lib/auth/oidc-decision";

const IDP = "https://idp.example.nl";
const DRONTEN_IDP = "https://login.dronten.example.nl/";
const providers = [
  { id: "regio", issuer: IDP, gemeente: null },
  { id: "dronten", issuer: "https://login.dronten.example.nl", gemeente: "dronten" },
];

let db: Awaited<ReturnType<typeof openTestDb>>;
let secretariaatId: string;
let griffierDrontenId: string;

beforeAll(async () => {
  db = await openTestDb();
  const dronten = await db.prisma.gemeente.create({ data: { slug: "dronten", naam: "Dronten" } });
  secretariaatId = (
    await db.prisma.user.create({
      data: { email: "secretariaat@regio.nl", naam: "Secretariaat", role: "SECRETARIAAT" },
    })
  ).id;
  griffierDrontenId = (
    await db.prisma.user.create({
      data: { email: "griffier@dronten.nl", naam: "Griffier Dronten", role: "GRIFFIER", gemeenteId: dronten.id },
    })
  ).id;
  await db.prisma.user.create({ data: { email: "oud@regio.nl", naam: "Oud", role: "SECRETARIAAT", actief: false } });
});
afterAll(async () => db?.close());

const claims = (c: Partial<OidcClaims>): OidcClaims => ({
  issuer: IDP,
  subject: "sub-1",
  email: null,
  emailVerified: false,
  ...c,
});
const signIn = (c: Partial<OidcClaims>, provider = "regio") =>
  resolveOidcSignIn(db.prisma, claims(c), { id: provider }, providers);
const links = (userId: string) => db.prisma.userIdentity.count({ where: { userId } });
const linkEvents = () => db.prisma.auditEvent.count({ where: { type: "oidc_identiteit_gekoppeld" } });

describe("OIDC sign-in: linking on (issuer, sub)", () => {
  it("refuses an unverified e-mail (false or absent) and links nothing", async () => {
    expect(await signIn({ subject: "aanvaller", email: "secretariaat@regio.nl", emailVerified: false })).toEqual({
      ok: false,
      reason: "OidcEmailNotVerified",
    });
    expect(await signIn({ subject: "aanvaller", email: null, emailVerified: true })).toEqual({
      ok: false,
      reason: "OidcEmailNotVerified",
    });
    expect(await links(secretariaatId)).toBe(0);
    expect(await linkEvents()).toBe(0);
  });

  it("refuses an address no beheerder provisioned, and an inactive account the same way", async () => {
    expect(await signIn({ subject: "x", email: "niemand@regio.nl", emailVerified: true })).toEqual({
      ok: false,
      reason: "OidcNoAccount",
    });
    expect(await signIn({ subject: "y", email: "oud@regio.nl", emailVerified: true })).toEqual({
      ok: false,
      reason: "OidcNoAccount",
    });
    expect(await db.prisma.userIdentity.count()).toBe(0);
  });

  it("links a verified, provisioned address once, with an audit event", async () => {
    const res = await signIn({ subject: "sub-secr", email: "Secretariaat@Regio.nl", emailVerified: true });
    expect(res).toEqual({ ok: true, userId: secretariaatId, link: true });
    const identity = await db.prisma.userIdentity.findUniqueOrThrow({
      where: { issuer_subject: { issuer: IDP, subject: "sub-secr" } },
    });
    expect(identity).toMatchObject({ userId: secretariaatId, provider: "regio" });
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "oidc_identiteit_gekoppeld" } });
    expect(event).toMatchObject({ subjectKind: "User", subjectId: secretariaatId, actorId: secretariaatId });
  });

  it("matches a later sign-in on the subject alone: a changed or unverified e-mail does not matter", async () => {
    const res = await signIn({ subject: "sub-secr", email: "nieuw-adres@elders.nl", emailVerified: false });
    expect(res).toEqual({ ok: true, userId: secretariaatId, link: false });
    expect(await links(secretariaatId)).toBe(1);
    expect(await linkEvents()).toBe(1);
  });

  it("refuses another subject with the linked e-mail address", async () => {
    expect(await signIn({ subject: "sub-ander", email: "secretariaat@regio.nl", emailVerified: true })).toEqual({
      ok: false,
      reason: "OidcLinkedElsewhere",
    });
    expect(await db.prisma.userIdentity.count({ where: { subject: "sub-ander" } })).toBe(0);
  });

  it("a gemeente with its own IdP accepts only that issuer", async () => {
    expect(await signIn({ subject: "g-1", email: "griffier@dronten.nl", emailVerified: true })).toEqual({
      ok: false,
      reason: "OidcWrongProvider",
    });
    const ok = await signIn(
      { issuer: DRONTEN_IDP, subject: "g-1", email: "griffier@dronten.nl", emailVerified: true },
      "dronten",
    );
    expect(ok).toEqual({ ok: true, userId: griffierDrontenId, link: true });
    // Stored with the issuer normalised, so the trailing slash does not make a second identity.
    expect(await db.prisma.userIdentity.findFirstOrThrow({ where: { userId: griffierDrontenId } })).toMatchObject({
      issuer: "https://login.dronten.example.nl",
    });
  });

  it("refuses a linked identity once its user is deactivated", async () => {
    await db.prisma.user.update({ where: { id: griffierDrontenId }, data: { actief: false } });
    const res = await signIn(
      { issuer: DRONTEN_IDP, subject: "g-1", email: "griffier@dronten.nl", emailVerified: true },
      "dronten",
    );
    expect(res).toEqual({ ok: false, reason: "OidcAccountInactive" });
  });

  it("two concurrent first sign-ins of one identity give one link", async () => {
    const u = await db.prisma.user.create({ data: { email: "parallel@regio.nl", naam: "P", role: "SECRETARIAAT" } });
    const results = await Promise.all(
      [1, 2, 3].map(() => signIn({ subject: "sub-par", email: "parallel@regio.nl", emailVerified: true })),
    );
    for (const r of results) expect(r).toMatchObject({ ok: true, userId: u.id });
    expect(await links(u.id)).toBe(1);
  });
});
