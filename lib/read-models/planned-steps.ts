import type { Db } from "@/lib/db/client";
import type { PlannedStepStatus } from "@/lib/domain";

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** What the secretariat's procedure page shows: the planned steps of a procedure, newest first. */
export async function plannedStepsOf(db: Db, procedureId: string) {
  const rows = await db.plannedStep.findMany({ where: { procedureId }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    step: r.step,
    participantId: r.participantId,
    plannedOn: dateOf(r.plannedOn),
    legalBasis: r.legalBasis,
    status: r.status as PlannedStepStatus,
    reason: r.reason,
    version: r.version,
    lastError: r.lastError,
  }));
}

/** The public regeling page: the inwerkingtreding planned for one of its procedures (public once bekendgemaakt). */
export async function plannedInForceOf(db: Db, regelingId: string): Promise<string | null> {
  const step = await db.plannedStep.findFirst({
    where: { status: "GEPLAND", step: "inwerkingtreding", procedureId: { in: await procedureIdsOf(db, regelingId) } },
    orderBy: { plannedOn: "asc" },
    select: { plannedOn: true },
  });
  return step ? dateOf(step.plannedOn) : null;
}

async function procedureIdsOf(db: Db, regelingId: string): Promise<string[]> {
  const rows = await db.procedure.findMany({ where: { regelingId }, select: { id: true } });
  return rows.map((r) => r.id);
}
