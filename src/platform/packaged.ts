/**
 * Reads a file of the extension's own package (the knowledge shards, ADR 4). The one
 * fetch in Gloss: always of runtime.getURL(path), the extension's own origin, which never
 * leaves the machine; privacy.e2e.ts checks the built code holds no other.
 */
import { browser } from './browser';

export async function readPackaged(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`Gloss: packaged file ${path} could not be read (${response.status})`);
  return response.json();
}
