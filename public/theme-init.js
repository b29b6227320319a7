// Runs before first paint (loaded without defer) so a chosen theme never flashes the other one.
try {
	var theme = localStorage.getItem('atlas-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage can be blocked; the system preference then applies.
}
