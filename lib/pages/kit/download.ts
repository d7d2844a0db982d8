/**
 * Saves text as a file through a temporary Blob link: no `downloads` permission needed. `type` is the file's media
 * type: JSON for the exports and the local directory, `text/calendar` for "Add to my calendar" (lib/calendar.ts).
 */
export function downloadText(
  fileName: string,
  text: string,
  type = 'application/json',
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a file the person asked for; the pages take one so tests can record what was saved. */
export type Download = (fileName: string, text: string, type?: string) => void;
