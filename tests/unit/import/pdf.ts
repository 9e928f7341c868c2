import { readFileSync } from 'node:fs';
import { pageRows, type PositionedText } from '../../../lib/import/pdf-rows';

// pdf.js 6 uses Promise.withResolvers (Node 22); the extension's browsers have it, Node 20 does not.
Promise.withResolvers ??= function <T>() {
  let resolve!: (v: T | PromiseLike<T>) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
};

/** pdf.js's text items of each page of a fixture certificate, as the options page gets them. */
export async function certificateText(name: string): Promise<PositionedText[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(new URL(`../../fixtures/certificates/${name}`, import.meta.url)));
  const task = pdfjs.getDocument({ data, verbosity: 0 });
  const pdf = await task.promise;
  const pages: PositionedText[][] = [];
  for (let i = 1; i <= pdf.numPages; i++) pages.push((await (await pdf.getPage(i)).getTextContent()).items.flatMap((x) => ('str' in x ? [x] : [])));
  await task.destroy();
  return pages;
}

/** A fixture certificate's rows per page, read by pdf.js (its Node build) as the options page reads it. */
export async function certificateRows(name: string): Promise<string[][]> {
  return (await certificateText(name)).map(pageRows);
}
