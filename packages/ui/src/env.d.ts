/// <reference types="vite/client" />

/** docs/model.md as HTML, rendered when the lab is built (packages/ui/modelDocs.ts). */
declare module 'virtual:model-docs' {
  export const MODEL_DOC: string;
}
