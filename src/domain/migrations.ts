/**
 * Ordered, pure migrations of the stored board document. Each takes the document of
 * version `from` and returns a new one of version `from + 1`, never mutating its input.
 * Version 1 is the first released format, so the list is empty for now; the mechanism is
 * exercised in migrations.test.ts with made-up versions.
 */
export interface Migration {
  from: number;
  name: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const BOARD_MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  { ok: true; doc: Record<string, unknown>; applied: string[] } | { ok: false; error: string };

export function migrate(
  doc: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = BOARD_MIGRATIONS,
): MigrationResult {
  let current = doc;
  const applied: string[] = [];
  for (let version = fromVersion; version < toVersion; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step)
      return { ok: false, error: `No way to upgrade a board from format version ${version}.` };
    try {
      current = { ...step.up(current), version: version + 1 };
    } catch (error) {
      return {
        ok: false,
        error: `Upgrading from format version ${version} failed: ${String(error)}`,
      };
    }
    applied.push(step.name);
  }
  return { ok: true, doc: current, applied };
}
