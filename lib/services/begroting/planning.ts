import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, defineCommand } from "@/lib/commands";
import { planningWarnings, type BegrotingPlanning } from "@/lib/domain";
import { begrotingPlanningSchema } from "@/lib/validation/begroting-planning";
import { appendAudit, recordWrites } from "../audit";
import { lockBegroting } from "./store";

/** The planning as stored on the Procedure row: the domain's dates plus its own version (the form's guard). */
export interface StoredPlanning extends BegrotingPlanning {
  version: number;
}

const FIELDS = {
  kadersOp: "kadersOn",
  ontwerpOp: "ontwerpSentOn",
  aanbiedingOp: "aanbiedingOn",
  vaststellingOp: "vaststellingOn",
  jaarrekeningOp: "jaarrekeningOn",
} as const satisfies Record<string, keyof BegrotingPlanning>;
export type PlanningFormField = keyof typeof FIELDS;
export const PLANNING_FORM_FIELDS = Object.keys(FIELDS) as PlanningFormField[];
/** The domain's name of a form field (the form's names are Dutch, like the other begroting forms). */
export const planningFieldOf = (f: PlanningFormField) => FIELDS[f];

/** The stored planning of a procedure row (null: none set yet). */
export function storedPlanning(value: unknown): StoredPlanning | null {
  return value && typeof value === "object" ? (value as StoredPlanning) : null;
}

/**
 * The secretariat sets or changes the yearly planning of a begroting cycle (issue 17 point 3). The planning may
 * break the law (a late kaders, an aanbieding less than twelve weeks after sending): it is stored with its
 * warnings, so the secretariat sees what to move, and audited. The planning has its own version: a step in the
 * cycle does not make an open planning form stale, and a planning save does not make a step form stale.
 */
export const setBegrotingPlanning = defineCommand({
  name: "setBegrotingPlanning",
  input: begrotingPlanningSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now, expectedVersion }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    const row = await tx.procedure.findUniqueOrThrow({ where: { id: loaded.id }, select: { planning: true } });
    const current = storedPlanning(row.planning);
    const version = current?.version ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== version) throw new ConflictError();
    const planning: BegrotingPlanning = {};
    for (const f of PLANNING_FORM_FIELDS) {
      const value = data[f];
      if (value) planning[FIELDS[f]] = value;
    }
    const warnings = planningWarnings(loaded.state.year, planning);
    const stored: StoredPlanning = { ...planning, version: version + 1 };
    await tx.procedure.update({
      where: { id: loaded.id },
      data: { planning: stored as unknown as Prisma.InputJsonValue },
    });
    recordWrites(tx, [{ table: "Procedure", id: loaded.id }]);
    await appendAudit(tx, [
      {
        type: "begroting_planning_vastgesteld",
        actorId: actor.userId,
        actorRole: actor.role,
        gemeenteId: null,
        subjectKind: "procedure",
        subjectId: loaded.id,
        fromState: null,
        toState: null,
        payload: { procedureId: loaded.id, jaar: loaded.state.year, planning, warnings },
        at: now,
      },
    ]);
    return { version: stored.version, waarschuwingen: warnings };
  },
});
