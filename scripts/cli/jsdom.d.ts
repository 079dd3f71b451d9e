// The part of jsdom's API the CLI uses (jsdom ships no types; @types/jsdom would add a
// dependency for three names).
declare module 'jsdom' {
  export class VirtualConsole {
    on(event: 'jsdomError', listener: (error: Error) => void): this;
  }
  export interface JSDOMOptions { url?: string; contentType?: string; virtualConsole?: VirtualConsole }
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
  }
}
