/**
 * A page's address without its fragment: `#credits` or `#reviews` is the same course page. One
 * rule for the detector (an in-app move), the worker (is a tab's finding still its page?) and
 * course identity (a listing links to the page a course was saved from). A string search, not a
 * regex: the detector calls it on every page as it starts, and a regex is compiled on its first
 * use in each page (~0.15 ms, profiled in npm run bench's non-CE page).
 */
export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
