import type { Browser, Page } from 'puppeteer-core';

/**
 * Firefox's counterpart of tests/e2e/shadow.ts. The badge lives in a *closed* shadow root that page
 * scripts (and so puppeteer's evaluate) cannot reach; WebDriver BiDi can, as DevTools can in
 * Chromium: a node serialized with `includeShadowTree: 'all'` carries its closed shadow root,
 * whose handle functions can then be called on.
 */
interface BidiNode {
  type: 'node';
  sharedId: string;
  value: { attributes?: Record<string, string>; shadowRoot?: BidiNode | null };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type: 'success' | 'exception'; result?: unknown; exceptionDetails?: { text: string }; contexts?: BidiContext[] } }>;
}

interface BidiContext {
  context: string;
  url: string;
  children: BidiContext[] | null;
}

export interface FirefoxBadge {
  kind: string;
  root: string;
}

export class FirefoxBadgeProbe {
  private constructor(
    private readonly bidi: BidiConnection,
    private readonly context: string,
  ) {}

  /** Puppeteer keeps its BiDi connection and the tab's browsing context id off its typed API. */
  static attach(browser: Browser, page: Page): FirefoxBadgeProbe {
    const bidi = (browser as unknown as { connection: BidiConnection }).connection;
    return new FirefoxBadgeProbe(bidi, (page.mainFrame() as unknown as { _id: string })._id);
  }

  async badges(): Promise<FirefoxBadge[]> {
    const { result } = await this.bidi.send('script.evaluate', {
      expression: "[...document.querySelectorAll('ce-companion-badge')]",
      target: { context: this.context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    if (result.type !== 'success') throw new Error(result.exceptionDetails?.text);
    const nodes = (result.result as { value: BidiNode[] }).value;
    return nodes.flatMap((n) => (n.value.shadowRoot ? [{ kind: n.value.attributes?.['data-kind'] ?? '', root: n.value.shadowRoot.sharedId }] : []));
  }

  /**
   * The course panel is an extension page in a frame inside the badge (issue #18): a browsing
   * context of its own, which BiDi scripts directly.
   */
  private async inPanel(expression: string): Promise<unknown> {
    return (await this.inFrames('/badge-frame.html', expression))[0] ?? null;
  }

  /** `expression`'s value in each of the extension's frames at `path` in this tab (catalog chips: `/chip-frame.html`). */
  async inFrames(path: string, expression: string): Promise<unknown[]> {
    const { result: tree } = await this.bidi.send('browsingContext.getTree', { root: this.context });
    const all = (c: BidiContext): BidiContext[] => [c, ...(c.children ?? []).flatMap(all)];
    const frames = (tree.contexts ?? []).flatMap(all).filter((c) => c.url.includes(path));
    return Promise.all(
      frames.map(async (frame) => {
        const { result } = await this.bidi.send('script.evaluate', { expression, target: { context: frame.context }, awaitPromise: false });
        if (result.type !== 'success') throw new Error(result.exceptionDetails?.text);
        return (result.result as { value: unknown }).value;
      }),
    );
  }

  /** Whether the badge's own shadow root (not its frame) holds `selector`: the host's state as the badge script set it. */
  async hostHas(badge: FirefoxBadge, selector: string): Promise<boolean> {
    return (await this.call(badge, `function () { return this.querySelector(${JSON.stringify(selector)}) !== null; }`)) as boolean;
  }

  /** What the badge says (its stylesheet left out). */
  async text(badge: FirefoxBadge): Promise<string> {
    if (badge.kind === 'page') return ((await this.inPanel("document.querySelector('#app')?.textContent ?? ''")) as string | null) ?? '';
    return (await this.call(badge, "function () { return [...this.querySelectorAll('body, .root')].slice(0, 1).map((e) => e.textContent).join(''); }")) as string;
  }

  async click(badge: FirefoxBadge, selector: string): Promise<void> {
    const script = `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; })()`;
    const found = badge.kind === 'page' ? await this.inPanel(script) : await this.call(badge, `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.click(); return true; }`);
    if (!found) throw new Error(`no ${selector} in the badge`);
  }

  async exists(badge: FirefoxBadge, selector: string): Promise<boolean> {
    if (badge.kind === 'page') return (await this.inPanel(`document.querySelector(${JSON.stringify(selector)}) !== null`)) === true;
    return this.hostHas(badge, selector);
  }

  private async call(badge: FirefoxBadge, fn: string): Promise<unknown> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: fn,
      this: { sharedId: badge.root },
      target: { context: this.context },
      awaitPromise: false,
    });
    if (result.type !== 'success') throw new Error(result.exceptionDetails?.text);
    return (result.result as { value: unknown }).value;
  }
}
