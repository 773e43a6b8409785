// The YAML files the project ships (Slack's app manifest, compose.yaml), read the way their tools read them.
import { readFileSync } from 'node:fs';

// js-yaml comes with jest (it has no types of its own here).
const yaml = require('js-yaml') as { safeLoad(text: string): unknown };

export function readYaml<T>(path: string): T {
  return yaml.safeLoad(readFileSync(path, 'utf8')) as T;
}
