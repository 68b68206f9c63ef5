/**
 * The Flevoland regio as the source documents describe it (../shared/seeds):
 *   000 = Handreiking regionale samenwerking Sociaal Domein Flevoland 2026,
 *   001 = Handreiking 2022, 002 = Regionaal kader Zorglandschap Wmo 2020–2026,
 *   003 = Raadspresentatie Urk, 004 = Raadsvoorstel Regiovisie Jeugd.
 * Only facts these sources report are seeded; no raadsbesluiten are invented. Planned steps are
 * seeded as PLANNING milestones with the source's own (imprecise) wording.
 */

export const SOURCES = {
  handreiking2026: "Handreiking regionale samenwerking Sociaal Domein Flevoland 2026 (bron 000)",
  handreiking2022: "Handreiking regionale samenwerking Sociaal Domein Flevoland 2022 (bron 001)",
  zorglandschap: "Regionaal kader Zorglandschap Wmo 2020–2026 (bron 002)",
  presentatieUrk: "Raadspresentatie regionale samenwerking, gemeente Urk (bron 003)",
  raadsvoorstelRegiovisie: "Raadsvoorstel Regiovisie Jeugd Flevoland (bron 004)",
} as const;

export const TOPICS = {
  jeugd: "jeugd",
  wmo: "wmo",
  zorgEnVeiligheid: "zorg_en_veiligheid",
} as const;

export const REGIO = {
  slug: "sociaal-domein-flevoland",
  naam: "Regio Sociaal Domein Flevoland",
  omschrijving:
    "Regionale samenwerking van Almere, Dronten, Lelystad, Noordoostpolder en Urk voor taken op grond van de Jeugdwet en de Wmo; Zeewolde is via een addendum aangesloten voor Zorg & Veiligheid (bron 000).",
};

export interface SeedGemeente {
  slug: string;
  naam: string;
  /** Full participant of the new GR, or attached by addendum for some topics only. */
  scope: "FULL" | "ADDENDUM";
  scopeTopics: string[];
  toelichting?: string;
}

export const GEMEENTEN: SeedGemeente[] = [
  { slug: "almere", naam: "Almere", scope: "FULL", scopeTopics: [] },
  { slug: "dronten", naam: "Dronten", scope: "FULL", scopeTopics: [] },
  { slug: "lelystad", naam: "Lelystad", scope: "FULL", scopeTopics: [] },
  { slug: "noordoostpolder", naam: "Noordoostpolder", scope: "FULL", scopeTopics: [] },
  { slug: "urk", naam: "Urk", scope: "FULL", scopeTopics: [] },
  {
    slug: "zeewolde",
    naam: "Zeewolde",
    scope: "ADDENDUM",
    scopeTopics: [TOPICS.zorgEnVeiligheid],
    toelichting:
      "Sinds 1 januari 2024 in regio Noord-Veluwe; via een addendum aangesloten voor Zorg & Veiligheid (bron 000).",
  },
];

export const BOSD = {
  naam: "Bestuurlijk Overleg Sociaal Domein Flevoland",
  afkorting: "BOSD",
};

export const CENTRUMREGELING = {
  slug: "centrumregeling-sociaal-domein-flevoland-2015",
  naam: "Centrumregeling Sociaal Domein Flevoland",
  citeertitel: "Centrumregeling Sociaal Domein Flevoland (2015)",
  belang: "Inkoop en subsidiëring van regionale jeugdhulp en Wmo-taken, met Almere als centrumgemeente (bron 000).",
  /**
   * Ending the Centrumregeling 2015 when the new GR replaces it. Bron 000: "Na vaststelling door de
   * vijf gemeenteraden (naar verwachting eind 2026) zullen deze vervangen worden door de nieuwe GR"
   * and "Alleen met instemming van gemeenteraden kunnen wijzigingen in deze regeling worden
   * doorgevoerd". Whether the regions end it (opheffen) or amend it for Zeewolde's addendum the
   * sources do not say; the seed starts an opheffing as demo data, in which all six parties, Zeewolde
   * included, take part (Wgr art. 9 lid 1 "met inachtneming van artikel 1"; issue 20 point 3).
   */
  beeindiging: {
    kind: "GR_OPHEFFEN" as const,
    titel: "Opheffen Centrumregeling Sociaal Domein Flevoland (2015) bij vervanging door de nieuwe GR (demo)",
  },
};

