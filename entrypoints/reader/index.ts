import { offerReader } from '../../components/badge/page-reader';
import { readCourseBlocks } from '../../lib/extract';

/**
 * The reading of a page's courses, injected by the worker with the badge script into a page the
 * detector finds about CE (an unlisted script: on no manifest match list). It only offers the
 * reading to the detector, which runs it in slices (components/badge/page-reader.ts).
 */
export default defineUnlistedScript(() => offerReader(readCourseBlocks));
