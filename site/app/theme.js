// The colour theme control: follow the system, or always light, or always dark (remembered on
// this device). The colours themselves are CSS (theme.css); this only sets data-theme.
const STORAGE_KEY = 'precis-theme';

export function setUpThemeControl(select) {
  const root = document.documentElement;
  select.value = root.dataset.theme ?? 'auto';
  select.addEventListener('change', () => {
    const theme = select.value;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      if (theme === 'auto') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Not remembered, but applied.
    }
  });
}
