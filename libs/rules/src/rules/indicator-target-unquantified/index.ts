export { indicatorTargetUnquantified } from './indicator-target-unquantified.js';
