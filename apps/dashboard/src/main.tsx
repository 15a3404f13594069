import { boot } from './boot';

// The entry chunk is only this: the first requests leave now, the app (React, Fluent, the schemas) loads meanwhile.
boot();
void import('./start');
