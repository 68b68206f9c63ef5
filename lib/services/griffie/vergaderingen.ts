import { parse as parseCsv } from "csv-parse/sync";
import type { AuditEventType } from "@/lib/audit/catalogue";
import ICAL from "ical.js";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { ForbiddenError, authorize } from "@/lib/auth/permissions";
import { appendAudit, recordWrites } from "@/lib/services/audit";
import { recesSchema, vergaderingSchema } from "@/lib/validation/griffie/vergadering";
import { dbDate, fail, parseInput, type GriffieUser, type ServiceResult } from "./common";
import { isExistingDate } from "@/lib/validation/dates";

/**
 * The meeting calendar of the griffier's own raad (commissie and raad dates, recesses). The
 * forecast reads these meetings (lib/services/forecast.ts).
 */
async function ownRaad(db: Db, user: GriffieUser | null) {
  if (!user) return fail("U moet ingelogd zijn om dit te doen.");
  try {
    authorize(user, "vergadering.beheren", { gemeenteId: user.gemeenteId ?? "__geen__" });
  } catch (err) {
    if (err instanceof ForbiddenError) return fail(err.message);
    throw err;
  }
  const body = await db.body.findUnique({ where: { gemeenteId_kind: { gemeenteId: user.gemeenteId!, kind: "RAAD" } } });
  if (!body) return fail("Voor uw gemeente is geen gemeenteraad bekend.");
  return { ok: true as const, body, user };
}

const audit = (
  tx: Prisma.TransactionClient,
  user: GriffieUser,
  type: AuditEventType,
  subjectId: string,
  payload: unknown,
) =>
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

export async function addVergadering(db: Db, user: GriffieUser | null, raw: unknown): Promise<ServiceResult> {
  const parsed = parseInput(vergaderingSchema, raw);
  if (!parsed.ok) return parsed;
  const raad = await ownRaad(db, user);
  if (!raad.ok) return raad;
  const { kind, datum, titel } = parsed.data;
  const exists = await db.meeting.findUnique({
    where: { bodyId_kind_date: { bodyId: raad.body.id, kind, date: dbDate(datum) } },
  });
  if (exists)
    return fail("Deze vergadering staat al in de kalender.", {
      datum: "Op deze datum staat al een vergadering van deze soort.",
    });
  await db.$transaction(async (tx) => {
    const m = await tx.meeting.create({
      data: { bodyId: raad.body.id, kind, date: dbDate(datum), titel: titel || null, bron: "handmatig" },
    });
    recordWrites(tx, [{ table: "Meeting", id: m.id }]);
    await audit(tx, raad.user, "vergadering_toegevoegd", m.id, { kind, datum, titel });
  });
  return { ok: true };
}

export async function addReces(db: Db, user: GriffieUser | null, raw: unknown): Promise<ServiceResult> {
  const parsed = parseInput(recesSchema, raw);
  if (!parsed.ok) return parsed;
  const raad = await ownRaad(db, user);
  if (!raad.ok) return raad;
  const { label, van, tot } = parsed.data;
  await db.$transaction(async (tx) => {
    const r = await tx.recess.create({ data: { bodyId: raad.body.id, label, from: dbDate(van), to: dbDate(tot) } });
    recordWrites(tx, [{ table: "Recess", id: r.id }]);
    await audit(tx, raad.user, "reces_toegevoegd", r.id, { label, van, tot });
  });
  return { ok: true };
}

export interface ImportReport {
  imported: { datum: string; kind: "COMMISSIE" | "RAAD"; titel: string | null }[];
  skipped: { regel: string; reden: string }[];
}

type Candidate = { regel: string; datum?: string; kind?: "COMMISSIE" | "RAAD"; titel: string | null; reden?: string };

function kindOf(text: string): "COMMISSIE" | "RAAD" | undefined {
  const t = text.toLowerCase();
  if (t.includes("commissie")) return "COMMISSIE";
  if (t.includes("raad")) return "RAAD";
  return undefined;
}

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
  return Boolean(iso) && isExistingDate(iso!);
}

/**
 * The form's own rules (vergaderingSchema: date range, title length, no control characters) for an
 * imported line: a line that breaks them is skipped with the form's Dutch message as the reason.
 */
function checkedByForm(c: Candidate): Candidate {
  if (c.reden || !c.datum || !c.kind) return c;
  const parsed = vergaderingSchema.safeParse({ kind: c.kind, datum: c.datum, titel: c.titel ?? "" });
  if (!parsed.success) return { regel: c.regel, titel: null, reden: parsed.error.issues[0]?.message ?? "onvolledig" };
  return { regel: c.regel, datum: parsed.data.datum, kind: parsed.data.kind, titel: parsed.data.titel || null };
}

/** A file name as it may be stored: no NUL or other control characters, no unpaired surrogates. */
const storableName = (name: string) =>
  name
    .replace(/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "_")
    .slice(0, 200);

