import { describe, expect, it } from 'vitest';
import { allowedSender } from '../../../lib/messages/sender';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript = { id: ID, url: 'https://sponsor.example/course', tab: { id: 7 } };
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const otherExtension = { id: 'zzzz', url: 'chrome-extension://zzzz/x.html', tab: { id: 7 } };
const webPage = { url: 'https://evil.example/', tab: { id: 7 } };
/** A catalog chip: our page, framed in a sponsor's tab. */
const chipFrame = { id: ID, url: `${ORIGIN}chip-frame.html#3`, tab: { id: 7 } };

describe('who may send what', () => {
  it.each([
    ['check-courses', contentScript, true],
    ['check-courses', popup, false],
    ['load-badge', contentScript, true],
    ['load-badge', popup, false],
    ['save-course', contentScript, true],
    ['save-course', popup, true],
    ['tab-courses', popup, true],
    ['tab-courses', contentScript, false],
    ['check-active-tab', contentScript, false],
    ['data-changed', popup, true],
    ['data-changed', contentScript, false],
    ['listing-chip', chipFrame, true],
    ['listing-chip', popup, false],
    ['listing-chip', contentScript, false],
    ['undo-save', chipFrame, true],
    ['undo-save', popup, true],
    ['undo-save', contentScript, false],
    ['remove-from-plan', chipFrame, true],
    ['remove-from-plan', contentScript, false],
    // A frame's word for the badge script: our frame in a tab only (a content script or the popup has no badge to tell).
    ['tell-badge', chipFrame, true],
    ['tell-badge', popup, false],
    ['tell-badge', contentScript, false],
  ] as const)('%s from %o → %s', (type, sender, ok) => {
    expect(allowedSender(type, sender, ID, ORIGIN)).toBe(ok);
  });

  it.each(['check-courses', 'load-badge', 'save-course', 'undo-save', 'remove-from-plan', 'tab-courses', 'listing-chip', 'tell-badge', 'check-active-tab', 'data-changed'] as const)('refuses %s from web pages and other extensions', (type) => {
    expect(allowedSender(type, webPage, ID, ORIGIN)).toBe(false);
    expect(allowedSender(type, otherExtension, ID, ORIGIN)).toBe(false);
  });
});
