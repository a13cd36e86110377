/** The background: each concern in its own module under background/. */
import { setupSidebar } from '@/background/sidebar';
export default defineBackground(() => {
  setupSidebar();
});
