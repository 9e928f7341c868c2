import { DISCIPLINE_IDS, type DisciplineId } from '../../lib/outlines';
import { disciplineName } from './names';

/** A labelled choice of ARRT discipline, "CT — Computed Tomography" style. */
export function DisciplineSelect({ value, onChange, testId }: { value: DisciplineId; onChange: (d: DisciplineId) => void; testId?: string }) {
  return (
    <label>
      Discipline
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value as DisciplineId)}>
        {DISCIPLINE_IDS.map((d) => (
          <option key={d} value={d}>
            {disciplineName(d)}
          </option>
        ))}
      </select>
    </label>
  );
}
