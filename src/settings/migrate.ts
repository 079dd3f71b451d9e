/**
 * Stored settings written by an older Gloss are brought to the current version one step at
 * a time before they are validated (issue #6). A step receives the object as stored at
 * version N and returns it as version N + 1; it never sees anything newer.
 *
 * Adding a version: bump SETTINGS_VERSION in schema.ts, add the step for the old number
 * here, and a test with a stored object of the old shape.
 */
export type SettingsProblem =
  /** The stored value was not an object at all (hand-edited, another extension, a bug). */
  | { kind: 'unreadable' }
  /** One setting had a value of the wrong kind or out of range; `path` like "cards.dwellMs". */
  | { kind: 'invalid'; path: string }
  /** Saved by a newer Gloss (after a downgrade or from another synced browser). */
  | { kind: 'newer'; version: number }
  /** The version field itself was unreadable. */
  | { kind: 'version' };

type Stored = Record<string, unknown>;
export type Migration = (stored: Stored) => Stored;

/**
 * Steps keyed by the version they start from. Version 0 is settings saved before the
 * schema carried a version (the first development builds): same fields, no `version`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (s) => ({ ...s, version: 1 }),
};

const isObj = (v: unknown): v is Stored => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Returns the stored value at version `current`, or as close as it can get, with what
 * went wrong. Unknown newer versions are kept as they are: the validator then keeps every
 * field it still understands, which is kinder than wiping a newer install's choices.
 */
export function migrateSettings(stored: unknown, current: number,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS): { value: Stored | null; problems: SettingsProblem[] } {
  if (!isObj(stored)) return { value: null, problems: [{ kind: 'unreadable' }] };
  const problems: SettingsProblem[] = [];
  const raw = stored.version;
  let version: number;
  if (raw === undefined) version = 0;
  else if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) version = raw;
  else return { value: { ...stored, version: current }, problems: [{ kind: 'version' }] };

  if (version > current) return { value: { ...stored, version: current }, problems: [{ kind: 'newer', version }] };
  let value: Stored = stored;
  while (version < current) {
    const step = steps[version];
    // A gap in the steps is a bug of ours, not the user's: keep what validates.
    if (!step) { problems.push({ kind: 'version' }); break; }
    value = step(value);
    version++;
  }
  return { value: { ...value, version: current }, problems };
}