export const NIEUWE_GR = {
  slug: "gr-sociaal-domein-flevoland",
  naam: "Gemeenschappelijke Regeling Sociaal Domein Flevoland",
  belang:
    "Regionale inkoop/subsidiëring, contractbeheer, monitoring en accountmanagement voor de Jeugdwet en de Wmo, uitgevoerd door de uitvoeringsorganisatie Sociaal Domein Flevoland (bron 000).",
  topics: [TOPICS.jeugd, TOPICS.wmo, TOPICS.zorgEnVeiligheid],
  targetSignBy: "2026-12-31",
  targetInForce: "2027-01-01",
};

export interface SeedArticle {
  key: string;
  nummer: string;
  titel: string;
  tekst: string;
}

export interface SeedDocument {
  slug: string;
  kind: "REGELING" | "DIENSTVERLENINGSHANDVEST" | "BELEIDSKADER" | "REGIOVISIE" | "INTENTIEOVEREENKOMST";
  titel: string;
  omschrijving: string;
  topics: string[];
  partOfRegeling: boolean;
  periode?: string;
  bron: string;
  version: { label: string; status: "CONCEPT" | "DEFINITIEF"; toelichting: string; articles: SeedArticle[] };
  /** The council procedure this document goes through, if the sources name one. */
  procedure?: { kind: "GR_TREFFEN" | "BELEIDSKADER_VASTSTELLEN" | "DVH_ACTUALISEREN"; titel: string };
}

const TEXT_NOT_IN_SOURCES =
  "De volledige tekst is niet opgenomen in de brondocumenten van GR-volg. Het secretariaat voegt de artikelen toe bij het publiceren van een nieuwe versie.";

