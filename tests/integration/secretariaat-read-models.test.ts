import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPublicFixture, REGELING, type PublicFixture } from "./public/fixtures";
import { read } from "@/lib/read-models";
import {
  consensusMatrixOrNull,
  listRegelingGemeenten,
  loadDocumentVersions,
  loadNotaArticleChoices,
  loadRaadsvoorstelOverview,
  loadSecretariaatProcedure,
  loadTrackHistory,
} from "@/lib/read-models/secretariaat";
import { loadGriffieBeleidskader } from "@/lib/read-models/griffie";
import { documentTitle, findUnsubscribeSubject, gemeenteName, regelingName } from "@/lib/read-models/public";
import { listGemeenteChoices } from "@/lib/read-models/audit";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";

/**
 * The read models behind the secretariat's, griffie's and public pages (lib/read-models): what the
 * pages used to query themselves, now behind one function each, read through the process-wide client.
 */
let f: PublicFixture;
const ops: string[] = [];
type Holder = { __grVolgDb?: Promise<unknown> };

beforeAll(async () => {
  f = await openPublicFixture();
  const counting = f.prisma.$extends({
    query: {
      $allOperations: async ({ model, operation, args, query }) => {
        ops.push(`${model ?? "$"}.${operation}`);
        return query(args);
      },
    },
  });
  // read() takes the process-wide client: point it at the counting one.
  (globalThis as unknown as Holder).__grVolgDb = Promise.resolve({ ...f.db, prisma: counting });
});
afterAll(async () => f?.db.close());

describe("the secretariat's procedure page", () => {
  it("reads its procedure once (with tracks and versions), plus the newest version's articles", async () => {
    ops.length = 0;
    const page = await read(loadSecretariaatProcedure, f.proc.id);
    expect(ops).toEqual(["Procedure.findUnique", "Article.findMany"]);
    expect(page?.procedure.id).toBe(f.proc.id);
    expect(page?.procedure.document.versions.map((v) => v.id)).toContain(f.version.id);
    // The same domain state as the store's own loader.
    expect(page?.loaded).toEqual(await loadGrProcedure(f.prisma, f.proc.id));
    expect(page?.loaded.state.regional.status).toBe("zienswijzeprocedure_geopend");
    expect(page?.newestArticles.length).toBeGreaterThan(0);
  });

  it("is null for an unknown procedure", async () => {
    expect(await read(loadSecretariaatProcedure, "bestaat-niet")).toBeNull();
  });
});

describe("track history", () => {
  it("lists the track's audit events (by track id and by the older procedure:raad:participant subject) with actor names", async () => {
    const track = await f.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId: f.proc.id, participantId: f.urk.id, kind: "RAAD" } },
    });
    const history = await read(loadTrackHistory, track.id);
    expect(history?.track.participant.gemeente.naam).toBe("Urk");
    const types = history?.events.map((e) => e.type) ?? [];
    expect(types).toContain("notitie"); // stored under `${procedureId}:raad:${participantId}`
    expect(types.length).toBeGreaterThan(1);
    expect(await read(loadTrackHistory, "bestaat-niet")).toBeNull();
  });
});

describe("documents, nota and timeline", () => {
  it("loads every version with its articles in order, or null", async () => {
    const doc = await read(loadDocumentVersions, f.proc.documentId);
    expect(doc?.versions[0].articles.map((a) => a.position)).toEqual(
      [...(doc?.versions[0].articles.map((a) => a.position) ?? [])].sort((a, b) => a - b),
    );
    expect(doc?.procedures).toEqual([{ id: f.proc.id }]);
    expect(await read(loadDocumentVersions, "bestaat-niet")).toBeNull();
  });

  it("labels the nota's article choices with the newest version's label", async () => {
    const choices = await read(loadNotaArticleChoices, f.proc.id);
    expect(choices.length).toBe(f.version.articles.length);
    for (const c of choices) {
      expect(c.label).toContain(" – ");
      expect(c.label.endsWith(` (${f.version.label})`)).toBe(true);
    }
  });

  it("lists the gemeenten of a regeling by name, and the raadsvoorstel overview's newest GR procedure", async () => {
    const gemeenten = (await read(listRegelingGemeenten, REGELING)).map((g) => g.gemeente.naam);
    expect(gemeenten).toEqual([...gemeenten].sort((a, b) => a.localeCompare(b)));
    expect(gemeenten).toContain("Urk");
    const overview = await read(loadRaadsvoorstelOverview, REGELING);
    expect(overview.procedure?.id).toBe(f.proc.id);
    expect(overview.regeling?.participants.length).toBe(gemeenten.length);
    expect(await read(loadRaadsvoorstelOverview, "bestaat-niet")).toEqual({ regeling: null, procedure: null });
  });

  it("gives the consensus matrix of a regeling, or null for an unknown one", async () => {
    expect((await read(consensusMatrixOrNull, REGELING, f.today))?.regeling.slug).toBe(REGELING);
    expect(await read(consensusMatrixOrNull, "bestaat-niet", f.today)).toBeNull();
  });
});

describe("griffie, audit and public helpers", () => {
  it("gives a griffie only its own raad track of a beleidskader (null for a GR procedure or another gemeente)", async () => {
    expect(await read(loadGriffieBeleidskader, f.proc.id, f.urk.gemeenteId)).toBeNull();
    const bk = await f.prisma.procedure.findFirst({ where: { kind: "BELEIDSKADER_VASTSTELLEN" } });
    if (bk) {
      const own = await f.prisma.track.findFirstOrThrow({
        where: { procedureId: bk.id, kind: "RAAD" },
        include: { participant: true },
      });
      const loaded = await read(loadGriffieBeleidskader, bk.id, own.participant.gemeenteId);
      expect(loaded?.track.id).toBe(own.id);
      expect(await read(loadGriffieBeleidskader, bk.id, "andere-gemeente")).toBeNull();
    }
  });

  it("names documents, gemeenten and regelingen for page titles; null when unknown", async () => {
    expect(await read(documentTitle, f.proc.documentId)).toBe(
      (await f.prisma.document.findUniqueOrThrow({ where: { id: f.proc.documentId } })).titel,
    );
    expect(await read(gemeenteName, "urk")).toBe("Urk");
    expect(await read(regelingName, REGELING)).toMatch(/Sociaal Domein/i);
    expect(await read(documentTitle, "x")).toBeNull();
    expect(await read(gemeenteName, "x")).toBeNull();
    expect(await read(regelingName, "x")).toBeNull();
    expect(await read(findUnsubscribeSubject, "onbekend-token")).toBeNull();
  });

  it("lists every gemeente by name for the audit filter", async () => {
    const names = (await read(listGemeenteChoices)).map((g) => g.naam);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain("Urk");
  });
});
