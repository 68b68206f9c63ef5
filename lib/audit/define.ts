import { z } from "zod";

/**
 * One kind of audit event: its Dutch label, the zod schema its payload must satisfy when it is
 * appended, and optionally a Dutch sentence about the payload for people (the audit view and CSV).
 * Without a sentence the payload is shown as a list of named fields (lib/audit/render.ts).
 */
export interface AuditEventDefinition {
  label: string;
  payload: z.ZodType;
  /** A Dutch sentence about a stored payload, or null when the payload does not fit the schema (older events). */
  describe?: (stored: unknown) => string | null;
}

/** Declares an event; the sentence gets the parsed payload, typed by the schema. */
export function defineEvent<S extends z.ZodType>(
  label: string,
  payload: S,
  describe?: (p: z.output<S>) => string,
): AuditEventDefinition {
  if (!describe) return { label, payload };
  return {
    label,
    payload,
    describe: (stored) => {
      const parsed = payload.safeParse(stored);
      return parsed.success ? describe(parsed.data) : null;
    },
  };
}

// ------------------------------------------------------------------ shared payload parts
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const id = z.string().min(1);
export const count = z.number().int().min(0);

/** lib/domain/decision.ts `Decision`: what every raad, college or BOSD decision records. */
export const decision = z.object({
  documentVersionId: id,
  decidedOn: isoDate,
  body: z.enum(["raad", "college", "bosd", "bestuur"]).optional(),
  meetingId: z.string().optional(),
  besluitnummer: z.string().optional(),
  votes: z
    .object({
      for: count,
      against: count,
      zittingHebbendeLeden: count.optional(),
      aanwezig: count.optional(),
      reconvenedArt20: z.boolean().optional(),
      withoutVote: z.boolean().optional(),
    })
    .optional(),
  signatures: z
    .object({
      voorzitter: z.boolean().optional(),
      griffier: z.boolean().optional(),
      delegationRecorded: z.boolean().optional(),
    })
    .optional(),
  note: z.string().optional(),
});
export type DecisionPayload = z.output<typeof decision>;

/** An agenda: the commissie and/or raad date. */
export const agenda = z.object({ commissieDate: isoDate.optional(), raadDate: isoDate.optional() });

// ------------------------------------------------------------------ Dutch wording helpers
const dutchDate = new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** "2026-03-01" → "1 maart 2026"; anything else unchanged. */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dutchDate.format(d);
}

export const votesText = (d: DecisionPayload) =>
  d.votes ? ` (${d.votes.for} stemmen voor, ${d.votes.against} tegen)` : "";

/** "besloten op 1 maart 2026 (20 stemmen voor, 3 tegen), besluitnummer 2026-12" */
export const decisionText = (d: DecisionPayload) =>
  `besloten op ${formatDate(d.decidedOn)}${votesText(d)}${d.besluitnummer ? `, besluitnummer ${d.besluitnummer}` : ""}`;

export function agendaText(a: z.output<typeof agenda>): string {
  const parts = [
    a.commissieDate ? `commissie op ${formatDate(a.commissieDate)}` : null,
    a.raadDate ? `raad op ${formatDate(a.raadDate)}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(", ") : "zonder datum";
}

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const dutchTimestamp = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  dateStyle: "long",
  timeStyle: "short",
});

/** An ISO timestamp in Dutch time ("8 december 2026 om 13:00"); anything else unchanged. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  return /^\d{4}-\d{2}-\d{2}T/.test(iso) && !Number.isNaN(d.getTime()) ? dutchTimestamp.format(d) : iso;
}

// ------------------------------------------------------------------ decision-event factories
// The raad's steps repeat across tracks (zienswijze, toestemming, beleidskader): one factory each.

/** "… is geagendeerd: commissie op …, raad op …." */
export const agendaEvent = (label: string, subject: string) =>
  defineEvent(label, z.object({ agenda }), (p) => `${subject} is geagendeerd: ${agendaText(p.agenda)}.`);

/** A decision with the sentence's opening: "De raad heeft toestemming verleend" + ", besloten op …". */
export const decisionEvent = (label: string, opening: string) =>
  defineEvent(label, z.object({ decision }), (p) => `${opening}, ${decisionText(p.decision)}.`);

/** A decision held over to a later meeting ("aangehouden"), with the expected date and reason. */
export const heldOverEvent = (label: string, subject: string) =>
  defineEvent(
    label,
    z.object({ decidedOn: isoDate, expectedDate: isoDate, reason: z.string().optional() }),
    (p) =>
      `${subject} is op ${formatDate(p.decidedOn)} aangehouden; verwacht op ${formatDate(p.expectedDate)}.${p.reason ? ` Reden: ${p.reason}` : ""}`,
  );

/** A document received on a date ("Het ontwerp is ontvangen op …"). */
export const receivedEvent = (label: string, subject: string) =>
  defineEvent(
    label,
    z.object({ receivedOn: isoDate, documentVersionId: id }),
    (p) => `${subject} is ontvangen op ${formatDate(p.receivedOn)}.`,
  );
