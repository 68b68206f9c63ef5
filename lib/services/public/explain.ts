import { REGELING_LABELS, formatDutchDate } from "@/lib/domain";
import { publicGemeenteText } from "@/lib/presentation/status";
import { type TrackLike, zienswijzeDeadlineOf } from "./common";

/** Plain-Dutch (B1) answer to "wat gebeurt er nu en wat is de volgende stap?". */
export interface Explanation {
  stand: string;
  nu: string;
  volgende: string;
  details: string[];
}

type TrackView = TrackLike;

export interface ExplainInput {
  derivedState: string;
  targetSignBy: Date | null;
  targetInForce: Date | null;
  today: string;
  participants: { naam: string; scope: string; raad: TrackView | null; college: TrackView | null }[];
}

const date = (d: Date | string | null | undefined) =>
  d ? formatDutchDate(typeof d === "string" ? d : d.toISOString().slice(0, 10)) : null;
const DONE_ZIENSWIJZE = new Set(["zienswijze_vastgesteld", "geen_zienswijze"]);
const TOESTEMMING_DONE = new Set(["toestemming_verleend"]);
const SIGNED = new Set(["ondertekend", "besluit_bekendgemaakt"]);

export function explainRegeling(input: ExplainInput): Explanation {
  const full = input.participants.filter((p) => p.scope === "FULL");
  const count = (pred: (p: ExplainInput["participants"][number]) => boolean, list = full) => list.filter(pred).length;
  const inForce = date(input.targetInForce);
  const signBy = date(input.targetSignBy);
  const details: string[] = [];
  let nu: string;
  let volgende: string;
  switch (input.derivedState) {
    case "concept":
      nu = "De tekst van de regeling is nog een concept. De regio schrijft de tekst samen met de gemeenten.";
      volgende =
        "Het Bestuurlijk Overleg Sociaal Domein (de wethouders) moet akkoord geven. Daarna krijgen de gemeenteraden de tekst om hun mening te geven.";
      break;
    case "bosd_akkoord":
      nu = "De wethouders in het Bestuurlijk Overleg zijn akkoord met de concepttekst.";
      volgende = "De gemeenteraden krijgen de tekst. Elke raad mag dan zijn mening geven: een zienswijze.";
      break;
    case "zienswijzeprocedure": {
      const done = count((p) => !!p.raad && DONE_ZIENSWIJZE.has(p.raad.status), input.participants);
      nu = `De gemeenteraden mogen nu hun mening geven over de concepttekst (zienswijze). ${done} van de ${input.participants.length} raden hebben al besloten.`;
      volgende =
        "Als alle raden hebben besloten of hun termijn voorbij is, beantwoordt de regio elke zienswijze. Daarna komt er een definitieve tekst.";
      for (const p of input.participants) {
        const d = p.raad ? zienswijzeDeadlineOf(p.raad) : null;
        if (d?.open) {
          details.push(
            `Gemeenteraad ${p.naam}: zienswijze geven kan tot en met ${formatDutchDate(d.trace.end)}${d.trace.extensions.length ? " (termijn verlengd omdat de laatste dag een weekend- of feestdag was)" : ""}.`,
          );
        }
      }
      break;
    }
    case "verwerking":
      nu = "De regio verwerkt de zienswijzen van de raden. Elk punt krijgt een antwoord in een nota van beantwoording.";
      volgende = "Daarna stelt de regio de definitieve tekst vast en vraagt elke raad om toestemming.";
      break;
    case "definitief":
      nu = "De definitieve tekst van de regeling is klaar.";
      volgende = "Elke gemeenteraad beslist of het college mag meedoen aan de regeling (toestemming).";
      break;
    case "toestemmingsprocedure": {
      const granted = count((p) => !!p.raad && TOESTEMMING_DONE.has(p.raad.status));
      nu = `De gemeenteraden beslissen nu of hun college mag meedoen (toestemming). ${granted} van de ${full.length} raden hebben toestemming gegeven.`;
      volgende = `Als alle raden toestemming hebben gegeven, ondertekenen de colleges de regeling${signBy ? ` (uiterlijk ${signBy})` : ""}.`;
      break;
    }
    case "ondertekening": {
      const signed = count((p) => !!p.college && SIGNED.has(p.college.status));
      nu = `Alle raden hebben toestemming gegeven. De colleges ondertekenen nu de regeling: ${signed} van de ${full.length} hebben getekend.`;
      volgende = `Daarna wordt de regeling bekendgemaakt${inForce ? ` en gaat zij in op ${inForce}` : ""}.`;
      break;
    }
    case "bekendgemaakt":
      nu = "Alle colleges hebben getekend en de regeling is bekendgemaakt.";
      volgende = inForce
        ? `De regeling gaat in op ${inForce}.`
        : "De regeling gaat in op de datum die in de regeling staat.";
      break;
    case "in_werking":
      nu = "De regeling is in werking.";
      volgende = "Er is geen volgende stap in deze procedure. Wijzigen kan alleen met een nieuwe procedure.";
      break;
    default:
      nu = `Stand: ${input.derivedState.replaceAll("_", " ")}.`;
      volgende = "Nog niet bekend.";
  }
  for (const p of input.participants) {
    if (p.raad?.status === "toestemming_aangehouden")
      details.push(`Gemeenteraad ${p.naam} heeft het besluit over toestemming uitgesteld.`);
    if (p.raad?.status === "herbesluit_nodig")
      details.push(`Gemeenteraad ${p.naam} moet opnieuw besluiten, omdat de tekst is gewijzigd.`);
  }
  return {
    stand: REGELING_LABELS[input.derivedState as keyof typeof REGELING_LABELS] ?? input.derivedState,
    nu,
    volgende,
    details,
  };
}

/** What a gemeente's own raad and college still have to do, in plain Dutch (the one text: lib/presentation/status). */
export function explainGemeente(naam: string, raad: TrackView | null, college: TrackView | null): string {
  const d = raad ? zienswijzeDeadlineOf(raad) : null;
  return publicGemeenteText(
    naam,
    { procedureKind: "GR_TREFFEN", raad, college },
    d ? { open: d.open, end: d.trace.end } : null,
  );
}
