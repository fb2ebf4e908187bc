import { issuesText, noteText, type RichText } from '@diaspora-sim/analysis';
import { parseScenarioText, type Scenario } from '@diaspora-sim/engine';
import { runKey } from '../engine-client/index.js';
import type { LabEventDetails, ScenarioRole } from '../events.js';
import { bundledScenario } from '../lib/bundled.js';
import { matchBundled } from '../lib/edited.js';
import { tr } from '../lib/language.js';
import { withFields, withParameter } from '../lib/scenarioEdit.js';
import { APP_TEXT as T } from './messages.js';
import type { NoticeController } from './notices.js';
import type { UrlSyncController } from './urlSync.js';

/** What an edit reads and changes of the shell (DsApp). */
export interface EditableLab {
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  scenarioFile: string;
  baselineFile: string;
  loadMessage: RichText;
  readonly notices: NoticeController;
  readonly url: UrlSyncController;
  setLab(scenario: Scenario, baseline: Scenario): void;
  requestUpdate(): void;
}

/** A lever, driver or assumption moved (through the engine's check of that one value). */
export function applyParameter(lab: EditableLab, change: LabEventDetails['ds-parameter-change']): void {
  const edited = withParameter(lab.scenario, change.section, change.id, change.value);
  if (!edited.ok) {
    lab.notices.notify('error', 'edit', T.notices.edit(edited.message));
    return;
  }
  if (edited.scenario === lab.scenario) {
    // The change event that ends a drag: nothing new to run, only the link to write.
    if (change.final) lab.url.changed(true);
    return;
  }
  lab.scenarioFile = '';
  lab.setLab(edited.scenario, lab.baseline);
}

/** Name, description, horizon, size or seeds edited (the whole scenario checked again). */
export function applyFields(lab: EditableLab, fields: LabEventDetails['ds-scenario-fields-change']): void {
  const edited = withFields(lab.scenario, fields);
  if (!edited.ok) {
    lab.notices.notify('error', 'edit', T.notices.fields(edited.message));
    lab.requestUpdate();
    return;
  }
  if (runKey(edited.scenario) !== runKey(lab.scenario)) lab.scenarioFile = '';
  lab.setLab(edited.scenario, lab.baseline);
}

/** A bundled file chosen as the scenario (panel or gallery) or as the baseline. */
export function applyPick(lab: EditableLab, file: string, role: ScenarioRole): void {
  const picked = bundledScenario(file);
  if (!picked) return;
  if (role === 'scenario') lab.scenarioFile = file;
  else lab.baselineFile = file;
  lab.setLab(role === 'scenario' ? picked : lab.scenario, role === 'baseline' ? picked : lab.baseline);
}

/** A scenario file the reader loaded: taken only if the engine's schema accepts it. */
export function applyFile(lab: EditableLab, fileName: string, text: string): void {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    lab.loadMessage = T.notices.badFile(fileName, issuesText(tr(), parsed.issues));
    lab.notices.notify('error', 'bad-file', lab.loadMessage);
    return;
  }
  lab.loadMessage = [];
  lab.scenarioFile = matchBundled(parsed.scenario);
  if (parsed.notes.length > 0) {
    const notes = parsed.notes.map((note) => noteText(tr(), note));
    lab.notices.notify('warning', 'file-loaded', T.notices.readAs(T.notices.theFile(fileName), notes));
  } else lab.notices.notify('info', 'file-loaded', T.notices.fileLoaded(fileName, parsed.scenario.name));
  lab.setLab(parsed.scenario, lab.baseline);
}
