import type { Db } from "@/lib/db/client";
import { formatDutchDate } from "@/lib/presentation/dates";
import { renderRaadsvoorstel, type RaadsvoorstelData } from "@/lib/export/raadsvoorstel";
import { loadGrProcedure } from "../gr-procedure-store";
import { NotFoundError } from "../forecast";

const TOESTEMMING_PHASE = new Set([
  "toestemming_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_aangehouden",
  "herbesluit_nodig",
]);

/** The facts of a GR procedure for one gemeente, turned into a draft raadsvoorstel (zienswijze or toestemming). */
export async function raadsvoorstelData(db: Db, procedureId: string, gemeenteSlug: string): Promise<RaadsvoorstelData> {
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
  const raad = loaded.state.raadTracks[participant.id];
  const versionId =
    raad.toestemming?.documentVersionId ?? raad.zienswijze?.documentVersionId ?? loaded.state.currentVersionId;
  const version = versionId
    ? await db.documentVersion.findUnique({ where: { id: versionId }, include: { document: true } })
    : null;
  const versionLabel = version ? `${version.document.titel}, ${version.label}` : `ontwerp van de ${regeling.naam}`;
  const context = [
    regeling.belang ? `Doel van de regeling: ${regeling.belang}` : null,
    regeling.vervangt ? `De regeling vervangt de ${regeling.vervangt.citeertitel ?? regeling.vervangt.naam}.` : null,
    regeling.targetInForce
      ? `De beoogde datum van inwerkingtreding is ${formatDutchDate(regeling.targetInForce)}.`
      : null,
  ].filter((x): x is string => Boolean(x));

  if (TOESTEMMING_PHASE.has(raad.status) || loaded.state.regional.toestemmingsprocedure) {
    return {
      gemeente: participant.gemeente.naam,
      onderwerp: `Toestemming voor het aangaan van de ${regeling.naam}`,
      samenvatting: [
        `Het college vraagt de raad toestemming om de ${regeling.naam} aan te gaan. De zienswijzen van de raden zijn verwerkt in de definitieve tekst.`,
        raad.toestemming?.receivedOn
          ? `Het toestemmingsvoorstel is op ${formatDutchDate(raad.toestemming.receivedOn)} door de raad ontvangen.`
          : "",
      ].filter(Boolean),
      besluitpunten: [`Toestemming te verlenen aan het college om de ${regeling.naam} (${versionLabel}) aan te gaan.`],
      inleiding: [
        ...context,
        "De raad kan de toestemming alleen onthouden wegens strijd met het recht of het algemeen belang (artikel 1, vierde lid, Wgr).",
      ],
      vervolg: [
        "Na de toestemming van alle raden ondertekenen de colleges de regeling; daarna volgen bekendmaking en inwerkingtreding.",
      ],
      bevoegdheid:
        "De raad is bevoegd om over dit voorstel te besluiten op grond van artikel 1, vierde lid, van de Wet gemeenschappelijke regelingen.",
      bijlagen: [versionLabel, "Nota van beantwoording zienswijzen"],
    };
  }
  const z = raad.zienswijze;
  return {
    gemeente: participant.gemeente.naam,
    onderwerp: `Zienswijze op het ontwerp van de ${regeling.naam}`,
    samenvatting: [
      z?.receivedOn
        ? `Het ontwerp van de ${regeling.naam} is op ${formatDutchDate(z.receivedOn)} door de raad ontvangen. De raad kan binnen acht weken na ontvangst een zienswijze naar voren brengen (artikel 1, derde lid, Wgr); die termijn eindigt op ${formatDutchDate(z.deadline.end)}.`
        : `Het ontwerp van de ${regeling.naam} wordt aan de raad voorgelegd. De raad kan binnen acht weken na ontvangst een zienswijze naar voren brengen (artikel 1, derde lid, Wgr).`,
    ],
    besluitpunten: [`Een zienswijze naar voren te brengen op het ${versionLabel}, zoals verwoord in de bijlage.`],
    inleiding: context,
    vervolg: [
      "Na de zienswijzeprocedure verwerkt het regionaal secretariaat alle zienswijzen in een nota van beantwoording. Daarna volgt het verzoek om toestemming (artikel 1, vierde lid, Wgr).",
    ],
    bevoegdheid:
      "De raad is bevoegd om over dit voorstel te besluiten op grond van artikel 1, derde lid, van de Wet gemeenschappelijke regelingen.",
    bijlagen: [versionLabel, "Concept-zienswijze"],
  };
}

export async function raadsvoorstelDocx(db: Db, procedureId: string, gemeenteSlug: string): Promise<Buffer> {
  return renderRaadsvoorstel(await raadsvoorstelData(db, procedureId, gemeenteSlug));
}
