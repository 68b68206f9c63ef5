import type { AuditEventType } from "@/lib/audit/catalogue";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { ConflictError, Refusal, defineCommand, type AuthorizedUser } from "@/lib/commands";
import { appendAudit, recordWrites } from "@/lib/services/audit";
import { readCsvRecords } from "@/lib/services/csv-records";
import {
  recesSchema,
  vergaderingAnnulerenSchema,
  vergaderingSchema,
  vergaderingWijzigenSchema,
  type VergaderingInput,
} from "@/lib/validation/griffie/vergadering";
import { dbDate } from "./common";
import { raadMeetingWarnings } from "./meeting-warnings";
import { isExistingDate } from "@/lib/validation/dates";
import { amsterdamInstant, kindOf, parseFeedEvents } from "@/lib/services/agenda-feeds/parse";

/** The griffier keeps the calendar of the own raad. */
const OWN_CALENDAR = { permission: "vergadering.beheren", target: "eigen-gemeente" } as const;

type Tx = Prisma.TransactionClient;

/**
 * The meeting calendar of the griffier's own raad (commissie and raad dates, recesses). The
 * forecast reads these meetings (lib/services/forecast.ts).
 */
async function ownRaad(tx: Tx, gemeenteId: string | null) {
  const body = gemeenteId
    ? await tx.body.findUnique({ where: { gemeenteId_kind: { gemeenteId, kind: "RAAD" } } })
    : null;
  if (!body) throw new Refusal("Voor uw gemeente is geen gemeenteraad bekend.");
  return body;
}

const audit = (tx: Tx, user: AuthorizedUser, type: AuditEventType, subjectId: string, payload: unknown) =>
  appendAudit(tx, [
    {
      type,
      actorId: user.id,
      actorRole: user.role,
      gemeenteId: user.gemeenteId,
      subjectKind: "vergaderkalender",
      subjectId,
      payload,
    },
  ]);

export const addVergadering = defineCommand({
  name: "addVergadering",
  input: vergaderingSchema,
  ...OWN_CALENDAR,
  async run({ tx, data, user }) {
    const { kind, datum } = data;
    const raad = await ownRaad(tx, user.gemeenteId);
    const exists = await tx.meeting.findUnique({
      where: { bodyId_kind_date: { bodyId: raad.id, kind, date: dbDate(datum) } },
    });
    if (exists)
      throw new Refusal("Deze vergadering staat al in de kalender.", {
        datum: "Op deze datum staat al een vergadering van deze soort.",
      });
    const m = await tx.meeting.create({
      data: { bodyId: raad.id, bron: "handmatig", ...meetingRow(data) },
    });
    recordWrites(tx, [{ table: "Meeting", id: m.id }]);
    await audit(tx, user, "vergadering_toegevoegd", m.id, meetingAuditPayload(data));
    return lateMeetingWarnings(tx, kind, raad.gemeenteId, datum);
  },
});

/** Issue 16: a raad meeting after a running zienswijzetermijn is saved, with a warning (not a refusal). */
async function lateMeetingWarnings(tx: Tx, kind: string, gemeenteId: string | null, datum: string) {
  const warnings = kind === "RAAD" && gemeenteId ? await raadMeetingWarnings(tx, gemeenteId, datum) : [];
  return warnings.length > 0 ? { warnings } : {};
}

/** Times typed in the form are Dutch local time (Europe/Amsterdam), stored as instants. */
const meetingTimes = (datum: string, aanvang: string, einde: string) => ({
  startsAt: aanvang ? amsterdamInstant(datum, aanvang) : null,
  endsAt: einde ? amsterdamInstant(datum, einde) : null,
});

/** The audit payload names only what was filled in. */
const optionalFields = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== ""));

type MeetingFields = Pick<VergaderingInput, "kind" | "datum" | "titel" | "aanvang" | "einde" | "locatie" | "agendaUrl">;

/** The meeting's columns as the add and the change form fill them in. */
const meetingRow = ({ kind, datum, titel, aanvang, einde, locatie, agendaUrl }: MeetingFields) => ({
  kind,
  date: dbDate(datum),
  titel: titel || null,
  ...meetingTimes(datum, aanvang, einde),
  locatie: locatie || null,
  agendaUrl: agendaUrl || null,
});

