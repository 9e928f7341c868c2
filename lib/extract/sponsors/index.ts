import { asrt } from './asrt';
import { asrtStore } from './asrt-store';
import { xRayLady } from './x-ray-lady';
import { scrubsCe } from './scrubs-ce';
import { ce4rt } from './ce4rt';
import { gageCe } from './gage-ce';
import { xRayCe } from './x-ray-ce';
import { ceEssentials } from './ce-essentials';
import { ahec } from './ahec';
import { mtmi } from './mtmi';
import { mic } from './mic';
import { eradimaging } from './eradimaging';
import { smrt } from './smrt';
import { snmmi } from './snmmi';
import { icpme } from './icpme';
import { cloverLearning } from './clover-learning';
import type { Sponsor } from './sponsor';

/** Every sponsor module (one file each); a page is claimed by the first whose `detect` (or hosts) matches. */
export const SPONSORS: readonly Sponsor[] = [asrt, asrtStore, xRayLady, scrubsCe, ce4rt, gageCe, xRayCe, ceEssentials, ahec, mtmi, mic, eradimaging, smrt, snmmi, icpme, cloverLearning];
