import { API_VERSION } from "./http";
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from "./pagination";

/**
 * OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. The component
 * schemas are JSON Schema 2020-12; the contract tests validate every response against them.
 */
type Schema = Record<string, unknown>;
const str: Schema = { type: "string" };
const nstr: Schema = { type: ["string", "null"] };
const date: Schema = { type: "string", format: "date" };
const ndate: Schema = { type: ["string", "null"], format: "date" };
const nint: Schema = { type: ["integer", "null"] };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: Schema): Schema => ({ type: "array", items });
const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: "object",
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
const href = obj({ href: str });
const links = (...names: string[]) => obj(Object.fromEntries(names.map((n) => [n, href])));
/** One raad in a begroting cycle (shared by the regeling's and the gemeente's begrotingscycli). */
const begrotingRaad = {
  stand: str,
  standLabel: str,
  zienswijzeUiterlijk: ndate,
  zienswijze: {
    anyOf: [
      obj({
        besluitdatum: date,
        punten: arr(obj({ nummer: { type: "integer" }, onderwerp: str, verwijzing: nstr, tekst: str })),
      }),
      { type: "null" },
    ],
  },
  antwoord: { anyOf: [obj({ datum: date, motivering: str }), { type: "null" }] },
};
const page = (item: string): Schema => ({
  type: "object",
  additionalProperties: false,
  required: ["items", "page", "pageSize", "totalItems", "totalPages", "_links"],
  properties: {
    items: arr(ref(item)),
    page: { type: "integer", minimum: 1 },
    pageSize: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE },
    totalItems: { type: "integer", minimum: 0 },
    totalPages: { type: "integer", minimum: 1 },
    _links: obj({ self: href, first: href, last: href, next: href, prev: href }, ["next", "prev"]),
  },
});
const trackStand = { anyOf: [obj({ status: str, label: str }), { type: "null" }] };
const documentVersieRef = obj({ id: str, label: str, document: str });
/** A raad on the ontwerpbegroting or on a begrotingswijziging: its stand, deadline, zienswijze and the answer. */
/** A raad on a begroting or wijziging, named by its gemeente (the regeling's begrotingscycli resource). */
const begrotingRaadMetGemeente = obj({ gemeente: str, naam: str, ...begrotingRaad });

const regelingSummaryProps: Record<string, Schema> = {
  slug: str,
  naam: str,
  citeertitel: nstr,
  vorm: str,
  partijen: str,
  regio: nstr,
  stand: nstr,
  standLabel: nstr,
  ondertekeningUiterlijk: ndate,
  beoogdeInwerkingtreding: ndate,
  inWerkingOp: ndate,
  beeindigdOp: ndate,
  _links: links("self", "html", "agenda"),
};
const gemeenteSummaryProps: Record<string, Schema> = {
  slug: str,
  naam: str,
  cbsCode: nstr,
  regelingen: arr(obj({ slug: str, naam: str, deelname: { enum: ["FULL", "ADDENDUM"] } })),
  _links: links("self", "html", "agenda"),
};
const versieProps: Record<string, Schema> = {
  id: str,
  nummer: { type: "integer" },
  label: str,
  status: { enum: ["CONCEPT", "DEFINITIEF"] },
  contentHash: str,
  gepubliceerdOp: { type: "string", format: "date-time" },
  _links: links("self"),
};

