import { Client } from 'pg';

/** One statement as it reached the pg driver. */
export interface Statement {
  text: string;
  values: unknown[];
}

export interface StatementSpy {
  readonly statements: Statement[];
  /** Forgets what was recorded so far. */
  reset(): void;
  restore(): void;
}

type Query = (this: Client, ...args: unknown[]) => unknown;

/**
 * Records every statement sent through pg's Client#query (TypeORM and pg.Pool both end there) in
 * this process, then passes it on unchanged.
 */
export function spyOnStatements(): StatementSpy {
  const prototype = Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  const statements: Statement[] = [];
  prototype.query = function (this: Client, ...args: unknown[]): unknown {
    const [first, second] = args;
    if (typeof first === 'string') {
      statements.push({ text: first, values: Array.isArray(second) ? second : [] });
    } else if (first && typeof first === 'object' && typeof (first as { text?: unknown }).text === 'string') {
      const config = first as { text: string; values?: unknown[] };
      statements.push({ text: config.text, values: Array.isArray(second) ? second : (config.values ?? []) });
    }
    return original.apply(this, args);
  };
  return {
    statements,
    reset: () => void statements.splice(0),
    restore: () => {
      prototype.query = original;
    },
  };
}

/** The AuthGuard's session lookup and touch, counted apart from a request's own work. */
export function isSessionStatement(statement: Statement): boolean {
  return /\buser_session\b/.test(statement.text);
}
