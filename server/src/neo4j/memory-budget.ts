const BYTES_PER_UNIT = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;

/**
 * Of the heap, what one transaction may hold (a 20,000-statement bundle needs about a third of
 * 512m) and what all of them together may: Neo4j fails the transaction that asks for more
 * instead of letting the JVM run out of heap, which it leaves for the page cache's bookkeeping,
 * query plans and the objects it does not count.
 */
const PER_TRANSACTION_SHARE = 0.5;
const TOTAL_SHARE = 0.6;

/** Bytes in a JVM-style size such as 512m or 2g. */
export function bytesOf(size: string): number {
  const match = /^(\d+)([kmg])$/i.exec(size);
  if (!match) throw new Error(`'${size}' is not a size such as 512m or 2g`);
  const unit = match[2]!.toLowerCase() as keyof typeof BYTES_PER_UNIT;
  return Number(match[1]) * BYTES_PER_UNIT[unit];
}

export type TransactionMemoryBudget = { perTransactionBytes: number; totalBytes: number };

/** The transaction memory limits the launcher gives Neo4j for a heap of `heap`. */
export function transactionMemoryBudget(heap: string): TransactionMemoryBudget {
  const heapBytes = bytesOf(heap);
  return {
    perTransactionBytes: Math.floor(heapBytes * PER_TRANSACTION_SHARE),
    totalBytes: Math.floor(heapBytes * TOTAL_SHARE),
  };
}
