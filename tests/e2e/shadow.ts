import type { CDPSession, Frame, Page } from '@playwright/test';

/**
 * A listing's chip lives in a *closed* shadow root, so neither the page nor Playwright's locators
 * can reach it. Tests reach it the way DevTools does: the DOM domain with `pierce: true`. A course
 * page's panel is an extension page in a frame inside such a root: tests read it through the
 * frame, and click it with real (trusted) mouse clicks, as a user would.
 */
interface DomNode {
  nodeId: number;
  attributes?: string[];
}

export interface Badge {
  kind: string;
  rootId: number;
}

/**
 * The panel's frame (the extension page `badge-frame.html`), once it has painted its panel. A chip
 * click replaces the panel: the newest frame is the one shown (the one before may not be reported
 * detached yet).
 */
export async function panelFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page
      .frames()
      .filter((f) => !f.isDetached() && /\/badge-frame\.html(#|$)/.test(f.url()))
      .at(-1);
    if (frame && (await frame.locator('.panel').count().catch(() => 0)) > 0) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no panel frame on the page');
}

/**
 * The personal chips of a catalog's listings painted so far (extension pages `chip-frame.html#i`,
 * one per listing near the viewport): listing index → what the chip says.
 */
export async function chipFrames(page: Page): Promise<Map<number, string>> {
  const chips = new Map<number, string>();
  for (const frame of page.frames()) {
    const at = /\/chip-frame\.html#(\d+)$/.exec(frame.url());
    if (!at) continue;
    const text = await frame
      .locator('#chip:not([hidden])')
      .textContent({ timeout: 50 })
      .catch(() => null);
    if (text) chips.set(Number(at[1]), text);
  }
  return chips;
}

export class BadgeProbe {
  private constructor(
    private readonly cdp: CDPSession,
    readonly page: Page,
  ) {}

  static async attach(page: Page): Promise<BadgeProbe> {
    return new BadgeProbe(await page.context().newCDPSession(page), page);
  }

  /**
   * Every CE Companion badge on the page, with its closed shadow root. Badges are replaced when a
   * page's courses change: a badge gone between two protocol calls means looking again.
   */
  async badges(): Promise<Badge[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.snapshot();
      } catch (e) {
        if (attempt === 5) throw e;
      }
    }
  }

  private async snapshot(): Promise<Badge[]> {
    // Shallow queries only: a whole-document dump overflows on hostile, deeply nested pages.
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
    const { nodeIds } = (await this.cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'ce-companion-badge:not([data-kind="legend"])' })) as { nodeIds: number[] };
    const hosts: Array<{ kind: string; shadow: number }> = [];
    for (const nodeId of nodeIds) {
      const { node } = (await this.cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true })) as { node: DomNode & { shadowRoots?: Array<{ backendNodeId: number }> } };
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const attrs = node.attributes ?? [];
      hosts.push({ kind: attrs[attrs.indexOf('data-kind') + 1] ?? '', shadow: shadow.backendNodeId });
    }
    // One call for all the roots: a catalog has hundreds.
    const { nodeIds: rootIds } = (await this.cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: hosts.map((h) => h.shadow) })) as { nodeIds: number[] };
    const found: Badge[] = hosts.map((h, i) => ({ kind: h.kind, rootId: rootIds[i]! }));
    return found;
  }

  /** What the badge says (its stylesheet left out). */
  async text(badge: Badge): Promise<string> {
    if (badge.kind === 'page') return this.panelText();
    const fn = "function () { return [...this.querySelectorAll('body, .root')].slice(0, 1).map((e) => e.textContent).join(''); }";
    return (await this.call(badge.rootId, fn)) as string;
  }

  /**
   * What the panel says; '' while there is none. A panel replaced (a chip clicked, an in-app
   * navigation) between finding its frame and reading it is looked for again.
   */
  async panelText(): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await this.badges()).some((b) => b.kind === 'page')) return '';
        return (await (await panelFrame(this.page)).locator('body').textContent({ timeout: 2000 })) ?? '';
      } catch (e) {
        if (attempt === 5 || !/detached/i.test(String(e))) throw e;
      }
    }
  }

  async html(badge: Badge): Promise<string> {
    if (badge.kind === 'page') return (await panelFrame(this.page)).content();
    return (await this.call(badge.rootId, 'function () { return this.innerHTML; }')) as string;
  }

  /** Clicks the element matching `selector` inside the badge. */
  async click(badge: Badge, selector: string): Promise<void> {
    if (badge.kind === 'page') {
      const target = (await panelFrame(this.page)).locator(selector);
      await target.waitFor();
      // A click in the panel counts only when the panel has been visible for 300 ms (the clickjacking
      // guard, components/badge/visible.ts): a person brings the tab to the front and reads the
      // panel before clicking; so does this probe (a tab in the background is not visible).
      await this.page.bringToFront();
      await this.page.waitForTimeout(400);
      return target.click();
    }
    await this.call(await this.find(badge, selector), 'function () { this.click(); }');
  }

  /** A real mouse click (trusted, as the user's) at the centre of the element matching `selector` inside the badge. */
  async press(badge: Badge, selector: string): Promise<void> {
    const nodeId = await this.find(badge, selector);
    await this.call(nodeId, "function () { this.scrollIntoView({ block: 'center' }); }");
    // The browser routes a click into a frame of another process (our chip frames) by the last
    // frame it rendered: a click in the same frame as the scroll can land where the chip was.
    // Wait for two rendered frames, as a person's click always does (at most 200 ms: a page in
    // the background renders none).
    await this.page.evaluate(() => new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(done)); setTimeout(done, 200); }));
    const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  /**
   * Whether the panel's host shows it collapsed. Hide reaches the badge script through the worker
   * (lib/messages/badge-events.ts), a moment after the click: until then the open panel still
   * covers what is under it.
   */
  async collapsed(badge: Badge): Promise<boolean> {
    const { nodeId } = (await this.cdp.send('DOM.querySelector', { nodeId: badge.rootId, selector: 'iframe.collapsed' })) as { nodeId: number };
    return nodeId !== 0;
  }

  async exists(badge: Badge, selector: string): Promise<boolean> {
    if (badge.kind === 'page') return (await (await panelFrame(this.page)).locator('#app').locator(selector).count()) > 0;
    const { nodeId } = (await this.cdp.send('DOM.querySelector', { nodeId: badge.rootId, selector })) as { nodeId: number };
    return nodeId !== 0;
  }

  private async find(badge: Badge, selector: string): Promise<number> {
    const { nodeId } = (await this.cdp.send('DOM.querySelector', { nodeId: badge.rootId, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${selector} in the badge`);
    return nodeId;
  }

  private async call(nodeId: number, fn: string): Promise<unknown> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as { result: { value: unknown } };
    return result.value;
  }
}
