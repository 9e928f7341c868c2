import Papa from 'papaparse';
import { bench, describe } from 'vitest';
import { readCertificate } from '../../lib/import/certificate';
import { guessMapping, parseCsv, previewImport, savedCourses } from '../../lib/import/csv';
import { historyRows } from '../fixtures/csv/history';
import { certificateRows, certificateText } from '../unit/import/pdf';
import { emptyStore } from './seed';

/**
 * Certificates and CSV histories (issue #17). Each figure has its control in the same run: the
 * certificate against pdf.js extracting the same file's text alone (what reading costs on top of
 * the library), the CSV import against papaparse parsing the same rows alone.
 */
describe('certificate: a 2-page certificate (cqr-table.pdf)', () => {
  bench('read a 2-page certificate: pdf.js text, rows, proposed fields', async () => void readCertificate(await certificateRows('cqr-table.pdf')), { iterations: 20, warmupIterations: 3 });
  bench('control: pdf.js text extraction alone, same file', async () => void (await certificateText('cqr-table.pdf')), { iterations: 20, warmupIterations: 3 });
});

describe('CSV: 5,000 rows', () => {
  const csv = historyRows(5000);
  bench(
    'import 5,000 CSV rows: parse, map, check, one transaction',
    async () => {
      const store = await emptyStore();
      const table = parseCsv(csv);
      const rows = previewImport(table, guessMapping(table.header), savedCourses(await store.listCourses()), '2026-06-01');
      await store.importCourses(rows.flatMap((r) => (r.course ? [r.course] : [])));
      store.close();
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench('control: papaparse alone, same 5,000 rows', () => void Papa.parse(csv, { skipEmptyLines: 'greedy' }), { iterations: 5, warmupIterations: 1 });
});
