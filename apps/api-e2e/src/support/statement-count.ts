/** Statements a request issued for its own work: the session lookup of the auth guard is not counted. */
export function domainStatements(spy: { mock: { calls: unknown[][] } }): number {
  return spy.mock.calls.filter(([sql]) => !/\buser_session\b/.test(String(sql))).length;
}
