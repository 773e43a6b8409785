// GET /healthz: 200 while the process serves (a load balancer keeps it in rotation: every instance shares the same
// store, so taking one out helps nobody), with "degraded" and the store's state when turns are being refused or
// soon will be (Redis unreachable or out of memory). Nothing else is said to an unauthenticated caller.
import type { Request, Response } from 'restify';
import type { StorageHealth } from '../../state';

export type HealthCheck = () => Promise<StorageHealth>;

export function healthHandler(storageHealth?: HealthCheck) {
  return async (_req: Request, res: Response): Promise<void> => {
    const storage = await storageHealth?.();
    if (!storage) {
      res.send(200, { status: 'ok' });
      return;
    }
    res.send(200, { status: storage.state === 'ok' ? 'ok' : 'degraded', storage: { kind: storage.kind, state: storage.state } });
  };
}
