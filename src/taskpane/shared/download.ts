// Hand bytes to the browser as a file to save (outside Excel the summary goes out this way).
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  document.body.appendChild(a);
  a.click();
  a.remove();
  // let the download start before the address goes
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
