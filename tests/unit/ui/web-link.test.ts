import { describe, expect, it } from 'vitest';
import { webLink } from '../../../components/ui/web-link';

describe('course links (issue #18, 12)', () => {
  it('only http(s) addresses become links', () => {
    expect(webLink('https://ce.example.org/course?id=1')).toBe('https://ce.example.org/course?id=1');
    expect(webLink('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/x');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'chrome-extension://abc/options.html', 'not a url', '', null, undefined]) {
      expect(webLink(bad), String(bad)).toBeNull();
    }
  });
});
