/**
 * Storage that is full says so in words (issue #6): storage.sync allows 8 KB per item and
 * 100 KB in all, storage.local 10 MB in Chrome. Browsers word the error differently
 * ("QUOTA_BYTES_PER_ITEM quota exceeded", "QuotaExceededError: …"), so both are recognised.
 */
export type StorageAreaName = 'sync' | 'local';

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(readonly area: StorageAreaName, readonly bytes: number, cause?: unknown) {
    super(`Gloss could not save: browser storage (${area}) is full (${bytes} bytes needed).`, { cause });
  }
}

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown } | null;
  return e?.name === 'QuotaExceededError' || /quota/i.test(String(e?.message ?? error));
}

/** Bytes a value takes as stored: the browsers count its JSON, UTF-8 encoded. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Runs one storage write; a quota failure becomes a StorageFullError, others pass through. */
export async function writeOrExplain(area: StorageAreaName, key: string, value: unknown,
  write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(area, storedBytes(key, value), e);
    throw e;
  }
}
