declare module 'virtual:gloss-knowledge' {
  import type { AliasIndex, KbRecord } from './types';
  const kb: { index: AliasIndex; records: KbRecord[] };
  export default kb;
}
