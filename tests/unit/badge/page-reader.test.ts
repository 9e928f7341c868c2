import { describe, expect, it } from 'vitest';
import { offerReader, pageReader, readerOffered, type PageReader } from '../../../components/badge/page-reader';

/** Only which reading is handed over matters here, not what it reads. */
const stubReader = () => (() => []) as unknown as PageReader;

// The slot lives on globalThis for the life of the frame (the test file): one story, in order.
describe('the reading handed from the reader script to the detector', () => {
  it('waits for the reader script, then answers at once; a newer copy of the script replaces the reading', async () => {
    expect(pageReader()).toBeUndefined();
    const first = stubReader();
    const waiting = readerOffered();
    const again = readerOffered();
    offerReader(first);
    await expect(waiting).resolves.toBe(first);
    await expect(again).resolves.toBe(first);
    expect(pageReader()).toBe(first);
    const newer = stubReader();
    offerReader(newer);
    expect(pageReader()).toBe(newer);
    await expect(readerOffered()).resolves.toBe(newer);
  });
});
