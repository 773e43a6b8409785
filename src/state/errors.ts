// Why a turn's state could not be read or saved. Each one tells the user something different (see src/bot's
// turnError), and none of them may leave a reply behind that shows a state which was not stored.

/** The store could not be reached in time: the turn is refused with a "try again", and the process stays up. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** The store is out of memory (Redis maxmemory with noeviction): nothing was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
}

/**
 * Another turn wrote the same state since this turn read it (or holds its lock now): this turn's write was refused.
 * botbuilder's own wording for MemoryStorage, so callers handle both alike.
 */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

/** A turn waited longer than it may for the turn before it in the same conversation to finish. */
export class ConversationBusyError extends Error {
  override readonly name = 'ConversationBusyError';
}
