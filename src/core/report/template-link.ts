// The report template named in Pengaturan: a Google Doc's link or its bare id.
// https://developers.google.com/docs/api/how-tos/overview#document_id ("/document/d/DOCUMENT_ID/")

/** Drive ids are long runs of letters, digits, "-" and "_". */
const ID = /^[A-Za-z0-9_-]{20,}$/;
const IN_LINK = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;

/** The document id of a link or an id as typed; null when the text is neither. */
export function templateDocumentId(text: string): string | null {
  const trimmed = text.trim();
  if (ID.test(trimmed)) return trimmed;
  return IN_LINK.exec(trimmed)?.[1] ?? null;
}
