/** Saves text as a file through the browser's download, under `name`. */
export function downloadFile(text: string, type: string, name: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  // A moment after the click: revoking the URL at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
