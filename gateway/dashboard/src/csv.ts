import type { Child } from "./dom";

/** A cell's text as the table shows it (cells may be nodes: links, badges). */
function text(cell: Child): string {
  if (cell === null || cell === undefined || cell === false) return "";
  if (Array.isArray(cell)) return cell.map(text).join("");
  if (typeof cell === "string" || typeof cell === "number") return String(cell);
  return (cell.textContent ?? "").trim();
}

/** Text a spreadsheet would run as a formula; numbers (−3) stay numbers. */
const FORMULA = /^[=+\-@\t\r]/;

function field(cell: Child): string {
  let value = text(cell);
  if (FORMULA.test(value) && Number.isNaN(Number(value))) value = `'${value}`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV, with a byte-order mark so that spreadsheets read it as UTF-8 ("—", "Bristol, City of"). */
export function toCsv(headers: string[], rows: Child[][]): string {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

/** Hands the browser a CSV file to save, made from the table when asked. */
export function downloadCsv(filename: string, headers: string[], rows: Child[][]): void {
  const url = URL.createObjectURL(new Blob([toCsv(headers, rows)], { type: "text/csv;charset=utf-8" }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
