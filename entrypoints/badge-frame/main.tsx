import { render } from 'preact';
import { PanelFrame } from '../../components/badge/PanelFrame';
import { BADGE_CSS, FRAME_CSS } from '../../components/badge/styles';

/**
 * The course page's panel, as an extension page in a frame on the sponsor's page (the badge script
 * adds the frame; `web_accessible_resources` with `use_dynamic_url` in wxt.config.ts lets it load
 * there). What is personal — the user's gaps, what they type, where they click — stays in the
 * extension's origin: the page's find-in-page, layout probes and key listeners cannot reach it.
 */
const style = document.createElement('style');
style.textContent = BADGE_CSS + FRAME_CSS;
document.head.append(style);
render(<PanelFrame />, document.getElementById('app')!);
