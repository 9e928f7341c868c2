import { post } from './post';
import { Message, Replies, type MessageInput, type ReplyOf } from './schema';

/** Sends one message to the worker from an extension page, checking both the message and the reply. */
export async function send<T extends MessageInput>(message: T): Promise<ReplyOf<T['type']>> {
  const parsed = Message.parse(message) as T;
  return Replies[parsed.type].parse(await post(parsed)) as ReplyOf<T['type']>;
}
