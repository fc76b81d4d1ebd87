/** The collector's base URL from <meta name="kb-feedback-endpoint">, present only when the site was built with FEEDBACK_ENDPOINT. */
export function feedbackEndpoint(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="kb-feedback-endpoint"]')?.content || undefined;
}
