import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderScenarioSchema, SCHEMA_FILE_URL } from './scenarioSchemaFile.js';

// `pnpm --filter @diaspora-sim/cli schema` regenerates scenarios/schema.json after a catalogue change.
await writeFile(SCHEMA_FILE_URL, renderScenarioSchema());
process.stdout.write(`wrote ${fileURLToPath(SCHEMA_FILE_URL)}\n`);