export const DOCUMENTS: SeedDocument[] = [
  {
    slug: "concept-gr",
    kind: "REGELING",
    titel: "Gemeenschappelijke Regeling Sociaal Domein Flevoland",
    omschrijving:
      "De nieuwe gemeenschappelijke regeling met een bedrijfsvoeringsorganisatie, ter vervanging van de Centrumregeling 2015. In mei 2026 voor zienswijze aan de gemeenteraden aangeboden, met een bijlage wettelijke taken en plustaken (bron 000).",
    topics: [TOPICS.jeugd, TOPICS.wmo, TOPICS.zorgEnVeiligheid],
    partOfRegeling: true,
    bron: SOURCES.handreiking2026,
    version: {
      label: "Concept-GR (versie 1)",
      status: "CONCEPT",
      toelichting: `Eerste concept, begin 2026 uitgewerkt uit de intentieovereenkomst (bron 000). ${TEXT_NOT_IN_SOURCES}`,
      articles: [
        { key: "regeling", nummer: "GR", titel: "Tekst van de regeling", tekst: TEXT_NOT_IN_SOURCES },
        {
          key: "bijlage-taken",
          nummer: "Bijlage",
          titel: "Bijlage wettelijke taken en plustaken",
          tekst:
            "Overzicht van de wettelijke taken en plustaken op grond van de Jeugdwet en de Wmo. Per 1 januari 2027 worden de zorgvormen toegevoegd die de Wet verbetering beschikbaarheid jeugdzorg verplicht stelt; Wmo-taken die op 1 januari 2026 regionaal zijn georganiseerd worden plustaak. Na inwerkingtreding wordt de bijlage bij de begrotingsvaststelling geactualiseerd (bron 000).",
        },
      ],
    },
    procedure: { kind: "GR_TREFFEN", titel: "Treffen van de GR Sociaal Domein Flevoland" },
  },
  {
    slug: "dienstverleningshandvest",
    kind: "DIENSTVERLENINGSHANDVEST",
    titel: "Dienstverleningshandvest",
    omschrijving:
      "Beschrijft de taken die de gemeente Almere uitvoert onder de Centrumregeling; wordt parallel aan de nieuwe GR geactualiseerd (bron 000).",
    topics: [TOPICS.jeugd, TOPICS.wmo, TOPICS.zorgEnVeiligheid],
    partOfRegeling: false,
    periode: "2022",
    bron: SOURCES.handreiking2026,
    version: {
      label: "Dienstverleningshandvest (2022)",
      status: "DEFINITIEF",
      toelichting: `De versie uit 2022 die bij de Centrumregeling hoort (bron 000). ${TEXT_NOT_IN_SOURCES}`,
      articles: [{ key: "handvest", nummer: "Handvest", titel: "Tekst van het handvest", tekst: TEXT_NOT_IN_SOURCES }],
    },
    procedure: { kind: "DVH_ACTUALISEREN", titel: "Actualiseren Dienstverleningshandvest" },
  },
  {
    slug: "regiovisie-jeugd",
    kind: "BELEIDSKADER",
    titel: "Regiovisie Jeugd Flevoland 'Samen, dichtbij en leren wat werkt'",
    omschrijving:
      "Regionaal beleidskader jeugd, in 2021 door de gemeenteraden vastgesteld (bron 000, raadsvoorstel bron 004).",
    topics: [TOPICS.jeugd],
    partOfRegeling: false,
    periode: "vastgesteld 2021",
    bron: SOURCES.raadsvoorstelRegiovisie,
    version: {
      label: "Regiovisie Jeugd (2021)",
      status: "DEFINITIEF",
      toelichting: "Vastgesteld in 2021 (bron 000).",
      articles: [
        {
          key: "beleidsuitgangspunten",
          nummer: "1",
          titel: "Beleidsuitgangspunten",
          tekst:
            "a. Het samen met gezinnen en partners mogelijk maken dat de jeugdige veilig in zijn gezin kan opgroeien. b. De jeugdhulp is dichtbij en effectief. c. Actieleren is essentieel, we zetten in op een lerend systeem. d. Het huidige regionale budget is leidend voor het toekomstige budget. e. De samenwerking geven wij vorm op het juiste niveau (bron 004).",
        },
      ],
    },
  },
  {
    slug: "beleidskader-zorglandschap-wmo",
    kind: "BELEIDSKADER",
    titel: "Regionaal beleidskader Zorglandschap Wmo 2020–2026",
    omschrijving:
      "Visie, ambities en transformatieopgaven voor beschermd wonen en maatschappelijke opvang; in 2019 door de gemeenteraden vastgesteld (bron 000, kader bron 002).",
    topics: [TOPICS.wmo],
    partOfRegeling: false,
    periode: "2020–2026, vastgesteld 2019",
    bron: SOURCES.zorglandschap,
    version: {
      label: "Regionaal kader Zorglandschap Wmo 2020–2026",
      status: "DEFINITIEF",
      toelichting: "Vastgesteld in 2019 (bron 000).",
      articles: [{ key: "kader", nummer: "Kader", titel: "Tekst van het kader", tekst: "Zie bron 002." }],
    },
  },
  {
    slug: "aanpak-huiselijk-geweld-kindermishandeling",
    kind: "BELEIDSKADER",
    titel: "Regiovisie Aanpak Huiselijk Geweld en Kindermishandeling Flevoland 2024–2027",
    omschrijving: "Regionaal beleidskader, in 2023 door de gemeenteraden vastgesteld (bron 000).",
    topics: [TOPICS.zorgEnVeiligheid],
    partOfRegeling: false,
    periode: "2024–2027, vastgesteld 2023",
    bron: SOURCES.handreiking2026,
    version: {
      label: "Regiovisie Aanpak HG&KM 2024–2027",
      status: "DEFINITIEF",
      toelichting: `Vastgesteld in 2023 (bron 000). ${TEXT_NOT_IN_SOURCES}`,
      articles: [{ key: "visie", nummer: "Visie", titel: "Tekst van de visie", tekst: TEXT_NOT_IN_SOURCES }],
    },
  },
  {
    slug: "integrale-regiovisie",
    kind: "REGIOVISIE",
    titel: "Integrale regiovisie Sociaal Domein Flevoland",
    omschrijving:
      "Nieuwe regiovisie die de drie beleidskaders integreert; in de tweede helft van 2026 aan de gemeenteraden ter bespreking en besluitvorming aangeboden (bron 000).",
    topics: [TOPICS.jeugd, TOPICS.wmo, TOPICS.zorgEnVeiligheid],
    partOfRegeling: false,
    periode: "tweede helft 2026",
    bron: SOURCES.handreiking2026,
    version: {
      label: "Integrale regiovisie (in voorbereiding)",
      status: "CONCEPT",
      toelichting: `In 2026 in voorbereiding (bron 000). ${TEXT_NOT_IN_SOURCES}`,
      articles: [
        {
          key: "inhoudseisen",
          nummer: "Eisen",
          titel: "Inhoudseisen regiovisie (AMvB, geciteerd in bron 003)",
          tekst:
            "De regiovisie moet in ieder geval ingaan op: a) de aanpak van wachttijden; b) de wijze waarop de bovenregionale afstemming plaatsvindt; c) de verbinding tussen de regionaal gecontracteerde jeugdzorg en de op landelijk en lokaal niveau gecontracteerde jeugdhulp; d) de verbinding tussen de regionaal gecontracteerde jeugdzorg en de jeugdgezondheidszorg, zorg, maatschappelijke ondersteuning en onderwijs; e) de wijze waarop wordt voorzien in regionale expertteams.",
        },
      ],
    },
    procedure: { kind: "BELEIDSKADER_VASTSTELLEN", titel: "Vaststellen integrale regiovisie" },
  },
  {
    slug: "intentieovereenkomst",
    kind: "INTENTIEOVEREENKOMST",
    titel: "Intentieovereenkomst voortzetting regionale samenwerking",
    omschrijving:
      "In 2024 en 2025 door de portefeuillehouders in het BOSD opgesteld en eind 2025 door de vijf colleges ondertekend (bron 000).",
    topics: [TOPICS.jeugd, TOPICS.wmo],
    partOfRegeling: false,
    periode: "2024–2025",
    bron: SOURCES.handreiking2026,
    version: {
      label: "Intentieovereenkomst (ondertekend eind 2025)",
      status: "DEFINITIEF",
      toelichting: TEXT_NOT_IN_SOURCES,
      articles: [{ key: "overeenkomst", nummer: "IO", titel: "Tekst", tekst: TEXT_NOT_IN_SOURCES }],
    },
  },
];

