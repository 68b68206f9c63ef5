/**
 * The only place where a scenario changes state. Every step goes through the same service the UI
 * and the API call (schema → authorization → domain → one transaction with its audit event and
 * extra rows), as a real user of the demo data, so scenario data is what those doors leave behind.
 * Every step runs through the command runner (lib/commands).
 */
import type { Db } from "@/lib/db/client";
import type { RoleName } from "@/lib/auth/roles";
import type { Upload } from "@/lib/storage/files";
import { runCommand } from "@/lib/commands";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { startProcedure } from "@/lib/services/beheer/procedure";
import {
  recordAgendering,
  recordGeenZienswijze,
  recordOntvangst,
  recordToestemming,
} from "@/lib/services/griffie/raadsbesluiten";
import { adoptZienswijze, saveZienswijzeConcept } from "@/lib/services/griffie/zienswijze";

export interface ScenarioUser {
  id: string;
  role: RoleName;
  gemeenteId: string | null;
}

/** A setup step that is refused is a broken scenario: stop with the door's own Dutch reason. */
function must<T extends { ok: boolean }>(what: string, res: T): Extract<T, { ok: true }> {
  if (!res.ok) {
    const { message, fieldErrors } = res as { message?: string; fieldErrors?: Record<string, string> };
    throw new Error(`scenario: ${what} geweigerd: ${message ?? "?"} ${JSON.stringify(fieldErrors ?? {})}`);
  }
  return res as Extract<T, { ok: true }>;
}

export async function regionalStep(db: Db, user: ScenarioUser, input: Record<string, unknown>, now?: Date) {
  must(`regionale stap ${String(input.step)}`, await runCommand(db, user, recordRegionalStep, input, { now }));
}

/** The version of a raad track, as the griffie's forms send it back (versions per track). */
export async function trackVersion(db: Db, procedureId: string, participantId: string): Promise<string> {
  const track = await db.track.findUniqueOrThrow({
    where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
    select: { version: true },
  });
  return String(track.version);
}

export async function ontvangst(
  db: Db,
  user: ScenarioUser,
  input: { procedureId: string; participantId: string; stap: "ontwerp" | "toestemmingsvoorstel"; ontvangenOp: string },
) {
  const expectedVersion = await trackVersion(db, input.procedureId, input.participantId);
  must(`ontvangst ${input.stap}`, await runCommand(db, user, recordOntvangst, { ...input, expectedVersion }));
}

/** The fields of a raadsbesluit as the griffie's form sends them (moties optional). */
export interface BesluitFields {
  besluitdatum: string;
  besluitnummer: string;
  stemmenVoor: string;
  stemmenTegen: string;
  zittingHebbendeLeden?: string;
  aanwezig?: string;
  moties?: { soort: string; titel: string; indiener: string; uitkomst: string }[];
}

const besluitRaw = (b: BesluitFields) => ({ zittingHebbendeLeden: "", aanwezig: "", moties: [], ...b });

export async function geenZienswijze(
  db: Db,
  user: ScenarioUser,
  input: { procedureId: string; participantId: string } & BesluitFields,
  pdf: Upload,
) {
  const expectedVersion = await trackVersion(db, input.procedureId, input.participantId);
  const raw = { ...besluitRaw(input), expectedVersion };
  must("geen zienswijze", await runCommand(db, user, recordGeenZienswijze, raw, { upload: pdf }));
}

export interface ZienswijzePointInput {
  onderwerp: string;
  tekst: string;
  articleId?: string;
}

/** A concept-zienswijze with these points (the griffie's editor); returns its id. */
export async function zienswijzeConcept(
  db: Db,
  user: ScenarioUser,
  input: { procedureId: string; participantId: string; points: ZienswijzePointInput[] },
): Promise<string> {
  const points = input.points.map((p) => ({ articleId: "", ...p }));
  const raw = { ...input, points, zienswijzeId: "", conceptVersion: "" };
  return must("concept-zienswijze", await runCommand(db, user, saveZienswijzeConcept, raw)).zienswijzeId;
}

/** The raad adopted the concept-zienswijze `zienswijzeId` (with its besluit and PDF). */
export async function zienswijzeVastgesteld(
  db: Db,
  user: ScenarioUser,
  input: { procedureId: string; participantId: string; zienswijzeId: string } & BesluitFields,
  pdf: Upload,
) {
  const { procedureId, participantId, zienswijzeId, ...besluit } = input;
  const expectedVersion = await trackVersion(db, procedureId, participantId);
  const zw = await db.zienswijze.findUniqueOrThrow({ where: { id: zienswijzeId }, select: { version: true } });
  const raw = { ...besluitRaw(besluit), zienswijzeId, conceptVersion: String(zw.version), expectedVersion };
  must("zienswijze vastgesteld", await runCommand(db, user, adoptZienswijze, raw, { upload: pdf }));
}

export async function newVersion(db: Db, user: ScenarioUser, input: Record<string, unknown>): Promise<string> {
  return must("nieuwe versie", await runCommand(db, user, publishVersion, input)).versionId;
}

export async function agendering(
  db: Db,
  user: ScenarioUser,
  input: {
    procedureId: string;
    participantId: string;
    stap: "zienswijze" | "toestemming";
    raadDatum: string;
    commissieDatum?: string;
  },
) {
  const expectedVersion = await trackVersion(db, input.procedureId, input.participantId);
  const raw = { commissieDatum: "", ...input, expectedVersion };
  must(`agendering ${input.stap}`, await runCommand(db, user, recordAgendering, raw));
}

export async function toestemmingVerleend(
  db: Db,
  user: ScenarioUser,
  input: { procedureId: string; participantId: string; documentVersionId: string } & BesluitFields,
  pdf: Upload,
) {
  const expectedVersion = await trackVersion(db, input.procedureId, input.participantId);
  const raw = {
    ...besluitRaw(input),
    expectedVersion,
    uitkomst: "VERLEEND",
    weigeringsgrond: "",
    motivering: "",
    verwachteDatum: "",
  };
  must("toestemming", await runCommand(db, user, recordToestemming, raw, { upload: pdf }));
}

/** Start a procedure (with its document and a track per party) as beheer does. */
export async function procedureStart(
  db: Db,
  user: ScenarioUser,
  input: { regelingId: string; kind: string; titel: string; documentId?: string },
): Promise<{ procedureId: string; documentId: string }> {
  return must(`procedure ${input.kind} starten`, await runCommand(db, user, startProcedure, input));
}