/** CSV with a header row: datum;soort;titel (comma or semicolon; dates as 2026-06-25 or 25-06-2026). */
function fromCsv(text: string): Candidate[] {
  const delimiter = (text.split("\n")[0].match(/;/g)?.length ?? 0) > 0 ? ";" : ",";
  const rows = parseCsv(text, {
    columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    bom: true,
  }) as Record<string, string>[];
  return rows.map((r, i) => {
    const regel = `regel ${i + 2}`;
    const datum = normaliseDate(r.datum ?? r.date ?? "");
    const kind = kindOf(r.soort ?? r.type ?? "");
    const titel = (r.titel ?? r.title ?? "").trim() || null;
    if (!validDate(datum)) return { regel, titel, reden: `onbekende datum "${r.datum ?? ""}"` };
    if (!kind) return { regel, titel, datum, reden: `soort "${r.soort ?? ""}" is geen commissie of raad` };
    return { regel, datum, kind, titel };
  });
}

/** iCalendar: each VEVENT with a start date; the soort follows from the summary ("commissie", "raad"). */
function fromIcs(text: string): Candidate[] {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return comp.getAllSubcomponents("vevent").map((v, i) => {
    const event = new ICAL.Event(v);
    const titel = event.summary?.trim() || null;
    // The report names the appointment by a short, printable part of its title (it may be hostile).
    const label = titel?.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").slice(0, 60);
    const regel = `afspraak ${i + 1}${label ? ` (${label}${titel!.length > 60 ? "…" : ""})` : ""}`;
    const start = event.startDate;
    if (!start) return { regel, titel, reden: "geen begindatum" };
    const datum = `${String(start.year).padStart(4, "0")}-${String(start.month).padStart(2, "0")}-${String(start.day).padStart(2, "0")}`;
    if (!validDate(datum)) return { regel, titel, reden: `onbekende datum "${datum}"` };
    const kind = kindOf(titel ?? "");
    if (!kind)
      return { regel, titel, datum, reden: "uit de titel blijkt niet of het een commissie- of raadsvergadering is" };
    return { regel, datum, kind, titel };
  });
}

/** Imports meetings from a CSV or iCalendar file; reports in Dutch what was imported and what was skipped. */
export async function importVergaderingen(
  db: Db,
  user: GriffieUser | null,
  file: { bestandsnaam: string; text: string } | null,
): Promise<ServiceResult<{ report: ImportReport }>> {
  const raad = await ownRaad(db, user);
  if (!raad.ok) return raad;
  if (!file?.text.trim())
    return fail("Kies een CSV- of iCalendar-bestand (.csv of .ics).", {
      bestand: "Kies een CSV- of iCalendar-bestand (.csv of .ics).",
    });
  if (file.text.length > 2_000_000)
    return fail("Het bestand is te groot (maximaal 2 MB).", { bestand: "Het bestand is te groot (maximaal 2 MB)." });
  // A NUL character means a binary file (PostgreSQL cannot store it in text either).
  if (file.text.includes("\u0000"))
    return fail(
      "Het bestand kon niet worden gelezen. Gebruik een CSV-bestand met de kolommen datum;soort;titel, of een iCalendar-bestand (.ics).",
      { bestand: "Het bestand kon niet worden gelezen." },
    );
  const bestandsnaam = storableName(file.bestandsnaam) || "bestand";
  let candidates: Candidate[];
  try {
    candidates = (/BEGIN:VCALENDAR/i.test(file.text.slice(0, 2000)) ? fromIcs(file.text) : fromCsv(file.text)).map(
      checkedByForm,
    );
  } catch {
    return fail(
      "Het bestand kon niet worden gelezen. Gebruik een CSV-bestand met de kolommen datum;soort;titel, of een iCalendar-bestand (.ics).",
      { bestand: "Het bestand kon niet worden gelezen." },
    );
  }
  const report: ImportReport = { imported: [], skipped: [] };
  const existing = new Set(
    (await db.meeting.findMany({ where: { bodyId: raad.body.id }, select: { kind: true, date: true } })).map(
      (m) => `${m.kind}|${m.date.toISOString().slice(0, 10)}`,
    ),
  );
  const bron = `import ${bestandsnaam.slice(0, 100)}`;
  await db.$transaction(async (tx) => {
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
        data: { bodyId: raad.body.id, kind: c.kind, date: dbDate(c.datum), titel: c.titel, bron },
      });
      recordWrites(tx, [{ table: "Meeting", id: m.id }]);
      report.imported.push({ datum: c.datum, kind: c.kind, titel: c.titel });
    }
    await audit(tx, raad.user, "vergaderingen_geimporteerd", raad.body.id, {
      bestand: bestandsnaam,
      geimporteerd: report.imported.length,
      overgeslagen: report.skipped.length,
    });
  });
  return { ok: true, report };
}

export async function loadKalender(db: Db, gemeenteId: string) {
  const body = await db.body.findUnique({
    where: { gemeenteId_kind: { gemeenteId, kind: "RAAD" } },
    include: { meetings: { orderBy: { date: "asc" } }, recesses: { orderBy: { from: "asc" } } },
  });
  return body;
}
