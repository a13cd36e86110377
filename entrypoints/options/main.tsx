import '../../shared/zod';
import { render } from 'preact';
import { initI18n, t } from '../../shared/i18n';
import { loadSettings } from '../../shared/storage';
import { Options } from './Options';
import '../popup/style.css';
import './style.css';

async function main() {
  const loaded = await loadSettings();
  await initI18n(loaded.settings.uiLanguage);
  document.title = t('optionsTitle');
  const root = document.getElementById('app');
  if (root) render(<Options initial={loaded} />, root);
}

void main();
