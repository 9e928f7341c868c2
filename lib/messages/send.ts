import { browser } from 'wxt/browser';
import { Message, Replies, type MessageInput, type ReplyOf } from './schema';

/** Sends one message to the worker and validates its reply; a dead or restarted worker is retried once. */
export async function send<T extends MessageInput>(message: T): Promise<ReplyOf<T['type']>> {
  const parsed = Message.parse(message);
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(parsed);
  } catch {
    // The worker may have been stopped between our call and its reply: it restarts on the next message.
    reply = await browser.runtime.sendMessage(parsed);
  }
  return Replies[parsed.type].parse(reply) as ReplyOf<T['type']>;
}
