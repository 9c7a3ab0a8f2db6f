// Sidebar entry point.
const app = document.getElementById('app');
if (app) app.textContent = 'Rekap UPT';
