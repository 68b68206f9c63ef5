import type { ActionName } from "@/lib/actions/handlers";
import { loadNota } from "@/lib/services/nota";
import { PDF_BYTES, UNSUBSCRIBE_TOKEN, formData, type AuthzFixture } from "./fixture";

export type Gemeente = "urk" | "almere";

const besluit = (n: number) => ({
  besluitdatum: "2026-06-25",
  besluitnummer: `RB-${n}`,
  stemmenVoor: "11",
  stemmenTegen: "4",
  zittingHebbendeLeden: "15",
  aanwezig: "15",
  moties: [{ soort: "MOTIE", titel: "Lokale toegang", indiener: "ChristenUnie", uitkomst: "AANGENOMEN" }],
});
const pdf = { name: "raadsbesluit.pdf", bytes: PDF_BYTES };
/** The secretariat's and college's forms: the values as JSON plus the version the form saw. */
const versioned = (invoer: unknown, version: number) => {
  const fd = formData(invoer);
  fd.set("expectedVersion", String(version));
  return fd;
};
/** A distinct valid date per call, so an allowed call is never refused as a duplicate of the previous one. */
const dateOf = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const regioId = async (f: AuthzFixture) =>
  (await f.prisma.regio.findFirstOrThrow({ where: { slug: "sociaal-domein-flevoland" } })).id;

/** A user (one per target gemeente) whose role and status the user-management actions change. */
const doelGebruiker = (f: AuthzFixture, g: Gemeente) =>
  f.prisma.user.upsert({
    where: { email: `authz-doel-${g}@example.nl` },
    create: {
      email: `authz-doel-${g}@example.nl`,
      naam: "Doel",
      role: "RAADSLID",
      gemeenteId: f.targets[g].gemeenteId,
    },
    update: {},
  });

/** A meeting of the gemeente's raad on that date (created once), for the edit and cancel actions. */
async function meetingOf(f: AuthzFixture, gemeenteId: string, datum: string) {
  const body = await f.prisma.body.findUniqueOrThrow({ where: { gemeenteId_kind: { gemeenteId, kind: "RAAD" } } });
  const date = new Date(`${datum}T00:00:00.000Z`);
  return f.prisma.meeting.upsert({
    where: { bodyId_kind_date: { bodyId: body.id, kind: "RAAD", date } },
    create: { bodyId: body.id, kind: "RAAD", date, bron: "test" },
    update: {},
  });
}

/**
 * A valid call of every server action aimed at a gemeente: the arguments after the context, as
 * the form sends them. Valid, so that the only possible refusals are authorization and the domain.
 */