/** The audit payload of an added or changed meeting. */
const meetingAuditPayload = ({ kind, datum, titel, aanvang, einde, locatie, agendaUrl }: MeetingFields) => ({
  kind,
  datum,
  titel,
  ...optionalFields({ aanvang, einde, locatie, agendaUrl }),
});

const MEETING_CHANGED =
  "Iemand anders heeft deze vergadering net gewijzigd. Laad de pagina opnieuw en probeer het nog eens.";

/** A meeting of the own raad, still in the calendar; anything else is refused in Dutch. */
async function ownMeeting(tx: Tx, user: AuthorizedUser, meetingId: string) {
  const raad = await ownRaad(tx, user.gemeenteId);
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting || meeting.bodyId !== raad.id)
    throw new Refusal("Deze vergadering staat niet in de kalender van uw raad. Laad de pagina opnieuw.");
  if (meeting.cancelledAt) throw new Refusal("Deze vergadering is al geannuleerd.");
  return { raad, meeting };
}

/**
 * Changes a meeting of the own raad (date, soort, title, times, location, agenda link). The
 * sequence grows, so calendar clients replace their copy (iCalendar SEQUENCE).
 */
export const updateVergadering = defineCommand({
  name: "updateVergadering",
  input: vergaderingWijzigenSchema,
  ...OWN_CALENDAR,
  async run({ tx, data, user }) {
    const { meetingId, expectedSequence, kind, datum } = data;
    const { raad, meeting } = await ownMeeting(tx, user, meetingId);
    if (meeting.sequence !== Number(expectedSequence)) throw new ConflictError(MEETING_CHANGED);
    const clash = await tx.meeting.findUnique({
      where: { bodyId_kind_date: { bodyId: raad.id, kind, date: dbDate(datum) } },
    });
    if (clash && clash.id !== meeting.id)
      throw new Refusal("Deze vergadering staat al in de kalender.", {
        datum: "Op deze datum staat al een vergadering van deze soort.",
      });
    const updated = await tx.meeting.updateMany({
      where: { id: meeting.id, sequence: meeting.sequence },
      data: { ...meetingRow(data), sequence: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(MEETING_CHANGED);
    recordWrites(tx, [{ table: "Meeting", id: meeting.id }]);
    await audit(tx, user, "vergadering_gewijzigd", meeting.id, meetingAuditPayload(data));
    return lateMeetingWarnings(tx, kind, raad.gemeenteId, datum);
  },
});

/**
 * Takes a meeting off the calendar: it is marked cancelled (kept for the record and for the
 * besluiten that point at it), never deleted; it leaves the public pages, feeds and the prognose.
 */
export const cancelVergadering = defineCommand({
  name: "cancelVergadering",
  input: vergaderingAnnulerenSchema,
  ...OWN_CALENDAR,
  async run({ tx, data: { meetingId }, user, now }) {
    const { meeting } = await ownMeeting(tx, user, meetingId);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { cancelledAt: now, sequence: { increment: 1 } },
    });
    recordWrites(tx, [{ table: "Meeting", id: meeting.id }]);
    await audit(tx, user, "vergadering_geannuleerd", meeting.id, {
      kind: meeting.kind,
      datum: meeting.date.toISOString().slice(0, 10),
      ...(meeting.titel ? { titel: meeting.titel } : {}),
    });
    return {};
  },
});

export const addReces = defineCommand({
  name: "addReces",
  input: recesSchema,
  ...OWN_CALENDAR,
  async run({ tx, data: { label, van, tot }, user }) {
    const raad = await ownRaad(tx, user.gemeenteId);
    const r = await tx.recess.create({ data: { bodyId: raad.id, label, from: dbDate(van), to: dbDate(tot) } });
    recordWrites(tx, [{ table: "Recess", id: r.id }]);
    await audit(tx, user, "reces_toegevoegd", r.id, { label, van, tot });
    return {};
  },
});

export interface ImportReport {
  imported: { datum: string; kind: "COMMISSIE" | "RAAD"; titel: string | null }[];
  skipped: { regel: string; reden: string }[];
}

type Candidate = {
  regel: string;
  datum?: string;
  kind?: "COMMISSIE" | "RAAD";
  titel: string | null;
  reden?: string;
  startsAt?: Date | null;
  endsAt?: Date | null;
  locatie?: string | null;
  /** A time as written in a CSV file ("19:30"), checked by the form's rules. */
  aanvang?: string;
  einde?: string;
};

function normaliseDate(v: string): string | undefined {
  const s = v.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return undefined;
}

// An impossible date (2026-13-45, 0000-01-01) is one skipped line, not an unreadable file.
function validDate(iso: string | undefined): iso is string {
  return iso !== undefined && isExistingDate(iso);
}

/**
 * The form's own rules (vergaderingSchema: date range, title length, no control characters) for an
 * imported line: a line that breaks them is skipped with the form's Dutch message as the reason.
 */
function checkedByForm(c: Candidate): Candidate {
  if (c.reden || !c.datum || !c.kind) return c;
  const parsed = vergaderingSchema.safeParse({
    kind: c.kind,
    datum: c.datum,
    titel: c.titel ?? "",
    aanvang: c.aanvang ?? "",
    einde: c.einde ?? "",
  });
  if (!parsed.success) return { regel: c.regel, titel: null, reden: parsed.error.issues[0]?.message ?? "onvolledig" };
  const { datum, kind, titel, aanvang, einde } = parsed.data;
  return {
    regel: c.regel,
    datum,
    kind,
    titel: titel || null,
    locatie: c.locatie ?? null,
    startsAt: aanvang ? amsterdamInstant(datum, aanvang) : (c.startsAt ?? null),
    endsAt: einde ? amsterdamInstant(datum, einde) : (c.endsAt ?? null),
  };
}

/** A file name as it may be stored: no NUL or other control characters, no unpaired surrogates. */
const storableName = (name: string) =>
  name
    .replace(/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "_")
    .slice(0, 200);

/**
 * CSV with a header row: datum;soort;titel, optionally aanvang;einde (19:30) and locatie (comma or
 * semicolon; dates as 2026-06-25 or 25-06-2026).
 */
function fromCsv(text: string): Candidate[] {
  const rows = readCsvRecords(text);
  return rows.map((r, i) => {
    const regel = `regel ${i + 2}`;
    const datum = normaliseDate(r.datum ?? r.date ?? "");
    const kind = kindOf(r.soort ?? r.type ?? "");
    const titel = (r.titel ?? r.title ?? "").trim() || null;
    if (!validDate(datum)) return { regel, titel, reden: `onbekende datum "${r.datum ?? ""}"` };
    if (!kind) return { regel, titel, datum, reden: `soort "${r.soort ?? ""}" is geen commissie of raad` };
    const locatie = (r.locatie ?? r.location ?? "").trim() || null;
    return { regel, datum, kind, titel, aanvang: r.aanvang ?? "", einde: r.einde ?? "", locatie };
  });
}

/**
 * iCalendar: each VEVENT with a start; the soort follows from the summary ("commissie", "raad"). A
 * timed event lands on its Amsterdam date (00:15 there is 23:15 UTC the day before) and keeps its times.
 */
function fromIcs(text: string): Candidate[] {
  return parseFeedEvents(text).map((e) => {
    const { titel } = e;
    // The report names the appointment by a short, printable part of its title (it may be hostile).
    const label = titel?.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").slice(0, 60);
    const regel = `afspraak ${e.index}${label ? ` (${label}${(titel?.length ?? 0) > 60 ? "…" : ""})` : ""}`;
    if (!e.datum) return { regel, titel, reden: "geen begindatum" };
    if (!validDate(e.datum)) return { regel, titel, reden: `onbekende datum "${e.datum}"` };
    const kind = kindOf(titel ?? "");
    if (!kind)
      return {
        regel,
        titel,
        datum: e.datum,
        reden: "uit de titel blijkt niet of het een commissie- of raadsvergadering is",
      };
    return { regel, datum: e.datum, kind, titel, startsAt: e.startsAt, endsAt: e.endsAt, locatie: e.locatie };
  });
}

const UNREADABLE_FILE = "Het bestand kon niet worden gelezen.";
const refuseUnreadable = () =>
  new Refusal(
    "Het bestand kon niet worden gelezen. Gebruik een CSV-bestand met de kolommen datum;soort;titel, of een iCalendar-bestand (.ics).",
    { bestand: UNREADABLE_FILE },
  );

/** The uploaded file as text; the form sends nothing when no file was chosen. */
export const vergaderImportSchema = z.object({
  bestandsnaam: z.string().default(""),
  text: z.string().default(""),
});

function readCandidates(text: string): Candidate[] {
  if (!text.trim())
    throw new Refusal("Kies een CSV- of iCalendar-bestand (.csv of .ics).", {
      bestand: "Kies een CSV- of iCalendar-bestand (.csv of .ics).",
    });
  if (text.length > 2_000_000)
    throw new Refusal("Het bestand is te groot (maximaal 2 MB).", {
      bestand: "Het bestand is te groot (maximaal 2 MB).",
    });
  // A NUL character means a binary file (PostgreSQL cannot store it in text either).
  if (text.includes("\u0000")) throw refuseUnreadable();
  try {
    return (/BEGIN:VCALENDAR/i.test(text.slice(0, 2000)) ? fromIcs(text) : fromCsv(text)).map(checkedByForm);
  } catch {
    throw refuseUnreadable();
  }
}

/** Imports meetings from a CSV or iCalendar file; reports in Dutch what was imported and what was skipped. */
export const importVergaderingen = defineCommand({
  name: "importVergaderingen",
  input: vergaderImportSchema,
  ...OWN_CALENDAR,
  async run({ tx, data: file, user }) {
    const raad = await ownRaad(tx, user.gemeenteId);
    const candidates = readCandidates(file.text);
    const bestandsnaam = storableName(file.bestandsnaam) || "bestand";
    const report: ImportReport = { imported: [], skipped: [] };
    const existing = new Set(
      (await tx.meeting.findMany({ where: { bodyId: raad.id }, select: { kind: true, date: true } })).map(
        (m) => `${m.kind}|${m.date.toISOString().slice(0, 10)}`,
      ),
    );
    const bron = `import ${bestandsnaam.slice(0, 100)}`;
    for (const c of candidates) {
      if (c.reden || !c.datum || !c.kind) {
        report.skipped.push({ regel: c.regel, reden: c.reden ?? "onvolledig" });
        continue;
      }
      const key = `${c.kind}|${c.datum}`;
      if (existing.has(key)) {
        report.skipped.push({ regel: c.regel, reden: "staat al in de kalender" });
        continue;
      }
      existing.add(key);
      const m = await tx.meeting.create({
        data: {
          bodyId: raad.id,
          kind: c.kind,
          date: dbDate(c.datum),
          titel: c.titel,
          bron,
          startsAt: c.startsAt ?? null,
          endsAt: c.endsAt ?? null,
          locatie: c.locatie ?? null,
        },
      });
      recordWrites(tx, [{ table: "Meeting", id: m.id }]);
      report.imported.push({ datum: c.datum, kind: c.kind, titel: c.titel });
    }
    await audit(tx, user, "vergaderingen_geimporteerd", raad.id, {
      bestand: bestandsnaam,
      geimporteerd: report.imported.length,
      overgeslagen: report.skipped.length,
    });
    return { report };
  },
});

export async function loadKalender(db: Db, gemeenteId: string) {
  const body = await db.body.findUnique({
    where: { gemeenteId_kind: { gemeenteId, kind: "RAAD" } },
    include: {
      meetings: { orderBy: { date: "asc" } },
      recesses: { orderBy: { from: "asc" } },
      agendaFeed: { select: { url: true, lastFetchedAt: true, lastStatus: true, lastError: true, lastChanges: true } },
    },
  });
  return body;
}
