/// <reference types="office-js" />
import { IDENTITY_NAMESPACE, parseIdentityXml, serializeIdentityXml, type IdentityStore, type PlanIdentity } from './identity.js';
import { officeCall, officeDocument } from './office-call.js';

/**
 * The plan identity in the open document's custom XML part (common API
 * CustomXmlParts 1.1: every Word since 2016, so the Office 2019 baseline has it).
 * Outside Office it reads null and refuses to write.
 */
export function documentIdentityStore(): IdentityStore {
  const parts = () => officeDocument()?.customXmlParts ?? null;
  return {
    async read() {
      const api = parts();
      if (!api) return null;
      const found = await officeCall<Office.CustomXmlPart[]>((cb) => api.getByNamespaceAsync(IDENTITY_NAMESPACE, cb));
      for (const part of found) {
        const identity = parseIdentityXml(await officeCall<string>((cb) => part.getXmlAsync(cb)));
        if (identity) return identity;
      }
      return null;
    },
    async write(identity: PlanIdentity) {
      const api = parts();
      if (!api) throw new Error('Office.context.document.customXmlParts');
      const xml = serializeIdentityXml(identity);
      // Add the new part before deleting the old ones: a failure in between leaves two
      // parts (read takes the first valid one), never none.
      const old = await officeCall<Office.CustomXmlPart[]>((cb) => api.getByNamespaceAsync(IDENTITY_NAMESPACE, cb));
      await officeCall<Office.CustomXmlPart>((cb) => api.addAsync(xml, cb));
      for (const p of old) await officeCall<void>((cb) => p.deleteAsync(cb));
    },
  };
}
