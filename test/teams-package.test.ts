// The Teams app package as Teams reads it: a flat zip with a manifest of the current schema, its localization
// file and two icons of the required sizes. The commands must be words the bot understands in both languages.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { createRecognizer } from '../src/nlu';
import type { Intent, Locale } from '../src/nlu/types';
import { TEAMS_DIR } from '../scripts/teams/files';
import { ICONS, renderIcon } from '../scripts/teams/icons';
import { buildTeamsPackage, PackageError } from '../scripts/teams/package';

const APP_ID = '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60';
const VERSION = '1.2.3';
const SCHEMA =
  /^https:\/\/developer\.microsoft\.com\/(en-us\/)?json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;
const LOCALIZATION_SCHEMA = /\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.Localization\.schema\.json$/;

/** What each command must do when Teams sends its title as the message, in the manifest's order. */
const COMMAND_INTENTS: Intent[] = ['help', 'cancel', 'switchLanguage'];

/** Lengths the Teams manifest and localization schemas (v1.30) allow. */
const MAX = {
  developerName: 32,
  nameShort: 30,
  nameFull: 100,
  descriptionShort: 80,
  descriptionFull: 4000,
  title: 128,
  commandDescription: 4000,
};

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  developer: Record<string, string>;
  icons: { color: string; outline: string };
  accentColor: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
}

let zip: JSZip;
let manifest: Manifest;

beforeAll(async () => {
  zip = await JSZip.loadAsync(await buildTeamsPackage(APP_ID, VERSION));
  manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
});

async function fileBytes(name: string): Promise<Buffer> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in the package`);
  return entry.async('nodebuffer');
}

/** Width, height and color type from a PNG's signature and IHDR chunk. */
function pngHeader(png: Buffer): { width: number; height: number; colorType: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png.readUInt8(25) };
}

describe('the Teams app package', () => {
  it('holds exactly the manifest, its localization file and the two icons, at the root', () => {
    const files = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    expect(files.sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'zh-tw.json']);
  });

  it('has a manifest of the current schema, with the bot id as app id and bot id', () => {
    const [, , schemaVersion] = SCHEMA.exec(manifest.$schema) ?? [];
    expect(schemaVersion).toBe('1.30');
    expect(manifest.manifestVersion).toBe(schemaVersion);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe(VERSION);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
    for (const url of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      expect(manifest.developer[url]).toMatch(/^https:\/\//);
    }
  });

  it('keeps every text within the lengths the schema allows', () => {
    expect(manifest.developer.name.length).toBeLessThanOrEqual(MAX.developerName);
    expect(manifest.name.short.length).toBeLessThanOrEqual(MAX.nameShort);
    expect(manifest.name.full.length).toBeLessThanOrEqual(MAX.nameFull);
    expect(manifest.description.short.length).toBeLessThanOrEqual(MAX.descriptionShort);
    expect(manifest.description.full.length).toBeLessThanOrEqual(MAX.descriptionFull);
    for (const { title, description } of manifest.bots[0].commandLists[0].commands) {
      expect(title.length).toBeLessThanOrEqual(MAX.title);
      expect(description.length).toBeLessThanOrEqual(MAX.commandDescription);
    }
  });

  it('localizes into Traditional Chinese only keys that exist in the manifest, within the same lengths', async () => {
    const [language] = manifest.localizationInfo.additionalLanguages;
    expect(language.languageTag).toBe('zh-tw');
    const strings = JSON.parse((await fileBytes(language.file)).toString('utf8')) as Record<string, string>;
    const [, localizationVersion] = LOCALIZATION_SCHEMA.exec(strings.$schema) ?? [];
    expect(localizationVersion).toBe(manifest.manifestVersion);
    expect(Object.keys(strings)).toEqual(expect.arrayContaining(['name.short', 'description.short', 'description.full']));
    const limits: Record<string, number> = {
      'name.short': MAX.nameShort,
      'name.full': MAX.nameFull,
      'description.short': MAX.descriptionShort,
      'description.full': MAX.descriptionFull,
    };
    for (const [key, value] of Object.entries(strings)) {
      if (key === '$schema') continue;
      // "bots[0].commandLists[0].commands[1].title" -> the manifest's value at that path.
      const original = key
        .split(/[.[\]]+/)
        .filter(Boolean)
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], manifest);
      expect({ key, exists: typeof original === 'string' }).toEqual({ key, exists: true });
      const limit = limits[key] ?? (key.endsWith('.title') ? MAX.title : MAX.commandDescription);
      expect(value.length).toBeLessThanOrEqual(limit);
      expect(value).not.toBe(original);
    }
  });

  it.each([
    ['en' as Locale, 'manifest.json'],
    ['zh-TW' as Locale, 'zh-tw.json'],
  ])('offers help, start over and language as commands the bot understands (%s)', async (locale, file) => {
    const commands = manifest.bots[0].commandLists[0].commands;
    const strings = JSON.parse((await fileBytes(file)).toString('utf8')) as Record<string, string>;
    const titles =
      file === 'manifest.json'
        ? commands.map((c) => c.title)
        : commands.map((_, i) => strings[`bots[0].commandLists[0].commands[${i}].title`]);
    const recognizer = createRecognizer();
    expect(titles.map((title) => recognizer.recognize(title, locale).intent)).toEqual(COMMAND_INTENTS);
  });

  const iconSizes = ICONS.map((spec) => [spec.file, spec.size] as const);
  it.each(iconSizes)('has %s, %i pixels square, with an alpha channel', async (file, size) => {
    const header = pngHeader(await fileBytes(file));
    expect({ width: header.width, height: header.height }).toEqual({ width: size, height: size });
    expect(header.colorType).toBe(6); // RGBA
  });

  it('ships icons that are what their SVGs draw (teams/*.png are not stale)', () => {
    for (const spec of ICONS) {
      expect(renderIcon(spec).png.equals(fs.readFileSync(path.join(TEAMS_DIR, spec.file)))).toBe(true);
    }
  });

  it('draws the outline icon in white on transparent only', () => {
    const { pixels } = renderIcon(ICONS.find((spec) => spec.file === 'outline.png')!);
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = pixels.subarray(i, i + 4);
      if (a === 0) continue;
      drawn += 1;
      // Premultiplied: a white pixel has every channel equal to its alpha.
      expect([r, g, b]).toEqual([a, a, a]);
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it('refuses an app id that is not a GUID and a version Teams does not accept', async () => {
    await expect(buildTeamsPackage('my-bot', VERSION)).rejects.toThrow(PackageError);
    await expect(buildTeamsPackage(APP_ID, '1.2')).rejects.toThrow(PackageError);
  });
});
