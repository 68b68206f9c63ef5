import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import { todayInNetherlands as todayNl } from "@/lib/domain";
import { appendLegacyAudit } from "../helpers/legacy-audit";
import { must } from "../helpers/must";

export type TestDb = Awaited<ReturnType<typeof openTestDb>>;
export const REGELING = "gr-sociaal-domein-flevoland";
/** Text that only occurs in drafts and internal notes: it must never reach a public page, feed or API. */
export const SECRET = "GEHEIM-CONCEPT-7Q";
export const SECRET_NOTE = "INTERNE-NOTITIE-9Z";

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A seeded database plus the rows the seed does not contain (the sources report no decisions):
 * the zienswijzeprocedure opened and Urk's raad received the ontwerp today (a statutory deadline),
 * a raadsvergadering and a Deadline row in the future, a besluit with votes and moties, a
 * VASTGESTELD zienswijze with answered points for Urk, and a CONCEPT zienswijze and an internal
 * audit note for Almere that must never appear publicly. The app's getPrisma() is pointed at it.
 */
export async function openPublicFixture() {
  const db = await openTestDb();
  await seedFlevoland(db.prisma);
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
  const prisma = db.prisma;
  const today = todayNl();
  const proc = await prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: { include: { articles: true } } } } },
  });
  const version = proc.document.versions[0];
  const participants = await prisma.participant.findMany({
    where: { regeling: { slug: REGELING } },
    include: { gemeente: true },
  });
  const urk = must(
    participants.find((p) => p.gemeente.slug === "urk"),
    "participants.find(…)",
  );
  const almere = must(
    participants.find((p) => p.gemeente.slug === "almere"),
    "participants.find(…)",
  );
  // Through the real doors: the secretariat's regional steps, Urk's griffie registers the receipt.
  const gr = await scenario(prisma).regeling(REGELING).through("zienswijzeprocedure_geopend");
  await gr.ontvangen("urk", today);

  const raadUrk = await prisma.body.findFirstOrThrow({ where: { gemeenteId: urk.gemeenteId, kind: "RAAD" } });
  const raadAlmere = await prisma.body.findFirstOrThrow({ where: { gemeenteId: almere.gemeenteId, kind: "RAAD" } });
  const meeting = await prisma.meeting.create({
    data: {
      bodyId: raadUrk.id,
      kind: "RAAD",
      date: day(addDays(today, 21)),
      titel: "Raadsvergadering Urk",
      locatie: "Raadhuis Urk",
    },
  });
  const deadline = await prisma.deadline.create({
    data: {
      procedureId: proc.id,
      kind: "AGREED",
      label: "Ondertekening door alle colleges",
      dueOn: day(addDays(today, 30)),
      trace: { start: today, period: "P30D", kind: "agreed", end: addDays(today, 30), extensions: [], notes: [] },
      grondslag: "Planning regio",
    },
  });
  const besluit = await prisma.besluit.create({
    data: {
      procedureId: proc.id,
      participantId: urk.id,
      bodyId: raadUrk.id,
      meetingId: null,
      documentVersionId: version.id,
      type: "ZIENSWIJZE",
      uitkomst: "AANGENOMEN",
      besluitdatum: day(today),
      besluitnummer: "RB-2026-017",
      zittingHebbendeLeden: 17,
      aanwezig: 15,
      stemmenVoor: 12,
      stemmenTegen: 3,
      moties: {
        create: [
          {
            soort: "MOTIE",
            titel: "Grip op regionale kosten",
            indiener: "Fractie ChristenUnie",
            uitkomst: "AANGENOMEN",
            stemmenVoor: 10,
            stemmenTegen: 5,
          },
        ],
      },
    },
  });
  const article = version.articles[0];
  const vastgesteld = await prisma.zienswijze.create({
    data: {
      procedureId: proc.id,
      participantId: urk.id,
      documentVersionId: version.id,
      status: "VASTGESTELD",
      besluitId: besluit.id,
      points: {
        create: [
          {
            nummer: 1,
            onderwerp: "Financiële verdeelsleutel",
            articleId: article?.id ?? null,
            tekst: "Leg de verdeelsleutel vast in de regeling.",
            antwoord: "De verdeelsleutel komt in de bijlage.",
            disposition: "DEELS_OVERGENOMEN",
          },
          { nummer: 2, onderwerp: "Informatie aan de raden", tekst: "Informeer de raden elk kwartaal." },
        ],
      },
    },
  });
  const concept = await prisma.zienswijze.create({
    data: {
      procedureId: proc.id,
      participantId: almere.id,
      documentVersionId: version.id,
      status: "CONCEPT",
      points: { create: [{ nummer: 1, onderwerp: SECRET, tekst: `${SECRET} — nog niet besproken in de raad.` }] },
    },
  });
  // Internal notes in the audit trail: a draft event for Almere, and a public event type whose reason is internal.
  await prisma.$transaction(async (tx) => {
    await appendLegacyAudit(tx, [
      {
        type: "zienswijze_concept_opgeslagen",
        actorId: "u-griffier-almere",
        actorRole: "GRIFFIER",
        gemeenteId: almere.gemeenteId,
        subjectKind: "zienswijze",
        subjectId: concept.id,
        payload: { tekst: SECRET },
        reason: SECRET_NOTE,
      },
      {
        type: "notitie",
        actorId: "u-griffier-urk",
        actorRole: "GRIFFIER",
        gemeenteId: urk.gemeenteId,
        subjectKind: "raad_track",
        subjectId: `${proc.id}:raad:${urk.id}`,
        payload: { notitie: SECRET_NOTE },
      },
    ]);
  });
  return {
    db,
    prisma,
    gr,
    today,
    proc,
    version,
    urk,
    almere,
    raadUrk,
    raadAlmere,
    meeting,
    deadline,
    besluit,
    vastgesteld,
    concept,
    addDays,
  };
}
export type PublicFixture = Awaited<ReturnType<typeof openPublicFixture>>;
