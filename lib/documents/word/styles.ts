/**
 * The one style set of every GR-volg Word document (styles.xml, handed to docx as `externalStyles`).
 *
 * Why a whole styles part instead of docx's default styles: docx's defaults give Heading 1–6 no
 * outline level, so LibreOffice and Word leave the headings out of the navigator, a table of
 * contents and PDF tags; and docx has no option for a table style. Style ids are Word's built-in
 * ids (Title, Heading1…3, TOC1…3, Header, Footer), so Word and LibreOffice map them to their own
 * "Titel", "Kop 1" etc. and a TOC field with \o "1-3" finds them.
 */

/** Style ids used by the builder (and checked by the tests). */
export const STYLE = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  heading: ["Heading1", "Heading2", "Heading3"] as const,
  table: "GRVolgTabel",
  header: "Header",
  footer: "Footer",
} as const;

export const DOCUMENT_LANGUAGE = "nl-NL";
const FONT = "Arial";
/** Dark blue of the headings (contrast ratio > 7:1 on white). */
const ACCENT = "1F3864";

const rFonts = `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>`;

function paragraphStyle(o: {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  uiPriority?: number;
  /** 0 = level 1: what puts a heading in the navigator, the TOC and the PDF tags. */
  outlineLevel?: number;
  pPr?: string;
  rPr?: string;
  isDefault?: boolean;
}): string {
  return [
    `<w:style w:type="paragraph" w:styleId="${o.id}"${o.isDefault ? ' w:default="1"' : ""}>`,
    `<w:name w:val="${o.name}"/>`,
    o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : "",
    o.next ? `<w:next w:val="${o.next}"/>` : "",
    o.uiPriority !== undefined ? `<w:uiPriority w:val="${o.uiPriority}"/>` : "",
    "<w:qFormat/>",
    `<w:pPr>${o.pPr ?? ""}${o.outlineLevel !== undefined ? `<w:outlineLvl w:val="${o.outlineLevel}"/>` : ""}</w:pPr>`,
    `<w:rPr>${o.rPr ?? ""}</w:rPr>`,
    "</w:style>",
  ].join("");
}

const HEADING_SIZES = [32, 26, 23]; // half-points: 16, 13, 11.5 pt

/** styles.xml of every export. */
export function stylesXml(): string {
  const headings = STYLE.heading.map((id, level) =>
    paragraphStyle({
      id,
      name: `heading ${level + 1}`,
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 9,
      outlineLevel: level,
      pPr: `<w:keepNext/><w:keepLines/><w:spacing w:before="${level === 0 ? 360 : 240}" w:after="120"/>`,
      rPr: `<w:b/><w:color w:val="${ACCENT}"/><w:sz w:val="${HEADING_SIZES[level]}"/><w:szCs w:val="${HEADING_SIZES[level]}"/>`,
    }),
  );
  const toc = [1, 2, 3].map((level) =>
    paragraphStyle({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 39,
      pPr: `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="${(level - 1) * 240}"/>`,
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    "<w:docDefaults>",
    `<w:rPrDefault><w:rPr>${rFonts}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${DOCUMENT_LANGUAGE}" w:eastAsia="${DOCUMENT_LANGUAGE}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`,
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>',
    "</w:docDefaults>",
    paragraphStyle({ id: STYLE.normal, name: "Normal", isDefault: true }),
    paragraphStyle({
      id: STYLE.title,
      name: "Title",
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 10,
      pPr: '<w:spacing w:after="240"/>',
      rPr: `<w:b/><w:color w:val="${ACCENT}"/><w:sz w:val="44"/><w:szCs w:val="44"/>`,
    }),
    paragraphStyle({
      id: STYLE.subtitle,
      name: "Subtitle",
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 11,
      pPr: '<w:spacing w:after="240"/>',
      rPr: '<w:color w:val="404040"/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    }),
    ...headings,
    ...toc,
    paragraphStyle({
      id: "TOCHeading",
      name: "TOC Heading",
      basedOn: STYLE.heading[0],
      next: STYLE.normal,
      uiPriority: 39,
      // The heading above the table of contents is not itself a chapter: no outline level.
      pPr: '<w:outlineLvl w:val="9"/>',
    }),
    paragraphStyle({
      id: STYLE.header,
      name: "header",
      basedOn: STYLE.normal,
      pPr: '<w:tabs><w:tab w:val="right" w:pos="9060"/></w:tabs><w:spacing w:after="0"/>',
      rPr: '<w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    }),
    paragraphStyle({
      id: STYLE.footer,
      name: "footer",
      basedOn: STYLE.normal,
      pPr: '<w:jc w:val="center"/><w:spacing w:after="0"/>',
      rPr: '<w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    }),
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    `<w:style w:type="table" w:styleId="${STYLE.table}">`,
    '<w:name w:val="GR-volg tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>',
    '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>',
    "<w:tblPr><w:tblBorders>",
    ...["top", "left", "bottom", "right", "insideH", "insideV"].map(
      (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>`,
    ),
    '</w:tblBorders><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${ACCENT}"/></w:tcPr></w:tblStylePr>`,
    "</w:style>",
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    "</w:styles>",
  ].join("");
}
