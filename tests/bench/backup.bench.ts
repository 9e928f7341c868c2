import { bench, describe } from 'vitest';
import { exportBackup, importBackup } from '../../lib/store';
import { scenario } from './scenario';
import { emptyStore, seededStore } from './seed';

describe('backup export + import (target: < 1 s at 10,000 courses)', async () => {
  const source = await seededStore(scenario(10_000));
  const target = await emptyStore();
  bench('export + import 10,000 courses', async () => void (await importBackup(target, await exportBackup(source))), { iterations: 5, warmupIterations: 1 });
});
