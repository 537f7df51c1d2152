/** Save a text as a file from an extension page (an object URL and a link click: no downloads permission needed). */

/** Offer `body` as a file download named `name` (no downloads permission needed from an extension page). */
export function download(name: string, type: string, body: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([body], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