export interface SeedMilestone {
  kind: "FEIT" | "PLANNING" | "WETTELIJK";
  label: string;
  date: string;
  precision: "DAY" | "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR";
  dateText: string;
  bron: string;
  /** The regional step a PLANNING milestone plans, where the source names one (issue 16 point 2). */
  plannedStep?: "zienswijzeprocedure_geopend" | "toestemmingsprocedure_geopend";
}

export const MILESTONES: SeedMilestone[] = [
  {
    kind: "FEIT",
    label: "Centrumregeling Sociaal Domein Flevoland aangegaan",
    date: "2015-01-01",
    precision: "YEAR",
    dateText: "2015",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "FEIT",
    label: "Dienstverleningshandvest (2022)",
    date: "2022-01-01",
    precision: "YEAR",
    dateText: "2022",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "FEIT",
    label: "Onafhankelijke regiodirecteur gestart",
    date: "2023-11-01",
    precision: "DAY",
    dateText: "1 november 2023",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "FEIT",
    label: "Zeewolde naar regio Noord-Veluwe; addendum Zorg & Veiligheid",
    date: "2024-01-01",
    precision: "DAY",
    dateText: "1 januari 2024",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "FEIT",
    label: "Intentieovereenkomst ondertekend door de vijf colleges",
    date: "2025-10-01",
    precision: "QUARTER",
    dateText: "eind 2025",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "FEIT",
    label: "Gemeenteraadsverkiezingen",
    date: "2026-03-18",
    precision: "DAY",
    dateText: "18 maart 2026",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "PLANNING",
    label: "Concept-GR met bijlage taken voor zienswijze naar de raden",
    date: "2026-05-01",
    precision: "MONTH",
    dateText: "mei 2026",
    bron: SOURCES.handreiking2026,
    plannedStep: "zienswijzeprocedure_geopend",
  },
  {
    kind: "PLANNING",
    label: "Definitieve GR naar de raden voor toestemming",
    date: "2026-07-01",
    precision: "HALF_YEAR",
    dateText: "na het zomerreces 2026",
    bron: SOURCES.handreiking2026,
    plannedStep: "toestemmingsprocedure_geopend",
  },
  {
    kind: "PLANNING",
    label: "Integrale regiovisie naar de raden",
    date: "2026-07-01",
    precision: "HALF_YEAR",
    dateText: "tweede helft 2026",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "PLANNING",
    label: "Ondertekening door de colleges",
    date: "2026-12-01",
    precision: "MONTH",
    dateText: "uiterlijk december 2026",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "WETTELIJK",
    label: "Nieuwe GR in werking (Wet verbetering beschikbaarheid jeugdzorg)",
    date: "2027-01-01",
    precision: "DAY",
    dateText: "1 januari 2027",
    bron: SOURCES.handreiking2026,
  },
  {
    kind: "PLANNING",
    label: "Regionale inkoop 2027: nieuwe contracten",
    date: "2027-01-01",
    precision: "DAY",
    dateText: "1 januari 2027",
    bron: SOURCES.presentatieUrk,
  },
  {
    kind: "WETTELIJK",
    label: "Stevige lokale teams geïmplementeerd (Wvbj)",
    date: "2028-01-01",
    precision: "DAY",
    dateText: "1 januari 2028",
    bron: SOURCES.handreiking2026,
  },
];

