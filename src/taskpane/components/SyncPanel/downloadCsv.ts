/**
 * Saves text as a CSV download in the browser: a Blob and a temporary object URL,
 * no network. A UTF-8 byte-order mark makes Excel open Korean text correctly.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "부서 목록.csv" → "부서 목록 - 제외된 행.csv". */
export function rejectedFileName(sourceName: string, suffix: string): string {
  const stem = sourceName.replace(/\.(csv|tsv|txt)$/i, "");
  return `${stem} - ${suffix}.csv`;
}
