/** The background: each concern in its own module under background/. */
import { setupSidebar } from '@/background/sidebar';
import { setupUiInjection } from '@/background/ui-injection';
export default defineBackground(() => {
  setupSidebar();
  setupUiInjection();
});
