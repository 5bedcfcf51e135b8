import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@bn/shared/contracts';

/** The signed-in user of a request, resolved from the session cookie. */
export interface Principal {
  userId: string;
  displayName: string;
  email: string;
  role: Role;
  /** Coordinators: the alliances they belong to. Empty for other roles. */
  allianceIds: string[];
  /** Mentors: their Mentorprofil. */
  mentorProfileId: string | null;
  sessionId: string;
}

export interface RequestContextData {
  requestId: string;
  ip: string | null;
  principal: Principal | null;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * Per-request context (request id, client address, signed-in user) without threading it through
 * every call: the audit writer and the logger read it.
 */
export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  principal(): Principal | null {
    return storage.getStore()?.principal ?? null;
  },
  setPrincipal(principal: Principal | null): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
