/** Settings for Preact extension pages: loaded, kept current across contexts, and updated. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { type LoadedSettings, loadSettings, settingsItem, updateSettings } from './storage';

export function useSettings(initial: LoadedSettings): {
  settings: Settings;
  problem: LoadedSettings['problem'];
  update: (change: (draft: Settings) => void) => Promise<void>;
} {
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => settingsItem.watch(() => void loadSettings().then(setLoaded)), []);
  const update = async (change: (draft: Settings) => void) => {
    const settings = await updateSettings(change);
    setLoaded({ settings });
  };
  return { settings: loaded.settings, problem: loaded.problem, update };
}
