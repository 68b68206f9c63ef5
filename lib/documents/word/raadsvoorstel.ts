import { type Block, heading, labelled, numbered, paragraphs, signatures, wordDocument } from "./builder";

/** One point of the raad's own zienswijze, with the regio's answer once there is one. */
export interface RaadsvoorstelPoint {
  nummer: number;
  onderwerp: string;
  /** "Artikel 3 – Taken", "Bijlage – …" or "Het document als geheel". */
  over: string;
  tekst: string;
  antwoord: { tekst: string; verwerking: string; gewijzigd: string } | null;
}

/**
 * A draft raadsvoorstel in the layout of the region's raadsvoorstellen (seed 004): Onderwerp,
 * Samenvatting, Voorstel ("De raad besluit:"), Inleiding, the raad's own zienswijze (and the
 * answers), Communicatie en vervolgproces, Bevoegdheid gemeenteraad, Bijlagen, signatures. It is a
 * starting point for the griffie and the college.
 */
export interface RaadsvoorstelData {
  gemeente: string;
  /** Document date (ISO). */
  date: string;
  onderwerp: string;
  samenvatting: string[];
  besluitpunten: string[];
  inleiding: string[];
  /** The raad's own zienswijze: null when the raad has none in this procedure (or cannot give one). */
  zienswijze: { kop: string; toelichting: string[]; punten: RaadsvoorstelPoint[] } | null;
  vervolg: string[];
  bevoegdheid: string[];
  bijlagen: string[];
}

function zienswijzeBlocks(z: NonNullable<RaadsvoorstelData["zienswijze"]>): Block[] {
  const blocks: Block[] = [heading(1, z.kop), ...paragraphs(...z.toelichting)];
  for (const p of z.punten) {
    blocks.push(
      heading(2, `Punt ${p.nummer}: ${p.onderwerp}`),
      labelled("Over", p.over),
      labelled("Zienswijze", p.tekst),
    );
    if (p.antwoord) {
      blocks.push(labelled("Antwoord van de regio", p.antwoord.tekst), labelled("Verwerking", p.antwoord.verwerking));
      if (p.antwoord.gewijzigd) blocks.push(labelled("Gewijzigd", p.antwoord.gewijzigd));
    }
  }
  return blocks;
}

export function renderRaadsvoorstel(d: RaadsvoorstelData): Promise<Buffer> {
  return wordDocument({
    title: "Raadsvoorstel",
    subtitle: `Concept: ${d.onderwerp}`,
    organisation: `Gemeente ${d.gemeente}`,
    date: d.date,
    keywords: ["raadsvoorstel", "gemeenschappelijke regeling"],
    body: [
      heading(1, "Onderwerp"),
      ...paragraphs(d.onderwerp),
      heading(1, "Samenvatting"),
      ...paragraphs(...d.samenvatting),
      heading(1, "Voorstel"),
      ...paragraphs("De raad besluit:"),
      ...numbered(d.besluitpunten),
      heading(1, "Inleiding"),
      ...paragraphs(...d.inleiding),
      ...(d.zienswijze ? zienswijzeBlocks(d.zienswijze) : []),
      heading(1, "Communicatie en vervolgproces"),
      ...paragraphs(...d.vervolg),
      heading(1, "Bevoegdheid gemeenteraad"),
      ...paragraphs(...d.bevoegdheid),
      heading(1, "Bijlagen"),
      ...paragraphs("Bijlagen bij dit voorstel:"),
      ...numbered(d.bijlagen),
      signatures("De secretaris,", "De burgemeester,"),
    ],
  });
}
