import { describe, expect, it } from 'vitest';
import { badgeListening, leaveForBadge, onFindings, type PageCourses } from '../../../components/badge/handoff';

const findings = (title: string): PageCourses => ({ blocks: [{ element: {} as Element, reasons: [], course: { title } as PageCourses['blocks'][0]['course'] }], checked: Promise.resolve(true) });

describe('the handoff between the detector and the badge script', () => {
  it('keeps the latest findings for a badge script that starts later, hands new ones to one already listening, and says when there are none', () => {
    leaveForBadge(findings('first'));
    leaveForBadge(findings('second'));
    const seen: Array<string | null> = [];
    const stop = onFindings((f) => seen.push(f ? f.blocks[0]!.course.title : null));
    expect(badgeListening()).toBe(true);
    leaveForBadge(findings('third'));
    leaveForBadge(null);
    stop();
    expect(badgeListening()).toBe(false);
    leaveForBadge(findings('after stopping'));
    expect(seen).toEqual(['second', 'third', null]);
  });

  it('a newer badge script takes over: the older one hears nothing more, and its late stop does not silence the newer', () => {
    leaveForBadge(null);
    const older: string[] = [];
    const newer: string[] = [];
    const stopOlder = onFindings((f) => older.push(f?.blocks[0]!.course.title ?? 'none'));
    onFindings((f) => newer.push(f?.blocks[0]!.course.title ?? 'none'));
    stopOlder();
    leaveForBadge(findings('next'));
    expect(older).toEqual([]);
    expect(newer).toEqual(['next']);
  });

  it('says when a badge script has taken the findings: at once if one listens, when one starts, or when newer findings replace them', async () => {
    const order: string[] = [];
    const stop = onFindings(() => {});
    stop();
    const first = leaveForBadge(findings('first')).then(() => order.push('first taken'));
    const second = leaveForBadge(findings('second')).then(() => order.push('second taken'));
    await first;
    expect(order).toEqual(['first taken']);
    order.push('badge starts');
    const stopNext = onFindings((f) => order.push(`shown ${f?.blocks[0]!.course.title}`));
    await second;
    await leaveForBadge(findings('third'));
    stopNext();
    expect(order).toEqual(['first taken', 'badge starts', 'shown second', 'second taken', 'shown third']);
  });
});
