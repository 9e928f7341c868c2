/**
 * A page's address without its fragment: `#credits` or `#reviews` is the same course page. One
 * rule for the detector (an in-app move), the worker (is a tab's finding still its page?) and
 * course identity (a listing links to the page a course was saved from).
 */
export const withoutHash = (url: string) => url.replace(/#.*$/, '');
