import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres } from "../helpers/test-db";
import { openGrScenario } from "../helpers/gr-scenario";
import { nextBuilt, signInOverHttp, startNextServer } from "../helpers/next-server";
import { DEMO_PASSWORD } from "@/prisma/seed/flevoland";
import { prepareUpload } from "@/lib/storage/files";
import { docxParts } from "../../helpers/docx";
import { runCommand } from "@/lib/commands";
import { saveZienswijzeConcept } from "@/lib/services/griffie/zienswijze";

/**
 * Over real HTTP (`next start` of the production build, PostgreSQL): GET /bestanden/<id> serves a stored PDF only to
 * whoever may see the registration. A draft (no besluit yet) to its uploader's griffie and the secretariat; every
 * other role, gemeente or anonymous visitor gets the same 404 as an unknown id (deny by default, nothing revealed).
 * The same server (one `next start` for both, CI is slow) serves the griffier's DOCX documents
 * (/griffie/documenten/<procedure>/<gemeente>/<soort>): a real Word file naming the own gemeente, 403 for another
 * gemeente's griffier, 401 for an anonymous visitor.
 * Port: FILES_HTTP_PORT (default 3616). Runs with HTTP_TESTS=1 after `next build`, like the other HTTP tests.
 */
const PORT = Number(process.env.FILES_HTTP_PORT ?? 3616);
const SECRET = "files-http-test-secret-0123456789abcdef";
const APRIL = new Date("2026-04-01T10:00:00Z");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

if (process.env.HTTP_TESTS === "1" && (!nextBuilt || !isPostgres()))
  throw new Error("HTTP_TESTS=1 needs .next/BUILD_ID and TEST_DATABASE_URL on PostgreSQL");
describe.skipIf(process.env.HTTP_TESTS !== "1" || !nextBuilt || !isPostgres())(
  "downloading a stored PDF over HTTP: scope by the permission table, 404 for others",
  () => {
    let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
    const servers: ChildProcess[] = [];
    let base: string;
    let draftId: string;
    let procedureId: string;
    let own: { id: string; slug: string; naam: string };
    let other: string;

    beforeAll(async () => {
      // The seeded regio, with the GR procedure in its zienswijze phase and Urk's raad holding the ontwerp.
      const opened = await openGrScenario(APRIL, async (gr) => {
        await gr.through("zienswijzeprocedure_geopend", {
          dates: {
            concept_opgesteld: "2026-03-01",
            bosd_akkoord: "2026-03-10",
            zienswijzeprocedure_geopend: "2026-03-15",
          },
        });
        await gr.ontvangen("urk", "2026-03-18");
      });
      db = opened.db;
      const uploader = await db.prisma.user.findUniqueOrThrow({ where: { email: "griffier.urk@demo.gr-volg.nl" } });
      const { content, ...meta } = prepareUpload({ bestandsnaam: "concept-besluit.pdf", bytes: PDF });
      const file = await db.prisma.storedFile.create({
        data: {
          ...meta,
          uploadedById: uploader.id,
          content: { create: { content: content as Uint8Array<ArrayBuffer> } },
        },
      });
      draftId = file.id;
      // Urk's griffier drafts a zienswijze (through the command): then all three documents exist for Urk.
      procedureId = opened.gr.procedureId;
      own = await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "urk" } });
      const drafted = await runCommand(
        db.prisma,
        { id: uploader.id, role: "GRIFFIER", gemeenteId: own.id },
        saveZienswijzeConcept,
        {
          procedureId,
          participantId: opened.gr.participants.urk,
          zienswijzeId: "",
          conceptVersion: "",
          points: [{ onderwerp: "Sturing", articleId: "", tekst: "Meer sturing door de raden." }],
        },
        { now: APRIL },
      );
      if (!drafted.ok) throw new Error(drafted.message);
      other = "almere";
      base = await startNextServer(servers, { port: PORT, databaseUrl: db.url, secret: SECRET });
    }, 300_000);
    afterAll(async () => {
      for (const s of servers) s.kill("SIGTERM");
      await db?.close();
    });

    const get = async (path: string, email?: string) => {
      const cookie = email ? (await signInOverHttp(base, email, DEMO_PASSWORD, "192.0.2.10")).cookie : "";
      return fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
    };

    it("serves a draft to the own griffie and the secretariat", async () => {
      for (const email of ["griffier.urk@demo.gr-volg.nl", "secretariaat@demo.gr-volg.nl"]) {
        const res = await get(`/bestanden/${draftId}`, email);
        expect(res.status, email).toBe(200);
        expect(res.headers.get("content-type")).toBe("application/pdf");
        expect(res.headers.get("cache-control")).toBe("private, no-store");
        expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
      }
    }, 180_000);

    it("answers 404 to another gemeente's griffie, a college, and an anonymous visitor — as for an unknown id", async () => {
      const unknown = await get("/bestanden/bestaat-niet");
      expect(unknown.status).toBe(404);
      const notFound = await unknown.text();
      for (const email of ["griffier.almere@demo.gr-volg.nl", "college.urk@demo.gr-volg.nl", undefined]) {
        const res = await get(`/bestanden/${draftId}`, email);
        expect(res.status, String(email)).toBe(404);
        expect(await res.text()).toBe(notFound);
      }
    }, 180_000);

    const documentPath = (gemeente: string, soort: string) => `/griffie/documenten/${procedureId}/${gemeente}/${soort}`;

    it("gives a griffier a real DOCX of the own raadsvoorstel and zienswijze-brief, naming the own gemeente", async () => {
      for (const soort of ["raadsvoorstel-zienswijze", "raadsvoorstel-toestemming", "zienswijze-brief"]) {
        const res = await get(documentPath(own.slug, soort), `griffier.${own.slug}@demo.gr-volg.nl`);
        expect(res.status, soort).toBe(200);
        expect(res.headers.get("content-type"), soort).toBe(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        );
        const { document } = await docxParts(Buffer.from(await res.arrayBuffer()));
        expect(document, soort).toContain(own.naam);
      }
    }, 180_000);

    it("refuses another gemeente's griffier (403) and an anonymous visitor (401), without a document", async () => {
      const stranger = await get(documentPath(own.slug, "zienswijze-brief"), `griffier.${other}@demo.gr-volg.nl`);
      expect(stranger.status).toBe(403);
      expect(stranger.headers.get("content-type")).toContain("text/plain");
      const anonymous = await fetch(`${base}${documentPath(own.slug, "zienswijze-brief")}`, { redirect: "manual" });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("content-type")).toContain("text/plain");
    }, 180_000);
  },
);
