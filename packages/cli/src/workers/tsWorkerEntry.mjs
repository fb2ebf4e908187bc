// Node 20 cannot load TypeScript in a worker through execArgv loaders; register tsx here instead.
import { register } from 'tsx/esm/api';

register();
await import('./nodeEndpointBootstrap.ts');
