type Impl = { isTrusted: boolean; _dispatch(event: Impl): void };
const impl = (o: object) => (o as Record<symbol, Impl>)[Object.getOwnPropertySymbols(o).find((k) => k.description === 'impl')!]!;

/**
 * An event the browser itself dispatches (`isTrusted`: the user's click, the parser's
 * DOMContentLoaded), which a page's script cannot make: dispatched at the document through
 * jsdom's internals, as jsdom does for its own.
 */
export function browserDispatches(type: string): void {
  const event = impl(new Event(type));
  event.isTrusted = true;
  impl(document)._dispatch(event);
}
