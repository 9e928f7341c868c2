import { render } from 'preact';
import { PanelFrame } from '../../components/badge/PanelFrame';
import { BADGE_CSS, FRAME_CSS } from '../../components/badge/styles';
import { post } from '../../lib/messages/post';

/**
 * The course page's panel, as an extension page in a frame on the sponsor's page (the badge script
 * adds the frame; `web_accessible_resources` with `use_dynamic_url` in wxt.config.ts lets it load
 * there). What is personal — the user's gaps, what they type, where they click — stays in the
 * extension's origin: the page's find-in-page, layout probes and key listeners cannot reach it.
 */
const style = document.createElement('style');
style.textContent = BADGE_CSS + FRAME_CSS;
document.head.append(style);
// Asked before the UI library renders anything (its effects wait for a frame): the worker's round
// trip overlaps the panel's start. No tab named: the worker answers for the tab this frame is shown in.
const first = post({ type: 'tab-courses' }).catch(() => null);
render(<PanelFrame first={first} />, document.getElementById('app')!);
