import { defineIsland } from './island';

// Printing the checklists page: the reader chooses ticks or empty boxes. Without JavaScript these controls
// are hidden (the browser's own print works); with it, the button is disabled until it can do something.
defineIsland('checklists-print', 'load', (host) => {
  const empty = host.querySelector<HTMLInputElement>('input[name="print-empty"]')!;
  const button = host.querySelector('button')!;
  button.disabled = false;
  button.addEventListener('click', () => {
    document.documentElement.toggleAttribute('data-print-empty', empty.checked);
    window.print();
  });
});
