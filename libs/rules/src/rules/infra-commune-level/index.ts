export { infraCommuneLevel } from './infra-commune-level.js';
