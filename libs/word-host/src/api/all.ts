// Loads every API class so that each registers its constructor in `make` (makers.ts).
import './body.js';
import './content-control.js';
import './paragraph.js';
import './range.js';
import './table.js';
