/** Hands the browser a file made on the device (nothing is fetched): it saves it where downloads go. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the blob is small, so it may wait.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
