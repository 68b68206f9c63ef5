import { type Block, heading, labelled, paragraphs, signatures, wordDocument } from "./builder";

/** One numbered point of the raad's zienswijze. */
export interface ZienswijzeBriefPoint {
  nummer: number;
  onderwerp: string;
  /** "Artikel 3 – Taken", "Bijlage – …" or "Het document als geheel". */
  over: string;
  tekst: string;
}

/** The letter in which the raad gives its zienswijze to the bestuur of the regeling (Wgr art. 1 lid 3). */
export interface ZienswijzeBriefData {
  gemeente: string;
  /** Document date (ISO). */
  date: string;
  regeling: string;
  /** "Ontwerp, versie 1" — the version the zienswijze is about. */
  versie: string;
  /** The day the raad adopted it, in words; null for a draft. */
  vastgesteldOp: string | null;
  punten: ZienswijzeBriefPoint[];
}

/** A draft zienswijze-brief: the raad to the bestuur, with the numbered points and a signature block. */
export function renderZienswijzeBrief(d: ZienswijzeBriefData): Promise<Buffer> {
  const body: Block[] = [
    ...paragraphs(
      `Aan het bestuur van de ${d.regeling}`,
      `Onderwerp: zienswijze van de gemeenteraad van ${d.gemeente} op het ontwerp van de ${d.regeling}`,
      "Geacht bestuur,",
      `U heeft de gemeenteraad van ${d.gemeente} gevraagd een zienswijze te geven op het ontwerp van de ${d.regeling} (${d.versie}). Op grond van artikel 1, derde lid, van de Wet gemeenschappelijke regelingen geeft de raad ${d.vastgesteldOp ? `in zijn vergadering van ${d.vastgesteldOp} ` : ""}de volgende zienswijze.`,
    ),
    heading(1, "Zienswijze"),
  ];
  if (d.punten.length === 0) body.push(...paragraphs("De raad heeft nog geen punten opgenomen."));
  for (const p of d.punten)
    body.push(heading(2, `${p.nummer}. ${p.onderwerp}`), labelled("Over", p.over), ...paragraphs(p.tekst));
  body.push(
    ...paragraphs(
      "Wij verzoeken u deze zienswijze te betrekken bij de besluitvorming over de regeling en de raad te laten weten wat u met elk punt doet.",
      "Hoogachtend,",
      `De gemeenteraad van ${d.gemeente},`,
    ),
    signatures("De griffier,", "De voorzitter,"),
  );
  return wordDocument({
    title: "Zienswijze",
    subtitle: d.vastgesteldOp
      ? `Brief aan het bestuur van de ${d.regeling}`
      : `Concept: brief aan het bestuur van de ${d.regeling}`,
    organisation: `Gemeenteraad van ${d.gemeente}`,
    date: d.date,
    keywords: ["zienswijze", "gemeenschappelijke regeling"],
    body,
  });
}
