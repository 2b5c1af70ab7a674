import { examplesDirectory } from './examples.js';
import { verkennerOperationsDirectory } from './verkenner.js';

/**
 * The folders of the operations the service's own pages send: the IDE's examples and the
 * verkenner's queries. `npm run trusted-documents` always puts them in the manifest, so both pages
 * work for callers without credentials when the service holds those to trusted documents.
 */
export const ownDocuments: readonly string[] = [examplesDirectory, verkennerOperationsDirectory];
