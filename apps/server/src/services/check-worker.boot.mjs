// Worker entry: Node 20 workers cannot load .ts on their own, so register tsx's
// loader in this thread, then load the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
