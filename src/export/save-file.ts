/** Hands a text to the reader as a downloaded file, without any request to a server. */

/**
 * Saves `content` (a text or a Blob such as a PNG) under `fileName` through a temporary link.
 * @param type - the file's media type, e.g. `text/csv;charset=utf-8`
 * @example saveFile('id,title\r\n…', 'events.csv', 'text/csv;charset=utf-8')
 */
export function saveFile(content: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
