// `npm run package:teams`: writes the Teams app package for sideloading to dist/teams/, with the bot id taken from
// MicrosoftAppId (in the environment or .env).
import fs from 'node:fs';
import path from 'node:path';
import { microsoftAppId, readEnvironment } from '../src/config';
import { OUTPUT_DIR, projectVersion } from './teams/files';
import { buildTeamsPackage, PackageError } from './teams/package';

async function main(): Promise<number> {
  const appId = microsoftAppId(readEnvironment());
  if (appId === undefined) {
    process.stderr.write("Set MicrosoftAppId (in .env or the environment) to the bot's app id: see docs/teams.md.\n");
    return 2;
  }
  const version = projectVersion();
  try {
    const zip = await buildTeamsPackage(appId, version);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    const target = path.join(OUTPUT_DIR, `callflow-advisor-${version}.zip`);
    fs.writeFileSync(target, zip);
    process.stdout.write(
      `${path.relative(process.cwd(), target)} (${zip.length} bytes): in Teams, Apps > Manage your apps > ` +
        'Upload an app (docs/teams.md).\n',
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(error.message + '\n');
    return 2;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
