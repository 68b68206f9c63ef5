import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { runCommand } from "@/lib/commands";
import { diffVersions } from "@/lib/documents/diff";

let db: Awaited<ReturnType<typeof openTestDb>>;
let documentId: string;
const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  documentId = (await db.prisma.document.findFirstOrThrow({ where: { slug: "concept-gr" } })).id;
});
afterAll(async () => db?.close());

describe("publishing a new document version", () => {
  it("imports a structured text as version 2 with hashes and an audit event, and diffs against version 1", async () => {
    const text =
      "Artikel 1 – Begripsbepalingen\nBestuur: het bestuur van de BVO.\n\nBijlage – Wettelijke taken en plustaken\nCrisishulp is een wettelijke taak.";
    const r = await runCommand(db.prisma, secretariaat, publishVersion, {
      documentId,
      label: "Definitieve GR (versie 2)",
      status: "DEFINITIEF",
      text,
    });
    expect(r).toMatchObject({ ok: true, number: 2 });
    const versions = await db.prisma.documentVersion.findMany({
      where: { documentId },
      include: { articles: true },
      orderBy: { number: "asc" },
    });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[1].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(versions[1].contentHash).not.toBe(versions[0].contentHash);
    // Version 1 was published by the seed through the same command; version 2 adds one event.
    const published = await db.prisma.auditEvent.findMany({
      where: { type: "versie_gepubliceerd", subjectId: documentId },
      select: { toState: true },
      orderBy: { id: "asc" },
    });
    expect(published.map((e) => e.toState)).toEqual(["versie 1", "versie 2"]);
    const diff = diffVersions(versions[0].articles, versions[1].articles);
    expect(diff.map((d) => [d.key, d.change])).toEqual([
      ["regeling", "verwijderd"],
      ["art-1", "toegevoegd"],
      ["bijlage-taken", "verwijderd"],
      ["bijlage", "toegevoegd"],
    ]);
  });

  it("refuses bad input, a broken import and other roles, and writes nothing", async () => {
    const count = await db.prisma.documentVersion.count();
    const cases: [unknown, Record<string, unknown>, RegExp][] = [
      [secretariaat, { documentId, label: "", status: "CONCEPT", text: "Artikel 1 – X\ntekst" }, /Controleer/],
      [secretariaat, { documentId, label: "v3", status: "CONCEPT" }, /Controleer/],
      [
        secretariaat,
        { documentId, label: "v3", status: "CONCEPT", text: "geen kop\nArtikel 1 – X\ntekst" },
        /vóór het eerste artikel/,
      ],
      [
        secretariaat,
        { documentId: "bestaat-niet", label: "v3", status: "CONCEPT", text: "Artikel 1 – X\ntekst" },
        /bestaat niet/,
      ],
      [
        secretariaat,
        {
          documentId,
          label: "v3",
          status: "CONCEPT",
          articles: [
            { key: "a", nummer: "1", titel: "X", tekst: "y" },
            { key: "a", nummer: "2", titel: "Y", tekst: "z" },
          ],
        },
        /één keer/,
      ],
      [
        { id: "g", role: "GRIFFIER", gemeenteId: "x" },
        { documentId, label: "v3", status: "CONCEPT", text: "Artikel 1 – X\ntekst" },
        /geen toestemming/,
      ],
    ];
    for (const [user, input, message] of cases) {
      const r = await runCommand(db.prisma, user as never, publishVersion, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
    expect(await db.prisma.documentVersion.count()).toBe(count);
  });
});
