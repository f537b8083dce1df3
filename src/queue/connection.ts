// Where the queue lives: a Redis address and a queue name, turned into BullMQ options. Workers
// need maxRetriesPerRequest null (blocking commands wait out a Redis restart instead of failing).
import { Queue } from 'bullmq';
import { NewslensError } from '../index.js';

export const DEFAULT_QUEUE = 'newslens';

export interface QueueAddress { redis: string; queue: string }

export function connectionOf(redis: string): { url: string; maxRetriesPerRequest: null; enableOfflineQueue: boolean } {
  if (!/^rediss?:\/\//i.test(redis)) throw new NewslensError('USAGE', 'expected a redis:// or rediss:// address', redis);
  return { url: redis, maxRetriesPerRequest: null, enableOfflineQueue: true };
}

export function openQueue(at: QueueAddress): Queue {
  const q = new Queue(at.queue, { connection: connectionOf(at.redis) });
  q.on('error', () => undefined); // reconnects on its own; calls that fail report their error
  return q;
}
