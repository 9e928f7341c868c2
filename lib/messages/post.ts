import { extensionRuntime } from './runtime';
import type { MessageInput, ReplyOf } from './schema';

/**
 * Sends one message to the worker without checking it here: the worker validates every message
 * it receives (sender and shape), so the content script can leave zod out of its bundle.
 * A worker stopped between our call and its reply restarts on the next message: retry once.
 */
export async function post<T extends MessageInput>(message: T): Promise<ReplyOf<T['type']>> {
  const send = () => extensionRuntime()!.sendMessage(message) as Promise<ReplyOf<T['type']>>;
  try {
    return await send();
  } catch {
    return await send();
  }
}
