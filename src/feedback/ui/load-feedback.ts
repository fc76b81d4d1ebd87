/**
 * Loads <kb-feedback> only when a widget comes near the viewport: it sits at
 * the end of the page, and a reader on a slow connection who needs the steps
 * should not wait for it. Until then the forms work as they do without
 * JavaScript. Troubleshooter outcomes arrive later by in-place navigation,
 * so new widgets are watched for too, until the element is loaded.
 */
const load = (): void => {
  intersections.disconnect();
  mutations.disconnect();
  void import('./feedback-element.ts');
};
const intersections = new IntersectionObserver((entries) => {
  if (entries.some((entry) => entry.isIntersecting)) load();
}, { rootMargin: '600px 0px' });
const watch = (): void => {
  for (const widget of document.querySelectorAll('kb-feedback')) intersections.observe(widget);
};
const mutations = new MutationObserver(watch);
mutations.observe(document.body, { childList: true, subtree: true });
watch();

// A module (not a global script), so its names stay its own.
export {};