export async function validArgs(f: AuthzFixture, action: ActionName, g: Gemeente, n: number): Promise<unknown[]> {
  const t = f.targets[g];
  // The own raad track's version: what the griffie forms send back.
  const procVersion = (
    await f.prisma.track.findUniqueOrThrow({
      where: {
        procedureId_participantId_kind: { procedureId: f.procedureId, participantId: t.participantId, kind: "RAAD" },
      },
    })
  ).version;
  const common = { procedureId: f.procedureId, participantId: t.participantId, expectedVersion: String(procVersion) };
  const bkVersion = async () =>
    String(
      (
        await f.prisma.track.findUniqueOrThrow({
          where: {
            procedureId_participantId_kind: {
              procedureId: f.bkProcedureId,
              participantId: t.bkParticipantId,
              kind: "RAAD",
            },
          },
        })
      ).version,
    );
  switch (action) {
    case "ontvangstAction":
      return [formData({ ...common, stap: "ontwerp", ontvangenOp: "2026-05-12" })];
    case "agenderingAction":
      return [formData({ ...common, stap: "zienswijze", commissieDatum: "", raadDatum: dateOf(n) })];
    case "conceptAction":
      return [
        formData({
          procedureId: f.procedureId,
          participantId: t.participantId,
          zienswijzeId: "",
          conceptVersion: "",
          points: [{ onderwerp: "Kosten", articleId: "", tekst: "Graag lager." }],
        }),
      ];
    case "vaststellenAction":
      return [
        formData(
          { zienswijzeId: t.zienswijzeId, expectedVersion: String(procVersion), conceptVersion: "0", ...besluit(n) },
          pdf,
        ),
      ];
    case "indienenAction":
      return [formData({ zienswijzeId: t.zienswijzeId, ingediendOp: "2026-06-30" })];
    case "geenZienswijzeAction":
      return [formData({ ...common, ...besluit(n) }, pdf)];
    case "toestemmingAction":
      return [
        formData(
          {
            ...common,
            documentVersionId: f.versionId,
            uitkomst: "VERLEEND",
            weigeringsgrond: "",
            motivering: "",
            verwachteDatum: "",
            ...besluit(n),
          },
          pdf,
        ),
      ];
    case "correctieAction":
      return [formData({ besluitId: t.besluitId, reden: "Verkeerd besluitnummer", ...besluit(n) })];
    case "beleidskaderStapAction":
      return [
        formData({
          procedureId: f.bkProcedureId,
          participantId: t.bkParticipantId,
          expectedVersion: await bkVersion(),
          stap: "aangeboden",
          datum: "2026-09-01",
        }),
      ];
    case "beleidskaderBesluitAction":
      return [
        formData(
          {
            procedureId: f.bkProcedureId,
            participantId: t.bkParticipantId,
            expectedVersion: await bkVersion(),
            uitkomst: "VASTGESTELD",
            ...besluit(n),
          },
          pdf,
        ),
      ];
    case "vergaderingAction":
      return [formData({ kind: "RAAD", datum: dateOf(n), titel: "Raadsvergadering" })];
    case "vergaderingWijzigenAction": {
      const m = await meetingOf(f, t.gemeenteId, dateOf(n + 700));
      return [
        formData({
          meetingId: m.id,
          expectedSequence: String(m.sequence),
          kind: "RAAD",
          datum: dateOf(n + 700),
          titel: "Gewijzigd",
        }),
      ];
    }
    case "vergaderingAnnulerenAction":
      return [formData({ meetingId: (await meetingOf(f, t.gemeenteId, dateOf(n + 900))).id })];
    case "recesAction":
      return [formData({ label: `Reces ${n}`, van: dateOf(n), tot: dateOf(n + 1) })];
    case "agendaFeedAction":
      return [formData({ gemeenteId: t.gemeenteId, url: `https://agenda.example.nl/raad-${n}.ics` })];
    case "importAction": {
      const fd = new FormData();
      fd.set(
        "bestand",
        new File([`datum;soort;titel\n${dateOf(n + 500)};raad;Geïmporteerd\n`], "kalender.csv", { type: "text/csv" }),
      );
      return [fd];
    }
    case "answerPointAction":
      return [
        formData({ pointId: t.pointId, antwoord: `Antwoord ${n}`, disposition: "OVERGENOMEN", changedArticleId: "" }),
      ];
    case "answerNotaAction": {
      const { basis } = await loadNota(f.prisma, f.procedureId);
      const answers = [
        { pointId: t.pointId, antwoord: `Antwoord in de nota ${n}`, disposition: "OVERGENOMEN", changedArticleId: "" },
      ];
      return [formData({ procedureId: f.procedureId, basis, answers })];
    }
    case "regionalStepAction":
      return [
        versioned(
          { step: "zienswijzeprocedure_gesloten", procedureId: f.procedureId, date: "2026-07-01", bevestigd: true },
          procVersion,
        ),
      ];
    case "ontwerpVerzondenAction":
      return [versioned({ procedureId: f.procedureId, participantIds: "alle", date: "2026-07-01" }, procVersion)];
    case "correctRegionalStepAction":
      return [
        versioned(
          {
            procedureId: f.procedureId,
            step: "zienswijzeprocedure_geopend",
            date: "2026-03-01",
            reason: `Reden ${n}`,
          },
          procVersion,
        ),
      ];
    case "deelnemerWijzigingAction":
      return [
        versioned(
          {
            procedureId: f.procedureId,
            change: "uittreding",
            participantId: t.participantId,
            date: "2026-07-01",
            reason: `Reden ${n}`,
          },
          procVersion,
        ),
      ];
    case "plannedStepAction":
      return [
        versioned(
          { change: "plannen", procedureId: f.procedureId, plannedOn: "2030-01-01", legalBasis: `Grondslag ${n}` },
          0,
        ),
      ];
    case "raadsledenoverlegAction":
      return [versioned({ procedureId: f.procedureId, date: "2026-07-01", notes: `Klankbord ${n}` }, procVersion)];
    case "publishVersionAction":
      return [
        formData({
          documentId: f.documentId,
          label: `Versie ${n}`,
          status: "CONCEPT",
          articles: [{ key: "art-1", nummer: "1", titel: "Begrippen", tekst: "In deze regeling wordt verstaan…" }],
        }),
      ];
    case "collegeStepAction":
    case "collegeWerkruimteStapAction":
      return [
        versioned(
          {
            step: n % 2 ? "ondertekend" : "collegebesluit_genomen",
            procedureId: f.procedureId,
            participantId: t.participantId,
            date: "2026-12-01",
          },
          procVersion,
        ),
      ];
    case "dvhStartAction":
    case "dvhBosdAction":
    case "dvhCollegeAction":
    case "dvhRaadAction": {
      // The seed's Dienstverleningshandvest actualisatie (same regeling, so the same participants).
      const dvh = await f.prisma.procedure.findFirstOrThrow({ where: { kind: "DVH_ACTUALISEREN" } });
      const invoer =
        action === "dvhStartAction"
          ? {
              procedureId: dvh.id,
              label: `Handvest ${n}`,
              status: "CONCEPT",
              text: "Artikel 1 – Taken\nInkoop.",
              createdOn: "2026-11-01",
            }
          : action === "dvhBosdAction"
            ? { procedureId: dvh.id, decidedOn: "2026-11-05" }
            : action === "dvhCollegeAction"
              ? { procedureId: dvh.id, participantId: t.participantId, decidedOn: "2026-11-10" }
              : { procedureId: dvh.id, participantId: t.participantId, informedOn: "2026-11-12" };
      return [versioned(invoer, dvh.version)];
    }
    case "agendaLinkAction":
      return [formData({ actie: "aanmaken" })];
    case "agendaMailAction":
      // The griffier is allowed on both gemeenten (own gemeente is always its own), on consecutive n: on, then off,
      // so each accepted save changes state (and is audited) from the fixture's "off".
      return [formData({ aan: n % 2 === 1 })];
    case "saveFollowAction":
      return [formData({ regelingIds: [f.regelingId], digest: n % 2 === 0 })];
    case "revokeSessionAction":
      return [formData({ sessieId: `onbekende-sessie-${n}` })];
    case "revokeAllSessionsAction":
      return [formData({ bevestigd: true })];
    case "saveRegioAction":
      return [formData({ naam: `Regio ${n}`, slug: `regio-${g}-${n}` })];
    case "saveGemeenteAction":
      return [
        formData({
          regioId: await regioId(f),
          naam: `Gemeente ${n}`,
          slug: `gemeente-${g}-${n}`,
          zetels: "19",
          griffieEmail: "griffie@example.nl",
        }),
      ];
    case "importGemeentenAction":
      return [
        formData({
          regioId: await regioId(f),
          csv: `naam;slug;zetels;e-mail\nImport ${n};import-${g}-${n};17;griffie@example.nl\n`,
          toepassen: true,
        }),
      ];
    case "saveRegelingAction":
      return [
        formData({
          regioId: await regioId(f),
          naam: `Regeling ${n}`,
          slug: `regeling-${g}-${n}`,
          vorm: "OPENBAAR_LICHAAM",
          topics: "Zorg",
          deelnemers: [{ gemeenteId: t.gemeenteId, scope: "FULL", scopeTopics: "" }],
        }),
      ];
    case "startProcedureAction":
      return [formData({ regelingId: f.regelingId, kind: "DVH_ACTUALISEREN", titel: `Dienstverleningshandvest ${n}` })];
    case "uitnodigenGebruikerAction":
      return [
        formData({
          email: `nieuw-${g}-${n}@example.nl`,
          naam: `Nieuw ${n}`,
          rol: "GRIFFIER",
          gemeenteId: t.gemeenteId,
        }),
      ];
    case "wijzigGebruikerAction": {
      // Always the other role, so an allowed call really changes something.
      const doel = await doelGebruiker(f, g);
      return [
        formData({ id: doel.id, rol: doel.role === "COLLEGE" ? "RAADSLID" : "COLLEGE", gemeenteId: t.gemeenteId }),
      ];
    }
    case "gebruikerActiefAction": {
      const doel = await doelGebruiker(f, g);
      return [formData({ id: doel.id, actief: !doel.actief })];
    }
    case "nieuweLinkAction": {
      const doel = await doelGebruiker(f, g);
      if (!doel.actief) await f.prisma.user.update({ where: { id: doel.id }, data: { actief: true } });
      return [formData({ id: doel.id })];
    }
    case "importGebruikersAction":
      return [
        formData({
          csv: `e-mail;naam;rol;gemeente\ncsv-${g}-${n}@example.nl;Csv ${n};secretariaat;\n`,
          toepassen: true,
        }),
      ];
    case "opheffenGemeenteAction": {
      const gem = await f.prisma.gemeente.upsert({
        where: { slug: `op-te-heffen-${g}` },
        create: { slug: `op-te-heffen-${g}`, naam: `Op te heffen ${g}`, regioId: await regioId(f) },
        update: {},
      });
      return [formData({ id: gem.id, opgeheven: gem.opgehevenOp === null, datum: "2027-01-01" })];
    }
    case "opheffenRegioAction": {
      const regio = await f.prisma.regio.upsert({
        where: { slug: `op-te-heffen-${g}` },
        create: { slug: `op-te-heffen-${g}`, naam: `Op te heffen ${g}` },
        update: {},
      });
      return [formData({ id: regio.id, opgeheven: regio.opgehevenOp === null, datum: "2027-01-01" })];
    }
    case "registerInschrijvingAction":
      return [formData({ regelingId: f.regelingId, register: "centraal", ingeschrevenOp: dateOf(n - 400) })];
    // The begroting commands on the GR procedure: authorized, then refused by the command (no begroting).
    case "begrotingStartAction":
      return [formData({ regelingId: f.regelingId, jaar: String(2100 + n) })];
    case "begrotingStapAction":
      return [versioned({ step: "kaders_verzonden", procedureId: f.procedureId, date: "2026-04-01" }, procVersion)];
    case "begrotingPlanningAction":
      return [versioned({ procedureId: f.procedureId, aanbiedingOp: "2027-06-10" }, 0)];
    case "begrotingAntwoordAction":
      return [
        formData({
          procedureId: f.procedureId,
          participantId: t.participantId,
          date: "2026-04-01",
          motivering: "Nee.",
        }),
      ];
    case "begrotingZienswijzeAction":
      return [
        formData({ soort: "geen", procedureId: f.procedureId, participantId: t.participantId, date: "2026-04-01" }),
      ];
    // The begrotingswijziging commands on the GR procedure: authorized, then refused by the command (no begroting).
    case "wijzigingAanmakenAction":
      return [versioned({ procedureId: f.procedureId, titel: "Wijziging" }, procVersion)];
    case "wijzigingStapAction":
      return [
        versioned(
          { step: "wijziging_verzonden", procedureId: f.procedureId, nummer: "1", date: "2026-04-01" },
          procVersion,
        ),
      ];
    case "wijzigingAntwoordAction":
      return [
        formData({
          procedureId: f.procedureId,
          nummer: "1",
          participantId: t.participantId,
          date: "2026-04-01",
          motivering: "Nee.",
        }),
      ];
    case "wijzigingZienswijzeAction":
      return [
        formData({
          soort: "geen",
          procedureId: f.procedureId,
          nummer: "1",
          participantId: t.participantId,
          date: "2026-04-01",
        }),
      ];
    case "eindeVervangenRegelingAction":
      return [formData({ regelingId: f.regelingId, einddatum: "2026-12-31" })];
    case "unsubscribeAction": {
      const fd = new FormData();
      fd.set("token", UNSUBSCRIBE_TOKEN);
      return [fd];
    }
    case "eersteBeheerderAction":
      // The fixture has a beheerder: the page is closed for everyone and nothing is written
      // (tests/integration/eerste-beheerder.test.ts covers the open case and the race).
      return [
        formData({
          code: `code-${n}`,
          email: `eerste-${g}-${n}@example.nl`,
          naam: "Eerste",
          password: "een lange zin van woorden",
          passwordHerhaald: "een lange zin van woorden",
        }),
      ];
    case "acceptInvitationAction": {
      // An unknown token: the domain refuses for everyone and nothing is written (tests/integration/invitations.test.ts covers acceptance).
      const fd = new FormData();
      fd.set(
        "invoer",
        JSON.stringify({
          token: `onbekend-${"x".repeat(30)}-${n}`,
          password: "een lange zin van woorden",
          passwordHerhaald: "een lange zin van woorden",
        }),
      );
      return [fd];
    }
  }
}
