/** Test helpers of the template (`@cds/template/testing`): a tiny second template to prove the registry takes any version. */
export { tinyTemplate } from './tiny-template.js';
