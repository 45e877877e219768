import { toCsv } from './csv.js';
import type { DataTable } from '../charts/data-table.js';

// Saving what the dashboard shows: a chart as a PNG image, its data as an Excel workbook (for
// people) or a CSV file (for other software). Browser only.

/** Hands a file to the browser's download (the `download` attribute of a link). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; free the object URL a little later for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A table as a CSV download for other software (see {@link toCsv}). */
export function downloadCsv(table: DataTable, baseName: string): void {
  downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`);
}

/**
 * A table as an Excel download (see `tableWorkbook` in xlsx.ts). The workbook code and exceljs
 * are loaded here, on the first click, not with the page.
 */
export async function downloadXlsx(table: DataTable, baseName: string, sheetName: string): Promise<void> {
  const { toXlsx } = await import('./xlsx.js');
  downloadBlob(await toXlsx(table, sheetName), `${baseName}.xlsx`);
}

/**
 * A chart's canvas as a PNG file with its title above it on white: the canvas itself is
 * transparent, which reads badly in a document or an image viewer.
 */
export async function chartImage(canvas: HTMLCanvasElement, title: string): Promise<Blob> {
  const ratio = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
  const padding = Math.round(16 * ratio);
  const fontSize = Math.round(16 * ratio);
  const titleHeight = title ? Math.round(fontSize * 1.8) : 0;
  const image = document.createElement('canvas');
  image.width = canvas.width + 2 * padding;
  image.height = canvas.height + 2 * padding + titleHeight;
  const context = image.getContext('2d');
  if (!context) throw new Error('No 2D canvas context to draw the image on.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, image.width, image.height);
  if (title) {
    context.fillStyle = '#1f2937';
    context.font = `600 ${fontSize}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif`;
    context.textBaseline = 'top';
    context.fillText(title, padding, padding, image.width - 2 * padding);
  }
  context.drawImage(canvas, padding, padding + titleHeight);
  return new Promise((resolve, reject) => {
    image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be turned into an image.'))), 'image/png');
  });
}
