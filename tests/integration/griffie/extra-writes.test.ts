import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { openTestDb } from "../helpers/test-db";
import { openSeededGr } from "../helpers/gr-scenario";
import { applyGrProcedureCommand } from "@/lib/services/gr-procedure-store";
import { snapshot } from "./helpers";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let versionId: string;
const secretariaat = { userId: null, role: "SECRETARIAAT", gemeenteId: null };

beforeAll(async () => {
  ({ db, procedureId, versionId } = await openSeededGr());
});
afterAll(async () => db?.close());

describe("applyGrProcedureCommand extraWrites", () => {
  it("runs the relational writes in the same transaction: when they fail, the state change and audit are rolled back", async () => {
    const before = await snapshot(db.prisma);
    await expect(
      applyGrProcedureCommand(db.prisma, {
        procedureId,
        actor: secretariaat,
        command: {
          track: "regional",
          event: { type: "concept_opgesteld", documentVersionId: versionId, label: "Concept", createdOn: "2026-02-01" },
        },
        extraWrites: async (tx) => {
          await tx.storedFile.create({
            data: { sha256: "x", size: 1, mimeType: "application/pdf", bestandsnaam: "a.pdf", storageKey: "k1" },
          });
          throw new Error("mislukt");
        },
      }),
    ).rejects.toThrow("mislukt");
    expect(await snapshot(db.prisma)).toEqual(before);

    const ok = await applyGrProcedureCommand(db.prisma, {
      procedureId,
      actor: secretariaat,
      command: {
        track: "regional",
        event: { type: "concept_opgesteld", documentVersionId: versionId, label: "Concept", createdOn: "2026-02-01" },
      },
      extraWrites: async (tx, result) => {
        expect(result.state.regional.status).toBe("concept_opgesteld");
        await tx.storedFile.create({
          data: { sha256: "x", size: 1, mimeType: "application/pdf", bestandsnaam: "a.pdf", storageKey: "k2" },
        });
      },
    });
    expect(ok.ok).toBe(true);
    expect(await db.prisma.storedFile.count()).toBe(before.files + 1);
  });
});
