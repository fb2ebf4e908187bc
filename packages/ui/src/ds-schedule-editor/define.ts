import { DsScheduleEditor } from './ds-schedule-editor.js';

if (!customElements.get('ds-schedule-editor')) customElements.define('ds-schedule-editor', DsScheduleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ds-schedule-editor': DsScheduleEditor;
  }
}
