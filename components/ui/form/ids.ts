/**
 * Id conventions of the form kit. Ids are unique per form ("vaststellen-besluitdatum",
 * "concept-points-0-tekst") because several forms share a page; the e2e tests and the error
 * summary's links rely on them.
 */
export const fieldId = (formId: string, path: string) => {
  const local = path.replaceAll(".", "-");
  return formId ? `${formId}-${local}` : local;
};
export const errorId = (id: string) => `${id}-fout`;
export const descriptionId = (id: string) => `${id}-hint`;
export const summaryId = (formId: string) => `${formId}-foutmeldingen`;

/** aria-describedby of an input: its description, its error and any extra ids (e.g. a policy text). */
export function describedBy(id: string, description: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [extra, description ? descriptionId(id) : null, error ? errorId(id) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