const schemas: Record<string, Schema> = {
  Problem: obj(
    {
      type: { type: "string", format: "uri" },
      title: str,
      status: { type: "integer" },
      detail: str,
      instance: str,
      invalidParams: arr(obj({ name: str, reason: str })),
    },
    ["invalidParams"],
  ),
  InvalidInputProblem: {
    description: "Problem (RFC 9457) voor ongeldige invoer: `invalidParams` noemt elke geweigerde parameter.",
    type: "object",
    additionalProperties: false,
    required: ["type", "title", "status", "detail", "instance", "invalidParams"],
    properties: {
      type: { type: "string", format: "uri" },
      title: str,
      status: { const: 400 },
      detail: str,
      instance: str,
      invalidParams: { type: "array", minItems: 1, items: obj({ name: str, reason: str }) },
    },
  },
  RegelingSamenvatting: obj(regelingSummaryProps),
  AgendaItem: obj({
    id: str,
    datum: date,
    soort: { enum: ["deadline", "vergadering", "mijlpaal"] },
    titel: str,
    omschrijving: str,
    gemeente: nstr,
    regeling: nstr,
  }),
  Regeling: obj({
    ...regelingSummaryProps,
    belang: nstr,
    onderwerpen: arr(str),
    vervangt: nstr,
    vervangenDoor: nstr,
    uitleg: { anyOf: [obj({ stand: str, nu: str, volgende: str, details: arr(str) }), { type: "null" }] },
    deelnemers: arr(
      obj({
        gemeente: obj({ slug: str, naam: str }),
        deelname: { enum: ["FULL", "ADDENDUM"] },
        onderwerpen: arr(str),
        raad: trackStand,
        college: trackStand,
      }),
    ),
    procedures: arr(obj({ id: str, soort: str, titel: str, document: str, stand: str, standLabel: str })),
    documenten: arr(
      obj({ id: str, titel: str, soort: str, aantalVersies: { type: "integer" }, _links: links("self") }),
    ),
    mijlpalen: arr(obj({ label: str, soort: str, datum: date, precisie: str, datumTekst: str, bron: str })),
    komend: arr(ref("AgendaItem")),
    doelHaalbaarheid: {
      description:
        "Of de beoogde datum van inwerkingtreding nog haalbaar is, in één zin (met de vroegst haalbare datum en waarom als dat niet zo is); null zonder lopende GR-procedure of beoogde datum.",
      anyOf: [obj({ haalbaar: { type: ["boolean", "null"] }, tekst: str }), { type: "null" }],
    },
  }),
  GemeenteSamenvatting: obj(gemeenteSummaryProps),
  Gemeente: obj({
    ...gemeenteSummaryProps,
    sporen: arr(
      obj({
        procedure: str,
        procedureTitel: str,
        regeling: str,
        orgaan: { enum: ["RAAD", "COLLEGE"] },
        status: str,
        label: str,
      }),
    ),
    tijdlijn: arr(obj({ datum: date, wat: str, wie: str, procedure: str })),
    komend: arr(obj({ datum: date, wat: str, wie: str, toelichting: str })),
  }),
  Versie: obj(versieProps),
  VersieMetArtikelen: obj({
    ...versieProps,
    toelichting: nstr,
    artikelen: arr(
      obj({ key: str, nummer: str, titel: str, tekst: str, positie: { type: "integer" }, contentHash: str }),
    ),
  }),
  Document: obj({
    id: str,
    titel: str,
    soort: str,
    omschrijving: nstr,
    periode: nstr,
    bron: nstr,
    onderwerpen: arr(str),
    deelVanRegeling: { type: "boolean" },
    regeling: str,
    versies: arr(ref("Versie")),
    _links: links("self", "versies", "html"),
  }),
  Dienstverleningshandvest: obj({
    id: str,
    titel: str,
    regeling: str,
    stand: str,
    standLabel: str,
    deelVanRegeling: { type: "boolean" },
    akkoordBosdOp: ndate,
    versie: { anyOf: [obj({ nummer: { type: "integer" }, label: str }), { type: "null" }] },
    gemeenten: arr(obj({ naam: str, stand: str, standLabel: str, collegebesluitOp: ndate, raadGeinformeerdOp: ndate })),
    _links: links("self", "document", "html"),
  }),
  Begrotingscycli: obj({
    regeling: str,
    items: arr(
      obj({
        id: str,
        jaar: { type: "integer" },
        titel: str,
        stand: str,
        standLabel: str,
        stappen: obj({
          kadersVerzondenOp: ndate,
          ontwerpVerzondenOp: ndate,
          aanbiedingOp: ndate,
          vastgesteldOp: ndate,
          naarGsVerzondenOp: ndate,
        }),
        termijnen: arr(obj({ wat: str, uiterlijk: date, grondslag: str })),
        jaarrekening: {
          ...obj({
            stand: { enum: ["niet_gestart", "voorlopig_verzonden", "vastgesteld", "naar_gs_verzonden"] },
            standLabel: str,
            voorlopigVerzondenOp: ndate,
            voorlopigUiterlijk: date,
            vastgesteldOp: ndate,
            besluitnummer: nstr,
            naarGsVerzondenOp: ndate,
            naarGsUiterlijk: date,
          }),
          description:
            "De jaarrekening van het begrotingsjaar: voorlopige jaarrekening naar de raden vóór 1 mei (art. 34b Wgr), vaststelling en verzending aan Gedeputeerde Staten binnen twee weken en vóór 15 juli van het jaar erna (art. 34 lid 3 Wgr).",
        },
        waarschuwingen: arr(str),
        jaarplanning: obj({
          kadersOp: ndate,
          ontwerpOp: ndate,
          aanbiedingOp: ndate,
          vaststellingOp: ndate,
          jaarrekeningOp: ndate,
          waarschuwingen: arr(str),
          termijnen: arr(
            obj({
              wat: str,
              grondslag: str,
              vanaf: date,
              uiterlijk: date,
              raden: arr(obj({ gemeente: str, naam: str, haalbaar: { type: "boolean" }, raadsvergadering: ndate })),
            }),
          ),
        }),
        raden: arr(begrotingRaadMetGemeente),
        wijzigingen: {
          ...arr(
            obj({
              nummer: { type: "integer" },
              titel: str,
              categorie: nstr,
              vrijgesteld: { type: "boolean" },
              stand: { enum: ["in_voorbereiding", "ontwerp_verzonden", "vastgesteld"] },
              standLabel: str,
              verzondenOp: ndate,
              aanbiedingOp: ndate,
              vastgesteldOp: ndate,
              raden: arr(begrotingRaadMetGemeente),
            }),
          ),
          description:
            "De begrotingswijzigingen van het jaar (art. 35 lid 5 Wgr): een ontwerpwijziging gaat net als de ontwerpbegroting twaalf weken vóór de aanbieding naar de raden voor een zienswijze, tenzij de regeling haar categorie uitzondert (`vrijgesteld`).",
        },
      }),
    ),
    _links: links("self", "regeling", "html"),
  }),
  GemeenteBegrotingscycli: obj({
    gemeente: str,
    items: arr(
      obj({
        regeling: str,
        naam: str,
        cycli: arr(
          obj({
            id: str,
            jaar: { type: "integer" },
            titel: str,
            stand: str,
            standLabel: str,
            stappen: obj({
              kadersVerzondenOp: ndate,
              ontwerpVerzondenOp: ndate,
              aanbiedingOp: ndate,
              vastgesteldOp: ndate,
              naarGsVerzondenOp: ndate,
            }),
            raad: obj(begrotingRaad),
          }),
        ),
        _links: links("regeling", "begrotingscycli"),
      }),
    ),
    _links: links("self", "gemeente", "html"),
  }),
  Besluit: obj({
    id: str,
    soort: str,
    uitkomst: str,
    besluitdatum: date,
    besluitnummer: nstr,
    orgaan: str,
    gemeente: nstr,
    regeling: str,
    procedure: str,
    documentVersie: documentVersieRef,
    stemmen: obj({ voor: nint, tegen: nint, aanwezig: nint, zittingHebbendeLeden: nint }),
    weigeringsgrond: { enum: ["STRIJD_MET_HET_RECHT", "STRIJD_MET_HET_ALGEMEEN_BELANG", null] },
    motivering: nstr,
    verwachteDatum: ndate,
    publicatieDatum: ndate,
    publicatieVindplaats: nstr,
    corrigeert: nstr,
    moties: arr(
      obj({
        id: str,
        soort: { enum: ["MOTIE", "AMENDEMENT"] },
        titel: str,
        indiener: str,
        uitkomst: str,
        stemmenVoor: nint,
        stemmenTegen: nint,
        tekst: nstr,
      }),
    ),
  }),
  Zienswijze: obj({
    id: str,
    status: { enum: ["VASTGESTELD", "INGEDIEND"] },
    gemeente: str,
    regeling: str,
    documentVersie: documentVersieRef,
    vastgesteldOp: ndate,
    ingediendOp: ndate,
    punten: arr(
      obj({
        nummer: { type: "integer" },
        onderwerp: str,
        artikel: nstr,
        tekst: str,
        antwoord: nstr,
        afdoening: { enum: ["OVERGENOMEN", "DEELS_OVERGENOMEN", "NIET_OVERGENOMEN", null] },
        gewijzigdArtikel: nstr,
      }),
    ),
  }),
  Deadline: obj({
    id: str,
    datum: date,
    soort: { enum: ["STATUTORY", "AGREED"] },
    label: str,
    grondslag: nstr,
    regeling: str,
    gemeente: nstr,
    procedure: str,
    berekening: {
      description: "Het spoor van de termijnberekening (start, termijn, nominaal einde, verlengingen met reden).",
      type: ["object", "null"],
    },
  }),
  Root: obj({
    naam: str,
    _links: links(
      "self",
      "openapi",
      "regelingen",
      "gemeenten",
      "documenten",
      "besluiten",
      "zienswijzen",
      "deadlines",
      "zoeken",
    ),
  }),
  RegelingPagina: page("RegelingSamenvatting"),
  Zoekresultaat: obj({
    soort: { enum: ["regeling", "gemeente", "document", "artikel", "zienswijzepunt", "antwoord", "besluit"] },
    id: str,
    titel: str,
    fragment: str,
    treffers: arr(str),
    _links: links("html"),
  }),
  ZoekresultaatPagina: page("Zoekresultaat"),
  GemeentePagina: page("GemeenteSamenvatting"),
  DocumentPagina: page("Document"),
  VersiePagina: page("VersieMetArtikelen"),
  BesluitPagina: page("Besluit"),
  ZienswijzePagina: page("Zienswijze"),
  DeadlinePagina: page("Deadline"),
};

