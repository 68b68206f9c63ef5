import type { Db } from "@/lib/db/client";
import { addDays, isPartyToRegeling, todayInNetherlands, type IsoDate } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import { topicsLabel } from "@/lib/presentation/labels";
import { changedArticleLabel, dispositionLabel, notaGroupLabel } from "@/lib/presentation/nota";
import {
  renderRaadsvoorstel,
  type RaadsvoorstelData,
  type RaadsvoorstelPoint,
} from "@/lib/documents/word/raadsvoorstel";
import { withoutSourceCodes } from "@/lib/documents/word/text";
import { loadGrProcedure } from "../gr-procedure-store";
import { NotFoundError } from "../forecast";
import { newestVersion } from "./versions";
import { loadRegelingTimeline } from "../timeline";

const TOESTEMMING_PHASE = new Set([
  "toestemming_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_aangehouden",
  "herbesluit_nodig",
]);

export interface ExportOptions {
  /** The document's date (default: today in the Netherlands). */
  today?: IsoDate;
  /** The phase of the draft raadsvoorstel; default: the phase the raad's track is in. */
  phase?: "zienswijze" | "toestemming";
}

/** The raad's newest zienswijze in this procedure (concept or adopted), with the regio's answers. */
async function ownZienswijze(db: Db, procedureId: string, participantId: string) {
  return db.zienswijze.findFirst({
    where: { procedureId, participantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      status: true,
      documentVersion: { select: { label: true } },
      besluit: { select: { besluitdatum: true } },
      // The whole point, with the article it is about and the article its answer changed (and that version).
      points: {
        orderBy: { nummer: "asc" },
        include: {
          article: { select: { nummer: true, titel: true } },
          changedArticle: { select: { nummer: true, version: { select: { label: true } } } },
        },
      },
    },
  });
}

function toPoint(p: NonNullable<Awaited<ReturnType<typeof ownZienswijze>>>["points"][number]): RaadsvoorstelPoint {
  return {
    nummer: p.nummer,
    onderwerp: p.onderwerp,
    over: notaGroupLabel(p.article),
    tekst: p.tekst,
    antwoord:
      p.antwoord && p.disposition
        ? {
            tekst: p.antwoord,
            verwerking: dispositionLabel(p.disposition),
            gewijzigd: changedArticleLabel(
              p.changedArticle
                ? { nummer: p.changedArticle.nummer, versionLabel: p.changedArticle.version.label }
                : null,
            ),
          }
        : null,
  };
}

