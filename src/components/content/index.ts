/** The components editors may use in MDX without importing them. Keep README "Editing content" in sync. */
import Callout from './Callout.astro';
import ContactSupport from './ContactSupport.astro';
import Prepare from './Prepare.astro';
import Steps from './Steps.astro';
import Troubleshooter from './Troubleshooter.astro';

export const contentComponents = { Steps, Prepare, Callout, ContactSupport, Troubleshooter };
