Promise.withResolvers ??= function () { let resolve, reject; const promise = new Promise((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  console.log('==', f);
  try {
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), isEvalSupported: false, verbosity: 0 }).promise;
  for (let i = 1; i <= pdf.numPages; i++) { const p = await pdf.getPage(i); const tc = await p.getTextContent();
    console.log('page', i, p.view, tc.items.map(t => `${JSON.stringify(t.str)}@${t.transform[4].toFixed(0)},${t.transform[5].toFixed(0)} w${t.width.toFixed(0)} h${t.height.toFixed(0)}${t.hasEOL?' EOL':''}`).join('\n  ')); }
  } catch (e) { console.log('ERR', e.name, e.message); }
}
