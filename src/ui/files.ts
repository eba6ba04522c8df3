/** Files in and out of the extension's pages: nothing leaves the machine. */

/** Offers text as a file download, a Blob behind an <a download> (no downloads permission needed). */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has handed the URL to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's text (FileReader where File.text is missing, as in older engines and jsdom). */
export function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
