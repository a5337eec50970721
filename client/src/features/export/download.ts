/** Hands a file to the browser's downloads, named as the reader will find it. */
export function downloadFile(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
