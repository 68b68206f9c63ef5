import type { Db } from "@/lib/db/client";
import { CENTRAL_REGISTER, CORRECTABLE_REGIONAL_STEPS, type GrProcedureState, type IsoDate } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import { loadGrProcedure } from "../gr-procedure-store";
import { registerOverview } from "./registers";

/** One recorded fact of a procedure, dated by its legal date (the day it happened, not the day it was entered). */
export interface ProcedureRecord {
  date: IsoDate;
  /** Stable within a procedure, for React keys and tests. */
  key: string;
  /** Dutch, B1: what happened. */
  text: string;
  /** Internal notes (the raadsledenoverleg's aantekeningen); only the secretariat sees them. */
  notes?: string;
}

export interface RegelingRecords {
  /** R15: the registers that list the regeling (label and date). */
  registers: { register: string; label: string; ingeschrevenOp: IsoDate; kenmerk: string | null }[];
  /** R14: the end of the regeling this one replaces. */
  replaced: { naam: string; endsOn: IsoDate } | null;
}

/**
 * The records of issue 20 point 12 and 9 (ontwerp sent per raad, voorgenomen collegebesluit,
 * publication details, toetreding/uittreding, raadsledenoverleg, registers, end of the replaced
 * regeling) as one dated list, oldest first. Pure: the public page and the secretariat's history read it.
 */
export function procedureRecords(state: GrProcedureState, regeling: RegelingRecords): ProcedureRecord[] {
  const names = new Map(state.participants.map((p) => [p.id, p.name]));
  for (const x of state.formerParticipants ?? []) names.set(x.participant.id, x.participant.name);
  const nameOf = (id: string) => names.get(id) ?? "een gemeente";
  const reg = state.regional;
  const out: ProcedureRecord[] = [];
  for (const [id, sentOn] of Object.entries(reg.ontwerpVerzonden ?? {}))
    out.push({
      date: sentOn,
      key: `verzonden-${id}`,
      text: `Het college van ${nameOf(id)} heeft het ontwerp aan de raad gezonden (Wgr artikel 1 lid 2).`,
    });
  for (const [i, c] of (reg.corrections ?? []).entries())
    out.push({
      date: c.correctedOn,
      key: `correctie-${i}`,
      text: `De datum van ${CORRECTABLE_REGIONAL_STEPS[c.step]}${
        c.participantId ? ` (${nameOf(c.participantId)})` : ""
      } is gecorrigeerd van ${formatDutchDate(c.from)} naar ${formatDutchDate(c.to)}. Reden: ${c.reason}`,
    });
  for (const [id, track] of Object.entries(state.collegeTracks)) {
    const v = track.voorgenomenBesluit;
    if (v)
      out.push({
        date: v.decidedOn,
        key: `voornemen-${id}`,
        text: `Het college van ${nameOf(id)} heeft het voorgenomen besluit genomen om aan de regeling deel te nemen${v.besluitnummer ? ` (besluitnummer ${v.besluitnummer})` : ""}.`,
      });
  }
  for (const [i, o] of (reg.raadsledenoverleggen ?? []).entries())
    out.push({
      date: o.heldOn,
      key: `overleg-${i}`,
      text: "Regionaal raadsledenoverleg (klankbord) over de regeling gehouden.",
      notes: o.notes,
    });
  for (const [i, m] of (reg.vergaderingen ?? []).entries())
    out.push({
      date: m.heldOn,
      key: `vergadering-${i}`,
      text:
        m.body === "raad"
          ? `De raad van ${nameOf(m.participantId ?? "")} heeft vergaderd met de regeling op de agenda.`
          : "Het BOSD heeft vergaderd met de regeling op de agenda.",
    });
  for (const [id, j] of Object.entries(state.joined ?? {}))
    out.push({ date: j.joinedOn, key: `toetreding-${id}`, text: `${nameOf(id)} is toegetreden. Reden: ${j.reason}` });
  for (const x of state.formerParticipants ?? [])
    out.push({
      date: x.leftOn,
      key: `uittreding-${x.participant.id}`,
      text: `${x.participant.name} is uitgetreden en telt niet meer mee. Reden: ${x.reason}`,
    });
  const b = reg.bekendmaking;
  if (b) {
    const where = b.publishingParticipantId ? ` in het Gemeenteblad van ${nameOf(b.publishingParticipantId)}` : "";
    const ref = b.reference ? ` (vindplaats ${b.reference})` : "";
    const inForce = b.plannedInForceOn
      ? ` De regeling treedt in werking op ${formatDutchDate(b.plannedInForceOn)}.`
      : "";
    out.push({
      date: b.publishedOn,
      key: "bekendmaking",
      text: `De regeling is bekendgemaakt${where}${ref}.${inForce}`,
    });
  }
  for (const r of regeling.registers)
    out.push({
      date: r.ingeschrevenOp,
      key: `register-${r.register}`,
      text: `De regeling is ingeschreven in ${registerName(r)}${r.kenmerk ? ` (kenmerk ${r.kenmerk})` : ""}.`,
    });
  if (regeling.replaced)
    out.push({
      date: regeling.replaced.endsOn,
      key: "einde-vervangen",
      text: `Laatste dag van de ${regeling.replaced.naam}, die door deze regeling wordt vervangen.`,
    });
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** "het centrale GR-register" or "het register gemeenschappelijke regelingen van Urk". */
const registerName = (r: { register: string; label: string }) =>
  r.register === CENTRAL_REGISTER
    ? "het centrale GR-register"
    : `het ${r.label.charAt(0).toLowerCase()}${r.label.slice(1)}`;

/** The procedure's records with the regeling's registers and the end of the regeling it replaces. */
export async function loadProcedureRecords(db: Db, procedureId: string): Promise<ProcedureRecord[]> {
  const loaded = await loadGrProcedure(db, procedureId);
  if (!loaded) return [];
  const regeling = await db.regeling.findUnique({
    where: { id: loaded.regelingId },
    select: { vervangt: { select: { naam: true, citeertitel: true, beeindigdOp: true } } },
  });
  const { recorded } = await registerOverview(db, loaded.regelingId);
  return procedureRecords(loaded.state, { registers: recorded, replaced: replacedOf(regeling?.vervangt) });
}

/** R14: the end of the regeling this one replaces, once its last day is known. */
export function replacedOf(
  old: { naam: string; citeertitel: string | null; beeindigdOp: Date | null } | null | undefined,
): RegelingRecords["replaced"] {
  return old?.beeindigdOp
    ? { naam: old.citeertitel ?? old.naam, endsOn: old.beeindigdOp.toISOString().slice(0, 10) }
    : null;
}
