// The Teams app package: teams/manifest.json with the bot's app id and the project's version filled in, its
// localization files and the two icons, zipped flat (Teams reads every file from the zip's root).
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ICONS } from './icons';
import { TEAMS_DIR } from './files';

/** A Microsoft Entra app id: the bot's MicrosoftAppId, which is also the Teams app's id. */
const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Teams accepts only a plain major.minor.patch version. */
const VERSION = /^\d+\.\d+\.\d+$/;

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

interface Manifest {
  id: string;
  version: string;
  localizationInfo?: { additionalLanguages?: { languageTag: string; file: string }[] };
  bots: { botId: string }[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(TEAMS_DIR, file), 'utf8')) as T;
}

export function teamsManifest(appId: string, version: string): Manifest {
  if (!APP_ID.test(appId)) {
    throw new PackageError(`MicrosoftAppId must be the bot's app id, a GUID like 1b2c3d4e-...; got "${appId}".`);
  }
  if (!VERSION.test(version)) throw new PackageError(`The version must be major.minor.patch; got "${version}".`);
  const manifest = readJson<Manifest>('manifest.json');
  return { ...manifest, id: appId, version, bots: manifest.bots.map((bot) => ({ ...bot, botId: appId })) };
}

/** The sideloadable zip, as bytes. */
export async function buildTeamsPackage(appId: string, version: string): Promise<Buffer> {
  const manifest = teamsManifest(appId, version);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    zip.file(file, fs.readFileSync(path.join(TEAMS_DIR, file)));
  }
  for (const icon of ICONS) zip.file(icon.file, fs.readFileSync(path.join(TEAMS_DIR, icon.file)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
