/** The real registry, read through the same loader and schema as the build, so the tests follow content/contacts.yaml. */
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../../src/check/load-content.ts';
import { CONFUSABLES } from '../../../src/contact-check/engine/confusables.ts';
import { createContactChecker, createTextChecker } from '../../../src/contact-check/engine/index.ts';
import { contactRegistrySchema, type ContactRegistry } from '../../../src/schemas/contact.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export const registry: ContactRegistry = contactRegistrySchema.parse(loadContent(root).contacts.parsed?.value);
export const check = createContactChecker(registry, { confusables: CONFUSABLES });
export const checkText = createTextChecker(registry);