/** Demo accounts (marked isDemo, listed in the README). Never use these in production. */
export const DEMO_PASSWORD = "demo-wachtwoord-2026";

export interface SeedUser {
  email: string;
  naam: string;
  role: "ADMIN" | "SECRETARIAAT" | "GRIFFIER" | "COLLEGE" | "RAADSLID";
  gemeenteSlug?: string;
}

export function demoUsers(): SeedUser[] {
  const users: SeedUser[] = [
    { email: "beheer@demo.gr-volg.nl", naam: "Demo beheerder", role: "ADMIN" },
    { email: "secretariaat@demo.gr-volg.nl", naam: "Demo regionaal secretariaat", role: "SECRETARIAAT" },
  ];
  for (const g of GEMEENTEN) {
    users.push({
      email: `griffier.${g.slug}@demo.gr-volg.nl`,
      naam: `Demo griffier ${g.naam}`,
      role: "GRIFFIER",
      gemeenteSlug: g.slug,
    });
    users.push({
      email: `college.${g.slug}@demo.gr-volg.nl`,
      naam: `Demo college ${g.naam}`,
      role: "COLLEGE",
      gemeenteSlug: g.slug,
    });
  }
  users.push({
    email: "raadslid.urk@demo.gr-volg.nl",
    naam: "Demo raadslid Urk",
    role: "RAADSLID",
    gemeenteSlug: "urk",
  });
  return users;
}
