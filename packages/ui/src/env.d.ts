/// <reference types="vite/client" />

/** docs/model.md and docs/references.md as HTML, rendered when the lab is built (packages/ui/modelDocs.ts). */
declare module 'virtual:model-docs' {
  export const MODEL_DOC: string;
  export const REFERENCES_DOC: string;
}
