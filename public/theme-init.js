// Applies a saved theme before the first paint, so a dark-theme visitor never sees a white flash.
// An external file rather than an inline script, so the Content-Security-Policy can forbid inline code.
;(() => {
  try {
    const theme = localStorage.getItem('smtp-code-lab.theme')
    if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme
  } catch (_) {}
})()
