import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pageRows } from '../../../lib/import/pdf-rows';

/**
 * A certificate PDF read in this page: its text rows per page and its first page drawn on a
 * canvas. pdf.js is imported here on demand, so the options page paints without it and no other
 * part of the extension (content script, worker) ever loads it; its worker script is a file of
 * the extension (Vite's `?url`), nothing is fetched from anywhere else. The document's own
 * JavaScript is never run (pdf.js only runs it in a viewer with scripting, which this is not).
 */
export interface PdfRead {
  pages: string[][];
  /** The first page, drawn at a width fit for the form's side. */
  canvas: HTMLCanvasElement;
  /** Form fields or scripts the file carries, for the user to know (never run, never filled). */
  active: boolean;
}

/** Pages read for text: a certificate is one or two; a 300-page file is something else. */
const MAX_PAGES = 5;

export class PdfError extends Error {}

export async function readPdf(file: Blob, width = 520): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  const task = pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), useWorkerFetch: false, enableXfa: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise.catch((e: unknown) => {
      const name = (e as { name?: string } | null)?.name;
      if (name === 'PasswordException') throw new PdfError('This PDF is protected by a password, so its text cannot be read. Save an unprotected copy (Print → Save as PDF) and add that; nothing was changed.');
      throw new PdfError('This file is not a PDF that can be opened (it may be damaged or incomplete). Download the certificate again; nothing was changed.');
    });
    const pages: string[][] = [];
    for (let i = 1; i <= Math.min(pdf.numPages, MAX_PAGES); i++) {
      const page = await pdf.getPage(i);
      pages.push(pageRows((await page.getTextContent()).items.flatMap((x) => ('str' in x ? [x] : []))));
    }
    const first = await pdf.getPage(1);
    const viewport = first.getViewport({ scale: width / first.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await first.render({ canvas, viewport }).promise;
    const active = (await pdf.hasJSActions()) || ((await pdf.getFieldObjects()) ?? new Map()).size > 0;
    return { pages, canvas, active };
  } finally {
    await task.destroy();
  }
}
