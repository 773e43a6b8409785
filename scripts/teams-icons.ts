// `node bin/run.js scripts/teams-icons`: redraws teams/color.png and teams/outline.png from teams/icons/*.svg.
import fs from 'node:fs';
import path from 'node:path';
import { ICONS, renderIcon } from './teams/icons';
import { TEAMS_DIR } from './teams/files';

for (const spec of ICONS) {
  const icon = renderIcon(spec);
  const target = path.join(TEAMS_DIR, spec.file);
  fs.writeFileSync(target, icon.png);
  process.stdout.write(`${path.relative(process.cwd(), target)} ${icon.width}x${icon.height}\n`);
}