/** Every response header the API sends, described once (NL API Design Rules: describe every header). */
const header = (description: string) => ({ description, schema: { type: "string" } });
const apiVersion = header("Volledige versie van de API, bijvoorbeeld 1.0.0 (NL API Design Rules, API-57).");
/** The CORS headers of lib/api/http.ts (CORS_HEADERS), sent on every response. */
const cors = {
  "Access-Control-Allow-Origin": header("CORS: iedere herkomst mag lezen (*)."),
  "Access-Control-Allow-Methods": header("CORS: de toegestane methoden (GET, HEAD, OPTIONS)."),
  "Access-Control-Allow-Headers": header("CORS: de request-headers die een browser-client mag sturen."),
  "Access-Control-Expose-Headers": header("CORS: de response-headers die een browser-client mag lezen."),
  "Access-Control-Max-Age": header("CORS: hoe lang (seconden) een browser de preflight mag onthouden."),
};
const cacheHeaders = {
  "API-Version": apiVersion,
  ETag: header("Hash van de body; stuur terug in If-None-Match."),
  "Cache-Control": header("Kort openbaar cachen (public, max-age=60); daarna opnieuw vragen met If-None-Match."),
  ...cors,
};
const problemHeaders = {
  "API-Version": apiVersion,
  "Cache-Control": header("Foutmeldingen worden niet bewaard (no-store)."),
  ...cors,
};
const problemResponse = (description: string, schema = "Problem", extraHeaders: Record<string, Schema> = {}) => ({
  description,
  headers: { ...problemHeaders, ...extraHeaders },
  content: { "application/problem+json": { schema: ref(schema) } },
});
const q = (name: string, description: string, schema: Schema) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});
const pageParams = [
  q("page", "Paginanummer, vanaf 1.", { type: "integer", minimum: 1, default: 1 }),
  q("pageSize", `Aantal per pagina, hoogstens ${MAX_PAGE_SIZE}.`, {
    type: "integer",
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  }),
];
const regelingParam = q("regeling", "Alleen voor deze regeling (slug).", { type: "string" });
const gemeenteParam = q("gemeente", "Alleen voor deze gemeente (slug).", { type: "string" });
const ifNoneMatch = { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } };
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

