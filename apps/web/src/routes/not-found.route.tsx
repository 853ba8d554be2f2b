import { NotFoundContent } from '../components/not-found-content.js';

export function NotFoundPage() {
  return <NotFoundContent />;
}
