/**
 * Client apps: a file whose nearest package.json names a browser or mobile framework and no
 * server framework runs on the user's device, where `console` writes to their own developer tools.
 */
import path from 'node:path';
import { nearestManifest } from '../utils/manifest.js';
import { CLIENT_FRAMEWORKS, SERVER_FRAMEWORKS } from './catalog.js';

/** True when `filename` belongs to a client app (see the module comment). */
export function isClientPackage(filename: string): boolean {
  if (!path.isAbsolute(filename)) return false;
  const manifest = nearestManifest(path.dirname(filename));
  if (!manifest) return false;
  const { dependencies } = manifest;
  return CLIENT_FRAMEWORKS.some((name) => dependencies.has(name)) && !SERVER_FRAMEWORKS.some((name) => dependencies.has(name));
}