function get(summary: string, schema: string, parameters: unknown[], withNotFound = false) {
  return {
    get: {
      summary,
      parameters: [...parameters, ifNoneMatch],
      responses: {
        "200": { description: "OK", headers: cacheHeaders, content: { "application/json": { schema: ref(schema) } } },
        "304": { description: "Niet gewijzigd (ETag komt overeen); zonder body.", headers: cacheHeaders },
        "400": problemResponse(
          "Ongeldige invoer: een onbekende of onjuiste zoekparameter, of een onleesbaar adres. `invalidParams` noemt elke geweigerde parameter met de reden.",
          "InvalidInputProblem",
        ),
        ...(withNotFound ? { "404": problemResponse("Niet gevonden.") } : {}),
        "405": problemResponse("Alleen lezen is toegestaan.", "Problem", {
          Allow: header("De toegestane methoden: GET, HEAD, OPTIONS."),
        }),
        "500": problemResponse("Interne fout."),
      },
    },
  };
}

export const openApiDocument = {
  openapi: "3.1.0",
  jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
  info: {
    title: "GR-volg open API",
    version: API_VERSION,
    description:
      "Openbare, alleen-lezen API van GR-volg: gemeenschappelijke regelingen, de stand per gemeente, documenten en versies, besluiten, vastgestelde zienswijzen en termijnen. Volgt de NL API Design Rules (Logius). Concept-zienswijzen en interne notities staan er nooit in.",
    contact: { name: "GR-volg", url: "https://gr-volg.nl", email: "api@gr-volg.nl" },
    license: { name: "CC0 1.0 (data)", identifier: "CC0-1.0" },
  },
  servers: [{ url: "/api/v1" }],
  tags: [{ name: "openbaar", description: "Openbare gegevens, zonder inloggen." }],
  paths: {
    "/": get("Startpunt met links naar alle bronnen", "Root", []),
    "/regelingen": get("Alle regelingen", "RegelingPagina", pageParams),
    "/regelingen/{slug}": get(
      "Eén regeling met deelnemers, uitleg en komende termijnen",
      "Regeling",
      [path("slug")],
      true,
    ),
    "/regelingen/{slug}/begrotingscycli": get(
      "De begrotingscycli van een regeling per jaar (nieuwste eerst): stappen, termijnen, de zienswijzen van de raden en de antwoorden van het bestuur",
      "Begrotingscycli",
      [path("slug")],
      true,
    ),
    "/gemeenten": get("Alle gemeenten", "GemeentePagina", pageParams),
    "/gemeenten/{slug}": get("Eén gemeente met tijdlijn", "Gemeente", [path("slug")], true),
    "/gemeenten/{slug}/begrotingscycli": get(
      "De begrotingscycli van alle regelingen waaraan een gemeente meedoet, met per jaar de stand van haar raad, de zienswijze en het antwoord van het bestuur",
      "GemeenteBegrotingscycli",
      [path("slug")],
      true,
    ),
    "/documenten": get("Alle documenten", "DocumentPagina", [...pageParams, regelingParam]),
    "/documenten/{id}": get("Eén document", "Document", [path("id")], true),
    "/documenten/{id}/versies": get(
      "De versies van een document met hun artikelen",
      "VersiePagina",
      [path("id"), ...pageParams],
      true,
    ),
    "/dienstverleningshandvesten/{id}": get(
      "Eén actualisatie van een dienstverleningshandvest met de stand per gemeente",
      "Dienstverleningshandvest",
      [path("id")],
      true,
    ),
    "/besluiten": get("Besluiten met stemmingen en moties", "BesluitPagina", [
      ...pageParams,
      regelingParam,
      gemeenteParam,
    ]),
    "/zienswijzen": get("Vastgestelde en ingediende zienswijzen met antwoorden", "ZienswijzePagina", [
      ...pageParams,
      regelingParam,
      gemeenteParam,
    ]),
    "/deadlines": get("Termijnen", "DeadlinePagina", [
      ...pageParams,
      regelingParam,
      gemeenteParam,
      q("vanaf", "Alleen termijnen op of na deze datum.", { type: "string", format: "date" }),
    ]),
    "/zoeken": get(
      "Zoeken in regelingen, gemeenten, documenten, zienswijzepunten, antwoorden en besluiten (Nederlandse woordstammen; hoogstens 30 resultaten, de beste eerst)",
      "ZoekresultaatPagina",
      [
        {
          name: "q",
          in: "query",
          required: true,
          description: "De zoekterm (hoogstens 200 tekens).",
          schema: { type: "string", minLength: 1, maxLength: 200 },
        },
        ...pageParams,
      ],
    ),
  },
  components: { schemas },
} as const;

/** Response schema name per API path template (used by the contract tests). */
export type OpenApiPath = keyof typeof openApiDocument.paths;