/** The facts of a GR procedure for one gemeente, turned into a draft raadsvoorstel (zienswijze, toestemming, or addendum). */
export async function raadsvoorstelData(
  db: Db,
  procedureId: string,
  gemeenteSlug: string,
  opts: ExportOptions = {},
): Promise<RaadsvoorstelData> {
  const loaded = await loadGrProcedure(db, procedureId);
  if (!loaded) throw new NotFoundError("Deze procedure bestaat niet of is geen GR-procedure.");
  const regeling = await db.regeling.findUniqueOrThrow({
    where: { id: loaded.regelingId },
    include: { vervangt: { select: { naam: true, citeertitel: true } } },
  });
  const participant = await db.participant.findFirst({
    where: { regelingId: regeling.id, gemeente: { slug: gemeenteSlug } },
    include: { gemeente: true },
  });
  if (!participant) throw new NotFoundError(`Gemeente "${gemeenteSlug}" neemt niet deel aan ${regeling.naam}.`);
  const date = opts.today ?? todayInNetherlands();
  const gemeente = participant.gemeente.naam;
  const naam = regeling.naam;
  const oud = regeling.vervangt ? (regeling.vervangt.citeertitel ?? regeling.vervangt.naam) : null;
  const version = await newestVersion(db, procedureId);
  const versie = version ? `, ${version.label},` : "";
  const inForce = regeling.targetInForce ? formatDutchDate(regeling.targetInForce) : null;
  const verdict = regeling.targetInForce ? (await loadRegelingTimeline(db, regeling.slug, date))?.verdict : null;
  const outOfReach = verdict?.reachable === false ? verdict : null;
  const context = [
    regeling.belang ? `Doel van de regeling: ${withoutSourceCodes(regeling.belang)}` : null,
    oud ? `De regeling vervangt de ${oud}.` : null,
    inForce ? `De beoogde datum van inwerkingtreding is ${inForce}.` : null,
    // Issue 16 point 4: the raad reads it when the target can no longer be reached, with the earliest date and why.
    outOfReach?.text ?? null,
  ].filter((x): x is string => Boolean(x));

  const party = isPartyToRegeling({
    id: participant.id,
    name: gemeente,
    scope: participant.scope === "FULL" ? "full" : "addendum",
    scopeTopics: participant.scopeTopics,
  });
  if (!party) {
    // Wgr art. 1 lid 2–4 give zienswijze and toestemming to the raden of the deelnemende gemeenten; an
    // addendum participant is no party to the new GR (lib/domain/participants.ts, legal.md R13/R14).
    // Its own step is on the regeling it IS a party to: the end (or change) of the old one.
    const end = regeling.targetInForce
      ? formatDutchDate(addDays(regeling.targetInForce.toISOString().slice(0, 10), -1))
      : null;
    return {
      gemeente,
      date,
      onderwerp: `Informatie over de ${naam} en de gevolgen voor het addendum${oud ? ` bij de ${oud}` : ""}`,
      samenvatting: [
        `De gemeenten in de regio werken een nieuwe gemeenschappelijke regeling uit: de ${naam}. ${gemeente} neemt daaraan niet deel. ${gemeente} is via een addendum${oud ? ` bij de ${oud}` : ""} aangesloten${participant.scopeTopics.length > 0 ? ` voor ${topicsLabel(participant.scopeTopics)}` : ""}.`,
        `Omdat ${gemeente} geen partij wordt bij de nieuwe regeling, geeft de raad daarop geen zienswijze en verleent de raad daarvoor geen toestemming. Dat doen alleen de raden van de gemeenten die aan de nieuwe regeling deelnemen (artikel 1 van de Wet gemeenschappelijke regelingen).`,
        oud
          ? `Wel verandert er iets voor ${gemeente}: de ${oud}, waaraan ${gemeente} wel deelneemt, eindigt op de dag vóór de inwerkingtreding van de nieuwe regeling${end ? ` (naar verwachting ${end})` : ""}. Daarmee eindigt ook het addendum.`
          : null,
      ].filter((x): x is string => Boolean(x)),
      besluitpunten: [
        `Kennis te nemen van de ${naam}${versie} waaraan ${gemeente} niet deelneemt.`,
        oud
          ? `Kennis te nemen van het voornemen om de ${oud} te beëindigen${end ? ` per ${end}` : ""}, en het college te vragen de raad tijdig een voorstel te doen over die beëindiging en over de afspraken die na het addendum gelden.`
          : `Het college te vragen de raad tijdig te informeren over de afspraken die na het addendum gelden.`,
      ],
      inleiding: [
        ...context,
        `${gemeente} is aangesloten via een addendum en is geen deelnemer aan de nieuwe regeling. Deze gemeente krijgt daarom geen zienswijze- of toestemmingsverzoek over de nieuwe regeling.`,
      ],
      zienswijze: null,
      vervolg: [
        oud
          ? `Over het beëindigen of wijzigen van de ${oud} besluiten alle deelnemers aan die regeling, ook ${gemeente}. Daarvoor ontvangt de raad een apart voorstel; de raad kan daarover zijn zienswijze geven en besluit over toestemming voor het college (artikel 1, vijfde lid, en artikel 9 van de Wet gemeenschappelijke regelingen).`
          : `De raad wordt geïnformeerd over de verdere stappen.`,
      ],
      bevoegdheid: [
        "De raad heeft op grond van artikel 169 van de Gemeentewet recht op de informatie die nodig is voor zijn taak. Dit voorstel vraagt geen besluit over de nieuwe regeling zelf.",
      ],
      bijlagen: [version ? `${version.titel}, ${version.label}, ter informatie` : `${naam}, ter informatie`],
    };
  }

  const raad = loaded.state.raadTracks[participant.id];
  const zw = await ownZienswijze(db, procedureId, participant.id);
  const adopted = zw && zw.status !== "CONCEPT";
  const inToestemmingPhase =
    (raad && TOESTEMMING_PHASE.has(raad.status)) || loaded.state.regional.toestemmingsprocedure;
  if (opts.phase === "toestemming" || (opts.phase === undefined && inToestemmingPhase)) {
    return {
      gemeente,
      date,
      onderwerp: `Toestemming voor het aangaan van de ${naam}`,
      samenvatting: [
        `Het college vraagt de raad toestemming om de ${naam} aan te gaan. De zienswijzen van de raden zijn verwerkt in de definitieve tekst (${version?.label ?? naam}).`,
        raad?.toestemming?.receivedOn
          ? `Het toestemmingsvoorstel is op ${formatDutchDate(raad.toestemming.receivedOn)} door de raad ontvangen.`
          : null,
        adopted
          ? `De raad heeft een zienswijze gegeven. Hieronder staat per punt het antwoord van de regio en wat er met het punt is gedaan.`
          : raad?.zienswijze?.waived
            ? "De raad heeft besloten geen zienswijze te geven."
            : null,
      ].filter((x): x is string => Boolean(x)),
      besluitpunten: [`Toestemming te verlenen aan het college om de ${naam}${versie} aan te gaan.`],
      inleiding: [
        ...context,
        "De raad kan de toestemming alleen onthouden wegens strijd met het recht of het algemeen belang (artikel 1, vierde lid, van de Wet gemeenschappelijke regelingen).",
      ],
      zienswijze: adopted
        ? {
            kop: "Zienswijze van de raad en de beantwoording",
            toelichting: [
              `De raad heeft ${zw.besluit ? `op ${formatDutchDate(zw.besluit.besluitdatum)} ` : ""}een zienswijze gegeven op ${zw.documentVersion.label}. De regio heeft alle zienswijzen beantwoord in de nota van beantwoording.`,
            ],
            punten: zw.points.map(toPoint),
          }
        : null,
      vervolg: [
        "Na de toestemming van alle raden ondertekenen de colleges de regeling. Daarna volgen de bekendmaking en de inwerkingtreding.",
      ],
      bevoegdheid: [
        "De raad is bevoegd om over dit voorstel te besluiten op grond van artikel 1, vierde lid, van de Wet gemeenschappelijke regelingen.",
      ],
      bijlagen: [version ? `${version.titel}, ${version.label}` : naam, "Nota van beantwoording zienswijzen"],
    };
  }
  const z = raad?.zienswijze;
  return {
    gemeente,
    date,
    onderwerp: `Zienswijze op het ontwerp van de ${naam}`,
    samenvatting: [
      z?.receivedOn
        ? `Het ontwerp van de ${naam} is op ${formatDutchDate(z.receivedOn)} door de raad ontvangen. De raad kan binnen acht weken na ontvangst een zienswijze geven (artikel 1, derde lid, van de Wet gemeenschappelijke regelingen). Die termijn eindigt op ${formatDutchDate(z.deadline.end)}.`
        : `Het ontwerp van de ${naam} wordt aan de raad voorgelegd. De raad kan binnen acht weken na ontvangst een zienswijze geven (artikel 1, derde lid, van de Wet gemeenschappelijke regelingen).`,
    ],
    besluitpunten: [`Een zienswijze te geven op het ontwerp van de ${naam}${versie} zoals verwoord in dit voorstel.`],
    inleiding: context,
    zienswijze: zw
      ? {
          kop: adopted ? "Zienswijze van de raad" : "Voorgestelde zienswijze",
          toelichting: [
            adopted
              ? `De raad heeft deze zienswijze${zw.besluit ? ` op ${formatDutchDate(zw.besluit.besluitdatum)}` : ""} vastgesteld.`
              : "Dit zijn de punten van de concept-zienswijze die de griffie heeft voorbereid.",
          ],
          punten: zw.points.map(toPoint),
        }
      : null,
    vervolg: [
      "Na de zienswijzeprocedure beantwoordt de regio alle zienswijzen in een nota van beantwoording. Daarna volgt het verzoek om toestemming (artikel 1, vierde lid, van de Wet gemeenschappelijke regelingen).",
    ],
    bevoegdheid: [
      "De raad is bevoegd om over dit voorstel te besluiten op grond van artikel 1, derde lid, van de Wet gemeenschappelijke regelingen.",
    ],
    bijlagen: [version ? `${version.titel}, ${version.label}` : naam, "Concept-zienswijze"],
  };
}

export async function raadsvoorstelDocx(
  db: Db,
  procedureId: string,
  gemeenteSlug: string,
  opts: ExportOptions = {},
): Promise<Buffer> {
  return renderRaadsvoorstel(await raadsvoorstelData(db, procedureId, gemeenteSlug, opts));
}
