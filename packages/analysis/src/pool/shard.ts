/**
 * The i-th of n parts (1-based) of a design of `total` tasks: a contiguous range of task indices,
 * sizes differing by at most one. The parts of 1/n to n/n cover every task exactly once.
 */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`a shard is written i/n, e.g. 2/8 (the second of eight parts); got "${text}"`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`shard ${text}: i must be between 1 and n`);
  return { index, count };
}

export function shardRange(total: number, shard: ShardSpec): { from: number; to: number } {
  return { from: Math.floor(((shard.index - 1) * total) / shard.count), to: Math.floor((shard.index * total) / shard.count) };
}
